import { db } from '../../../renderer/db/database';
import { forgetDevice } from '../../../renderer/db/device';

/** A fresh, empty database (a new laptop) for each test. */
export async function freshDatabase(): Promise<void> {
  db.close();
  await db.delete();
  forgetDevice(db);
  await db.open();
}
