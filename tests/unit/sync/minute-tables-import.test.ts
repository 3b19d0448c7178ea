import { describe, expect, it } from 'vitest';
import { longestText, recordSchemas } from '../../../renderer/sync/format/record-schemas';
import { describe as describeIssue } from '../../../renderer/sync/format/table-read';
import { bodyRow, declarationsMinute, headerRow, table } from '../documents/support/minute-tables';
import { everyTable } from './support/every-table';

function problem(text: unknown): string | undefined {
  const checked = recordSchemas.minutes.safeParse({ ...everyTable.minutes, text });
  return checked.success ? undefined : describeIssue(checked.error, 'minutes');
}

describe('a minute with a table, from another laptop', () => {
  it('imports as the editor stores it', () => {
    expect(problem(declarationsMinute())).toBeUndefined();
  });

  it('counts the words in its cells toward the longest minute Chamber keeps', () => {
    const half = 'a'.repeat(longestText / 2);
    expect(problem({ type: 'doc', content: [table(headerRow(half), bodyRow(half))] })).toBeUndefined();
    expect(problem({ type: 'doc', content: [table(headerRow(half), bodyRow(`${half}a`))] })).toBe(
      'minutes at text: it is longer than 1,000,000 characters',
    );
  });

  it('refuses a table the editor could not open, saying what is wrong with it', () => {
    const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'Noted' }] };
    expect(problem({ type: 'doc', content: [{ type: 'table', content: [paragraph] }] })).toBe(
      'minutes at text: a table in it holds “paragraph” where only rows belong',
    );
    expect(problem({ type: 'doc', content: [table({ type: 'tableRow', content: [paragraph] })] })).toBe(
      'minutes at text: a table row in it holds “paragraph” where only cells belong',
    );
    expect(problem({ type: 'doc', content: [bodyRow('45')] })).toBe(
      'minutes at text: it has a table row outside any table',
    );
  });
});
