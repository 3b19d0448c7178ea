import { db } from '../database';
import { deleteRecord, putRecord } from '../gate';
import type { Phrase } from '../../domain/model';
import { defaultPhrases, phraseProblems, phraseWithKind } from '../../domain/phrases';
import { newId, writeTransaction } from './transaction';

/** Give a laptop the standard phrases the first time minuting starts; an organisation's own list is kept. */
export async function ensureDefaultPhrases(): Promise<void> {
  await writeTransaction([db.phrases], async () => {
    if ((await db.phrases.count()) > 0) return;
    for (const phrase of defaultPhrases) await putRecord(db, 'phrases', { id: newId(), ...phrase });
  });
}

export type PhraseDraft = Omit<Phrase, 'id'> & { id?: string };

/** Add a phrase, or change one; a phrase taking a key another has gives that one the new one's old key. */
export async function savePhrase(draft: PhraseDraft): Promise<Phrase> {
  const problems = phraseProblems(draft);
  if (problems.length > 0) throw new Error(problems.join(' '));
  const phrase: Phrase = {
    ...withItsKind(draft),
    id: draft.id ?? newId(),
    label: draft.label.trim() || draft.text.trim(),
  };
  return writeTransaction([db.phrases], async () => {
    const all = await db.phrases.toArray();
    const before = all.find((other) => other.id === phrase.id);
    const holder = all.find((other) => other.id !== phrase.id && other.order === phrase.order);
    if (holder) {
      const used = new Set(all.filter((other) => other.id !== holder.id).map((other) => other.order));
      const free = [1, 2, 3, 4, 5, 6, 7, 8, 9].find((digit) => digit !== phrase.order && !used.has(digit));
      await putRecord(db, 'phrases', { ...holder, order: before?.order ?? free ?? holder.order });
    }
    await putRecord(db, 'phrases', phrase);
    return phrase;
  });
}

/**
 * A resolution phrase keeps its verb apart from its wording: "AGREED: That ..." typed as the wording of a
 * resolution phrase is kept as AGREED and "That ..."; a plain text phrase has no verb.
 */
function withItsKind(draft: PhraseDraft): PhraseDraft {
  if (draft.kind === undefined) return phraseWithKind(draft);
  if (draft.kind !== 'resolution') {
    const { verb: _verb, ...plain } = draft;
    return { ...plain, kind: 'text' };
  }
  const typed = phraseWithKind<Pick<Phrase, 'text' | 'kind' | 'verb'>>({ text: draft.text });
  return typed.kind === 'resolution'
    ? { ...draft, verb: typed.verb, text: typed.text }
    : { ...draft, verb: draft.verb ?? 'resolved', text: draft.text.trim() };
}

export async function removePhrase(id: string): Promise<void> {
  await writeTransaction([db.phrases], () => deleteRecord(db, 'phrases', id));
}
