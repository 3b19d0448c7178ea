import { db } from '../database';

/**
 * Half-filled forms (a motion being typed, an action not yet added), kept on this laptop only so a power cut or
 * a reload never costs the clerk what they typed. They are the clerk's working state, not the record: they do
 * not travel to other laptops and are not in the change log.
 */
const draftKey = (key: string) => `draft/${key}`;

export async function readDraft<T>(key: string): Promise<T | undefined> {
  return (await db.meta.get(draftKey(key)))?.value as T | undefined;
}

/** Keep a form's draft; `undefined` forgets it (the form was sent, or emptied). */
export async function keepDraft(key: string, value: unknown): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    if (value === undefined) await db.meta.delete(draftKey(key));
    else await db.meta.put({ key: draftKey(key), value });
  });
}
