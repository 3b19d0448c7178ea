import { describe, expect, it } from 'vitest';
import { significantWords, suggestDeclarations } from '../../../../renderer/domain/interest-suggestions';
import type { RegisteredInterest } from '../../../../renderer/domain/model';

const interests: RegisteredInterest[] = [
  { id: 'i1', personId: 'hall', category: 'employment', description: 'Director, Harrow Leisure Centres Ltd' },
  { id: 'i2', personId: 'davine', category: 'land', description: 'Home in Wealdstone ward' },
  { id: 'i3', personId: 'babu', category: 'otherRegistrable', description: 'Trustee of a youth charity' },
  { id: 'i4', personId: 'gone', category: 'land', description: 'Allotment in Wealdstone' },
  {
    id: 'i5',
    personId: 'hall',
    category: 'securities',
    description: 'Shares in a leisure company',
    to: '2010-01-01',
  },
];

const base = { interests, memberIds: ['hall', 'davine', 'babu'], declarations: [], on: '2012-12-06' };

describe('declarations suggested from the register of interests', () => {
  it('suggests an interest sharing a significant word with the item title, as a DPI for a DPI category', () => {
    const suggestions = suggestDeclarations({
      ...base,
      item: { id: 'x', title: 'Leisure Centre contract renewal', wards: [] },
    });
    expect(suggestions).toEqual([
      {
        personId: 'hall',
        interestId: 'i1',
        kind: 'dpi',
        nature: 'Director, Harrow Leisure Centres Ltd',
        matchedOn: ['leisure', 'centre'],
      },
    ]);
  });

  it('suggests an interest naming one of the item’s wards, only for members at the meeting', () => {
    const suggestions = suggestDeclarations({
      ...base,
      item: { id: 'x', title: 'Regeneration update', wards: ['Wealdstone'] },
    });
    expect(suggestions.map((s) => [s.personId, s.matchedOn])).toEqual([['davine', ['Wealdstone']]]);
  });

  it('suggests nothing on common words, for an interest that has ended, or once declared', () => {
    expect(
      suggestDeclarations({ ...base, item: { id: 'x', title: 'Council Budget report', wards: [] } }),
    ).toEqual([]);
    const declared = suggestDeclarations({
      ...base,
      item: { id: 'x', title: 'Youth charity grants', wards: [] },
      declarations: [
        {
          id: 'd',
          meetingId: 'm',
          agendaItemId: 'x',
          personId: 'babu',
          kind: 'otherRegistrable',
          nature: '',
          conduct: 'remained',
        },
      ],
    });
    expect(declared).toEqual([]);
  });

  it('ignores the words of the organisation and committee names, which stand on every paper', () => {
    const suggestions = suggestDeclarations({
      ...base,
      item: { id: 'x', title: 'Harrow Leisure Centre contract', wards: [] },
      namesOnEveryPaper: ['London Borough of Harrow', 'Cabinet'],
    });
    expect(suggestions.map((s) => s.matchedOn)).toEqual([['leisure', 'centre']]);
    expect(
      suggestDeclarations({
        ...base,
        item: { id: 'x', title: 'Harrow Town Centre parking', wards: [] },
        interests: [{ id: 'i9', personId: 'babu', category: 'land', description: 'Flat in Harrow' }],
        namesOnEveryPaper: ['London Borough of Harrow'],
      }),
    ).toEqual([]);
  });

  it('reads plurals as the same word', () => {
    expect(significantWords('Schools and the School Board')).toEqual(['school', 'school']);
  });
});
