import { describe, expect, it } from 'vitest';
import { mergeRecord } from '../../../renderer/sync/merge/merge-record';
import type { RecordState } from '../../../renderer/sync/merge/types';

const stamp = (millis: number, device: string) => `${String(millis).padStart(15, '0')}-00000-${device}`;
const minute = (values: Record<string, unknown>, stamps: Record<string, string>): RecordState => ({
  table: 'minutes',
  id: 'm1',
  values: { id: 'm1', ...values },
  stamps,
});
const nobody = { local: {}, remote: {} };

describe('merging one record field by field', () => {
  it('takes the later stamp for each field separately', () => {
    const local = minute(
      { number: '101', takenOrder: 1 },
      { number: stamp(5, 'a'), takenOrder: stamp(1, 'a') },
    );
    const remote = minute(
      { number: '102', takenOrder: 2 },
      { number: stamp(3, 'b'), takenOrder: stamp(4, 'b') },
    );
    const { merged, outcome, fields } = mergeRecord(local, remote, nobody);
    expect(merged.values).toEqual({ id: 'm1', number: '101', takenOrder: 2 });
    expect([outcome, fields]).toEqual(['updated', ['takenOrder']]);
  });

  it('breaks a tie of the same millisecond by device id', () => {
    const local = minute({ number: '101' }, { number: stamp(5, 'a') });
    const remote = minute({ number: '102' }, { number: stamp(5, 'b') });
    expect(mergeRecord(local, remote, nobody).merged.values?.number).toBe('102');
    expect(mergeRecord(remote, local, nobody).merged.values?.number).toBe('102');
  });

  it('changes nothing when the same record arrives again', () => {
    const local = minute({ number: '101' }, { number: stamp(5, 'a') });
    expect(mergeRecord(local, local, nobody)).toMatchObject({ outcome: 'unchanged', changed: false });
  });

  it('removes a field the later edit removed', () => {
    const local = minute({ startedAt: '18:02' }, { startedAt: stamp(1, 'a') });
    const remote = minute({}, { startedAt: stamp(2, 'b') });
    expect(mergeRecord(local, remote, nobody).merged.values).toEqual({ id: 'm1' });
  });

  it('keeps a deletion final, whichever side is later', () => {
    const alive = minute({ number: '101' }, { number: stamp(9, 'a') });
    const tomb: RecordState = { table: 'minutes', id: 'm1', stamps: {}, deletedAt: stamp(2, 'b') };
    expect(mergeRecord(alive, tomb, nobody)).toMatchObject({
      outcome: 'deleted',
      merged: { deletedAt: tomb.deletedAt },
    });
    expect(mergeRecord(tomb, alive, nobody)).toMatchObject({ outcome: 'unchanged' });
  });

  it('makes a conflict of long text changed on both sides since the last common version', () => {
    const local = minute({ text: 'The Chair welcomed members.' }, { text: stamp(6, 'a') });
    const remote = minute({ text: 'Members asked about funding.' }, { text: stamp(5, 'b') });
    const { merged, conflicts } = mergeRecord(local, remote, nobody);
    expect(merged.values?.text).toBe('The Chair welcomed members.');
    expect(conflicts).toEqual([
      expect.objectContaining({
        field: 'text',
        remoteValue: 'Members asked about funding.',
        remoteStamp: stamp(5, 'b'),
      }),
    ]);
  });

  it('is no conflict when the other side had seen this version before editing it', () => {
    const local = minute({ text: 'The Chair welcomed members.' }, { text: stamp(6, 'a') });
    const remote = minute({ text: 'The Chair welcomed members and guests.' }, { text: stamp(7, 'b') });
    const { merged, conflicts } = mergeRecord(local, remote, { local: {}, remote: { a: stamp(6, 'a') } });
    expect(merged.values?.text).toBe('The Chair welcomed members and guests.');
    expect(conflicts).toEqual([]);
  });

  it('lets short fields take the later change without a conflict', () => {
    const local = minute({ number: '101' }, { number: stamp(6, 'a') });
    const remote = minute({ number: '102' }, { number: stamp(5, 'b') });
    expect(mergeRecord(local, remote, nobody).conflicts).toEqual([]);
  });

  it('keeps text the deleting laptop never saw as a conflict on the whole record', () => {
    const alive = minute({ text: 'Members asked about funding.' }, { text: stamp(6, 'a') });
    const tomb: RecordState = { table: 'minutes', id: 'm1', stamps: {}, deletedAt: stamp(7, 'b') };
    const { conflicts } = mergeRecord(alive, tomb, nobody);
    expect(conflicts).toEqual([expect.objectContaining({ field: '*', remoteValue: null })]);
    expect(mergeRecord(alive, tomb, { local: {}, remote: { a: stamp(6, 'a') } }).conflicts).toEqual([]);
  });
});
