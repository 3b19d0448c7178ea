import type { Paragraph } from 'docx';
import type { MeetingRecord } from '../../domain/meeting-record';
import { declarationKinds } from '../../domain/model';
import type { Declaration, declarationConduct } from '../../domain/model';
import { nameOf } from '../common/people';
import { bodyParagraph } from '../common/paragraphs';

const conductWords: Record<keyof typeof declarationConduct, string> = {
  leftRoom: 'left the room and took no part in the discussion or vote',
  didNotVote: 'remained in the room but did not vote',
  dispensation: 'held a dispensation and took part in the discussion and vote',
  remained: 'remained and took part in the discussion and vote',
};

/**
 * "Councillor Jane Smith declared a disclosable pecuniary interest in this item (she owns land next to the site)
 * and left the room and took no part in the discussion or vote." Printed at the item the interest is in.
 */
export function declarationSentence(
  record: MeetingRecord,
  declaration: Declaration,
  itemWords = 'this item',
): string {
  const kind = declarationKinds[declaration.kind].toLowerCase();
  const article = /^[aeiou]/.test(kind) ? 'an' : 'a';
  const nature = declaration.nature.trim() ? ` (${declaration.nature.trim().replace(/\.$/, '')})` : '';
  return `${nameOf(record, declaration.personId)} declared ${article} ${kind} in ${itemWords}${nature} and ${conductWords[declaration.conduct]}.`;
}

export function declarationParagraphs(record: MeetingRecord, agendaItemId: string): Paragraph[] {
  return record.declarations
    .filter((declaration) => declaration.agendaItemId === agendaItemId)
    .map((declaration) => bodyParagraph(declarationSentence(record, declaration)));
}

/**
 * Under the "Declarations of Interest" standing item: every declaration of the meeting with the item it concerns.
 * A Part B item is named only as "an item in Part B", so confidential titles stay out of public minutes.
 */
export function allDeclarationParagraphs(record: MeetingRecord): Paragraph[] {
  return record.declarations.map((declaration) => {
    const item = record.agendaItems.find((candidate) => candidate.id === declaration.agendaItemId);
    const itemWords = !item
      ? 'an item'
      : item.part === 'B'
        ? 'an item in Part B'
        : `the item "${item.title}"`;
    return bodyParagraph(declarationSentence(record, declaration, itemWords));
  });
}
