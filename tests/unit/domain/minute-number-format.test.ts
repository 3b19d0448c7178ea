import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaItemName, numberAgenda, printedAgendaNumber } from '../../../renderer/domain/agenda-numbering';
import {
  agendaNumberNote,
  printedMinuteNumber,
  shownMinuteNumber,
  typedMinuteNumber,
} from '../../../renderer/domain/minute-number-format';
import { minuteNumber, sequenceOf } from '../../../renderer/domain/minute-numbering';
import { renumberMinutes } from '../../../renderer/domain/minute-renumbering';
import type { AgendaItem, MinuteNumberFormat } from '../../../renderer/domain/model';

const format = (changes: Partial<MinuteNumberFormat>): MinuteNumberFormat => ({
  prefix: '',
  suffix: '',
  width: 0,
  yearForm: 'none',
  agendaNumberBeside: false,
  ...changes,
});

describe('printed minute numbers in the house form', () => {
  it('prints as before when the committee has no format: "101." and "9/18"', () => {
    expect(printedMinuteNumber('101')).toBe('101.');
    expect(printedMinuteNumber('9/18')).toBe('9/18');
  });

  it('keeps leading zeros to a fixed width: 654 prints 0654', () => {
    expect(printedMinuteNumber('654', format({ width: 4 }))).toBe('0654');
    expect(printedMinuteNumber('12345', format({ width: 4 }))).toBe('12345');
    expect(printedMinuteNumber('9/18', format({ width: 3 }))).toBe('009/18');
  });

  it('adds the prefix, the suffix and the municipal year as /YY', () => {
    expect(
      printedMinuteNumber('654', format({ prefix: 'CAB/', suffix: '.', yearForm: 'slashYY' }), 2025),
    ).toBe('CAB/654/26.');
    // A number that carries its year already (per municipal year) does not get it twice.
    expect(printedMinuteNumber('9/18', format({ yearForm: 'slashYY' }), 2017)).toBe('9/18');
    expect(printedMinuteNumber('654', format({ yearForm: 'slashYY' }), 1999)).toBe('654/00');
  });

  it('prints nothing for an unnumbered section', () => {
    expect(printedMinuteNumber('', format({ prefix: 'Min ', suffix: '.' }))).toBe('');
    expect(printedMinuteNumber('')).toBe('');
  });

  it('always reads the running count back from the printed digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 0, max: 6 }), (count, width) => {
        const printed = printedMinuteNumber(String(count), format({ width }));
        expect(sequenceOf(printed)).toBe(count);
        expect(printed.length).toBe(Math.max(width, String(count).length));
      }),
    );
  });

  it('reads "0654" as typed: the number 654 and a width of 4', () => {
    expect(typedMinuteNumber('0654')).toEqual({ value: 654, width: 4 });
    expect(typedMinuteNumber('654')).toEqual({ value: 654, width: 0 });
    expect(typedMinuteNumber('0')).toBeUndefined();
    expect(typedMinuteNumber('six')).toBeUndefined();
  });

  it('notes "(Agenda item 5)" only when the house asks and the numbers differ', () => {
    const beside = format({ agendaNumberBeside: true });
    expect(agendaNumberNote('206', '5', beside)).toBe('(Agenda item 5)');
    expect(agendaNumberNote('5', '5', beside)).toBeUndefined();
    expect(agendaNumberNote('206', '5', format({}))).toBeUndefined();
    expect(agendaNumberNote('', '5', beside)).toBeUndefined();
    expect(agendaNumberNote('206', '', beside)).toBeUndefined();
  });
});

const agendaItem = (id: string, order: number, fields: Partial<AgendaItem> = {}): AgendaItem =>
  ({ id, meetingId: 'm', order, title: id, ...fields }) as AgendaItem;

describe('unnumbered sections', () => {
  it('take no agenda number, and the items after them keep theirs', () => {
    const agenda = numberAgenda([
      agendaItem('apologies', 1),
      agendaItem('presentation', 2, { unnumbered: true }),
      agendaItem('report', 3),
      agendaItem('part', 1, { parentId: 'report' }),
    ]);
    expect(agenda.map((entry) => [entry.item.id, entry.number])).toEqual([
      ['apologies', '1'],
      ['presentation', ''],
      ['report', '2'],
      ['part', '2.1'],
    ]);
    expect(agenda.map((entry) => printedAgendaNumber(entry.number))).toEqual(['1.', '', '2.', '2.1.']);
  });

  it('take no minute number', () => {
    expect(
      minuteNumber({
        scheme: 'continuous',
        sequence: 655,
        municipalYear: 2025,
        agendaNumber: '',
        unnumbered: true,
      }),
    ).toBe('');
  });

  it('never clash with one another when minutes are settled, nor take a number', () => {
    const changes = renumberMinutes({
      scheme: 'continuous',
      approved: false,
      minutes: [
        { id: 'a', takenOrder: 1, number: '654', createdStamp: '1' },
        { id: 'p', takenOrder: 2, number: '', createdStamp: '2' },
        { id: 'q', takenOrder: 3, number: '', createdStamp: '3' },
        { id: 'b', takenOrder: 4, number: '655', createdStamp: '4' },
      ],
    });
    expect(changes).toEqual([]);
    const settled = renumberMinutes({
      scheme: 'continuous',
      approved: false,
      minutes: [
        { id: 'a', takenOrder: 1, number: '654', createdStamp: '1' },
        { id: 'p', takenOrder: 2, number: '', createdStamp: '2' },
        { id: 'b', takenOrder: 2, number: '654', createdStamp: '3' },
      ],
    });
    expect(settled).toEqual([{ id: 'b', takenOrder: 3, number: '655' }]);
  });
});

describe('minute numbers as the screens show them', () => {
  it('are the printed house form without the full stop that closes a printed heading', () => {
    expect(shownMinuteNumber('654', format({ width: 4, yearForm: 'slashYY', suffix: '.' }), 2012)).toBe(
      '0654/13',
    );
    expect(shownMinuteNumber('101')).toBe('101');
    expect(shownMinuteNumber('9/18')).toBe('9/18');
    expect(shownMinuteNumber('', format({ prefix: 'Min ' }))).toBe('');
  });

  it('add no year for a meeting whose date cannot be read', () => {
    expect(shownMinuteNumber('654', format({ yearForm: 'slashYY' }), Number.NaN)).toBe('654');
  });

  it('name an unnumbered section by its title, a numbered item by its number', () => {
    const item = { title: 'Presentations' } as AgendaItem;
    expect(agendaItemName({ item, number: '5' })).toBe('item 5');
    expect(agendaItemName({ item, number: '5' }, true)).toBe('Item 5');
    expect(agendaItemName({ item, number: '' })).toBe('“Presentations”');
  });
});
