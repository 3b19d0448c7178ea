import { describe, expect, it } from 'vitest';
import { largestDocumentBytes } from '../../../renderer/db/repositories/documents';
import { paperProblem } from '../../../renderer/sync/format/paper-check';
import { longestText, recordSchemas } from '../../../renderer/sync/format/record-schemas';
import { describe as describeIssue } from '../../../renderer/sync/format/table-read';
import { everyTable } from './support/every-table';

/**
 * Issue 25: an import keeps to the limits and rules of the screens that make each record, with the screens'
 * own constants: no paper larger than the papers screen attaches, no minute longer than Chamber keeps, no
 * committee without a quorum, no phrase without a key.
 */
function problem(table: keyof typeof recordSchemas, changes: Record<string, unknown>): string | undefined {
  const values = { ...everyTable[table], ...changes };
  const checked = recordSchemas[table].safeParse(values);
  return checked.success ? undefined : describeIssue(checked.error, table);
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('the limits an import keeps to', () => {
  it('refuses a paper larger than the papers screen attaches', () => {
    const tooLarge = new Uint8Array(largestDocumentBytes + 1);
    tooLarge.set(new TextEncoder().encode('%PDF-1.7'));
    expect(paperProblem(tooLarge, 'pdf')).toBe('it is larger than 100 MB, more than Chamber attaches');
  });

  it('counts a minute’s text across all its paragraphs', () => {
    const half = 'a'.repeat(longestText / 2);
    expect(problem('minutes', { text: { type: 'doc', content: [paragraph(half), paragraph(half)] } })).toBe(
      undefined,
    );
    expect(
      problem('minutes', { text: { type: 'doc', content: [paragraph(half), paragraph(`${half}a`)] } }),
    ).toBe('minutes at text: it is longer than 1,000,000 characters');
    expect(problem('resolutions', { text: 'a'.repeat(longestText + 1) })).toBe(
      'resolutions at text: it is longer than 1,000,000 characters',
    );
  });

  it('keeps the committee screen’s quorum and first minute number, and the phrases screen’s keys', () => {
    expect(problem('committees', { quorum: 0 })).toBe(
      'committees at quorum: the quorum is a whole number of members, 1 or more',
    );
    expect(problem('committees', { firstMinuteNumber: 0 })).toMatch(/firstMinuteNumber: the first minute/);
    expect(problem('phrases', { order: 12 })).toBe('phrases at order: Give the phrase a key from 1 to 9.');
    expect(problem('phrases', { text: ' ' })).toBe('phrases at text: Type the wording the phrase inserts.');
    expect(problem('phrases', {})).toBeUndefined();
  });
});
