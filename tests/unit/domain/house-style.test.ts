import { describe, expect, it } from 'vitest';
import { defaultHouseStyle, houseStyleOf } from '../../../renderer/domain/house-style';
import { printedResolution } from '../../../renderer/domain/resolution-text';

describe('a council’s house style', () => {
  it('is Chamber’s default until the organisation chooses, and a committee’s choice wins over both', () => {
    expect(houseStyleOf(undefined)).toEqual(defaultHouseStyle);
    const organisation = { houseStyle: { chairTitle: 'Chairman', resolvedForm: 'lowerThat' as const } };
    expect(houseStyleOf(organisation)).toMatchObject({ chairTitle: 'Chairman', resolvedForm: 'lowerThat' });
    const council = { houseStyle: { chairTitle: 'Mayor', viceChairTitle: 'Deputy Mayor' } };
    expect(houseStyleOf(organisation, council)).toMatchObject({
      chairTitle: 'Mayor',
      viceChairTitle: 'Deputy Mayor',
      resolvedForm: 'lowerThat',
    });
  });

  it('reads a blank title or a choice it does not know (an older or damaged record) as the layer below', () => {
    const organisation = { houseStyle: { chairTitle: 'Convener' } };
    const committee = { houseStyle: { chairTitle: '  ', closingLine: 'sometimes' } } as never;
    expect(houseStyleOf(organisation, committee)).toMatchObject({
      chairTitle: 'Convener',
      closingLine: 'fromTimes',
    });
  });
});

describe('a resolution as it prints', () => {
  const one = { text: 'That the report be noted.', clauses: [] };

  it('reads "RESOLVED: That" or "RESOLVED that", as the house writes it', () => {
    expect(printedResolution('RESOLVED', one, 'colonThat').lead).toBe('RESOLVED: That the report be noted.');
    expect(printedResolution('RESOLVED', one, 'lowerThat').lead).toBe('RESOLVED that the report be noted.');
    expect(printedResolution('RECOMMENDED to Cabinet', one, 'lowerThat').lead).toBe(
      'RECOMMENDED to Cabinet that the report be noted.',
    );
  });

  it('never says "That" twice: clauses that each begin "That" follow a bare "RESOLVED:"', () => {
    const clauses = {
      text: '',
      clauses: [
        { text: 'That the report be noted.', subClauses: [] },
        { text: 'That officers report back in June.', subClauses: ['with costs', 'with options'] },
      ],
    };
    const printed = printedResolution('RESOLVED', clauses, 'colonThat');
    expect(printed.lead).toBe('RESOLVED:');
    expect(printed.clauses.map((clause) => `${clause.marker} ${clause.text}`)).toEqual([
      '(1) That the report be noted.',
      '(2) That officers report back in June.',
    ]);
    expect(printed.clauses[1]?.subClauses.map((sub) => sub.marker)).toEqual(['(a)', '(b)']);
  });

  it('leads clauses that do not begin "That" with one "That"', () => {
    const clauses = {
      text: '',
      clauses: [
        { text: 'the report be noted;', subClauses: [] },
        { text: 'officers report back in June.', subClauses: [] },
      ],
    };
    expect(printedResolution('RESOLVED', clauses, 'colonThat').lead).toBe('RESOLVED: That');
    expect(printedResolution('RESOLVED', clauses, 'lowerThat').lead).toBe('RESOLVED that');
  });
});
