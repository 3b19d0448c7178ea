import { Dexie } from 'dexie';
import { storesByVersion } from '../../../renderer/db/schema';

/**
 * Opens the database `name` as version `version` of Chamber left it on a laptop, every older version declared as the
 * shipped app declared them, so an upgrade test can fill it with what that version stored and then open it with
 * today's ChamberDatabase. The caller closes it.
 */
export async function oldLaptop(name: string, version: number): Promise<Dexie> {
  if (version < 1 || version > storesByVersion.length) {
    throw new Error(
      `No schema for version ${version}: add it to storesByVersion in tests/unit/db/old-laptop.ts`,
    );
  }
  const old = new Dexie(name);
  storesByVersion.slice(0, version).forEach((stores, index) => old.version(index + 1).stores(stores));
  await old.open();
  return old;
}

/** An agenda item as versions 4 to 6 stored it, with the fields an upgrade reads; `extra` adds or overrides. */
export const storedAgendaItem = (id: string, part: 'A' | 'B', extra: object = {}) => ({
  id,
  meetingId: 'mt1',
  order: 0,
  title: `Item ${id}`,
  description: '',
  recommendation: '',
  responsibleOfficer: '',
  reportAuthor: '',
  wards: [],
  keyDecision: false,
  part,
  publicInterestReason: part === 'B' ? 'Commercially sensitive prices' : '',
  urgent: false,
  specialCircumstances: '',
  _stamps: { title: '0001-a' },
  ...extra,
});
