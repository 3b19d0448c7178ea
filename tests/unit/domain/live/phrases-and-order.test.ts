import { describe, expect, it } from 'vitest';
import { numberAgenda } from '../../../../renderer/domain/agenda-numbering';
import { shouldKeepRevision } from '../../../../renderer/domain/minute-history';
import { nextItemToTake, orderVariedNote } from '../../../../renderer/domain/minute-order';
import type { AgendaItem } from '../../../../renderer/domain/model';
import {
  defaultPhrases,
  phraseOnDigit,
  phraseProblems,
  phraseWithKind,
  resolutionLinesAfterPhrase,
} from '../../../../renderer/domain/phrases';
import { richTextFromPlain } from '../../../../renderer/domain/rich-text';

const item = (id: string, order: number, title: string): AgendaItem => ({
  id,
  meetingId: 'm',
  order,
  title,
  description: '',
  recommendation: '',
  responsibleOfficer: '',
  reportAuthor: '',
  wards: [],
  keyDecision: false,
  part: 'A',
  publicInterestReason: '',
  urgent: false,
  specialCircumstances: '',
});

describe('order of business', () => {
  const agenda = numberAgenda([
    item('a', 0, 'Welcome'),
    item('b', 1, 'Minutes'),
    item('c', 2, 'Council Budget'),
  ]);

  it('takes the next untaken item in agenda order', () => {
    expect(nextItemToTake(agenda, new Set(['a']))?.item.id).toBe('b');
  });

  it('notes when the Chair takes an item out of order', () => {
    expect(orderVariedNote(agenda, new Set(['a']), 'c')).toBe(
      'The Chair varied the order of business: item 3 (Council Budget) was taken before item 2 (Minutes).',
    );
    expect(orderVariedNote(agenda, new Set(['a']), 'b')).toBeUndefined();
    expect(orderVariedNote(agenda, new Set(['a', 'c']), 'c')).toBeUndefined();
  });
});

describe('phrases', () => {
  const phrases = defaultPhrases.map((phrase, index) => ({ id: `p${index}`, ...phrase }));
  it('starts with the standard wording on keys 1 to 4', () => {
    expect(phraseOnDigit(phrases, 1)).toMatchObject({
      label: 'Report noted (RESOLVED)',
      kind: 'resolution',
      verb: 'resolved',
      text: 'That the report be noted.',
    });
    expect(phraseOnDigit(phrases, 4)).toMatchObject({ kind: 'resolution', verb: 'agreed' });
    expect(phraseOnDigit(phrases, 2)?.text).toBe('Members asked ');
    expect(phraseOnDigit(phrases, 3)?.text).toBe('Officers advised ');
    expect(phraseOnDigit(phrases, 9)).toBeUndefined();
  });
  it('says what is wrong with a phrase the organisation typed', () => {
    expect(phraseProblems({ label: '', text: ' ', order: 12 })).toEqual([
      'Type the wording the phrase inserts.',
      'Give the phrase a key from 1 to 9.',
    ]);
  });
});

describe('a phrase that is a resolution', () => {
  it('is read from wording stored before phrases had kinds', () => {
    const old = (text: string) => phraseWithKind({ text });
    expect(old('RESOLVED: That the report be noted.')).toEqual({
      text: 'That the report be noted.',
      kind: 'resolution',
      verb: 'resolved',
    });
    expect(old('Agreed that the minutes be signed.')).toMatchObject({
      verb: 'agreed',
      text: 'That the minutes be signed.',
    });
    expect(old('RECOMMENDED – That Council adopt the plan.')).toMatchObject({ verb: 'recommended' });
    expect(old('Members asked ')).toEqual({ text: 'Members asked ', kind: 'text' });
    expect(old('Resolved matters were reported.')).toMatchObject({ kind: 'text' });
    const kept = { text: 'RESOLVED: That x.', kind: 'text' as const };
    expect(phraseWithKind(kept)).toBe(kept);
  });

  it('fills an empty resolution, adds a clause after what the clerk wrote, and never says a thing twice', () => {
    expect(resolutionLinesAfterPhrase('', 'That the report be noted.')).toBe('That the report be noted.');
    expect(resolutionLinesAfterPhrase('That the fees be set.', 'That the report be noted.')).toBe(
      'That the fees be set.\nThat the report be noted.',
    );
    expect(resolutionLinesAfterPhrase('That the report be noted.', 'That the report be noted.')).toBe(
      'That the report be noted.',
    );
  });
});

describe('minute history', () => {
  const two = richTextFromPlain(
    'Members asked about the budget gap.\nOfficers advised that savings were planned.',
  );
  const one = richTextFromPlain('Members asked about the budget gap.');
  it('keeps the text before a paragraph is deleted or overwritten', () => {
    expect(shouldKeepRevision({ before: two, after: one, sinceLastRevisionMs: 1000 })).toBe(true);
    const overwritten = richTextFromPlain('Members asked x');
    expect(shouldKeepRevision({ before: one, after: overwritten, sinceLastRevisionMs: 1000 })).toBe(true);
  });
  it('otherwise keeps a copy every 30 seconds of editing, and never of an empty minute', () => {
    const longer = richTextFromPlain('Members asked about the budget gap. Officers');
    expect(shouldKeepRevision({ before: one, after: longer, sinceLastRevisionMs: 5000 })).toBe(false);
    expect(shouldKeepRevision({ before: one, after: longer, sinceLastRevisionMs: 30_000 })).toBe(true);
    expect(
      shouldKeepRevision({ before: richTextFromPlain(''), after: one, sinceLastRevisionMs: undefined }),
    ).toBe(false);
  });
});
