import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { SyncError } from '../../../renderer/sync';
import { withoutWebAddresses } from '../../../renderer/ui/common/error-message';
import { importFailureWords } from '../../../renderer/ui/features/sync/sync-words';

const webAddress = /https?:|www\.|bit\.ly|dexie\.org/i;

describe('what a clerk is told when an import fails', () => {
  it('says in words what the early commit the clerks saw meant, and what to do, with no website', () => {
    const words = importFailureWords(
      new Dexie.PrematureCommitError('Transaction committed too early. See http://bit.ly/2kdckMn'),
    );
    expect(words).toBe(
      'Chamber could not finish reading and storing this file’s records. Import the file again; if it fails again, restart Chamber and import it once more.',
    );
  });

  it('tells a clerk whose disk is full to free some space', () => {
    expect(importFailureWords(new Dexie.QuotaExceededError('QuotaExceededError'))).toContain(
      'Free some space on the disk',
    );
  });

  it('keeps a refused file’s own reason, naming what was wrong', () => {
    const refused = new SyncError('checksum-mismatch', 'records/minutes.jsonl');
    expect(importFailureWords(refused)).toBe(refused.message);
  });

  it('names a refused value by the table and field the clerk knows', () => {
    const refused = new SyncError(
      'record-invalid',
      'meetings 4f2c at startTime: "25:99" is not a time between 00:00 and 23:59',
    );
    expect(importFailureWords(refused)).toContain(
      '(Meeting, start time: "25:99" is not a time between 00:00 and 23:59)',
    );
    const clause = new SyncError(
      'record-invalid',
      'actions a1 at updates.0.on: "2025-02-31" is not a real date',
    );
    expect(importFailureWords(clause)).toContain('(Action, updates 1 on: "2025-02-31" is not a real date)');
  });

  it('never passes on a web address, whatever the error', () => {
    const errors = [
      new Dexie.DatabaseClosedError('Database has been closed. Read more at https://dexie.org/docs/x'),
      new Error('Something failed, see https://example.com/help for more'),
      new Error('https://example.com'),
      'www.example.com',
      undefined,
    ];
    for (const error of errors) {
      const words = importFailureWords(error);
      expect(words).not.toMatch(webAddress);
      expect(words.length).toBeGreaterThan(20);
    }
  });

  it('takes a website and the sentence pointing to it out of any message shown', () => {
    expect(withoutWebAddresses('Transaction committed too early. See http://bit.ly/2kdckMn')).toBe(
      'Transaction committed too early.',
    );
    expect(withoutWebAddresses('Database has been closed. Read more at https://dexie.org/docs/x')).toBe(
      'Database has been closed.',
    );
    expect(withoutWebAddresses('Type the person’s name.')).toBe('Type the person’s name.');
  });
});
