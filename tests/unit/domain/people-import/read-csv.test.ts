import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, readPeopleCsv } from '../../../../renderer/domain/people-import/read-csv';

describe('readPeopleCsv', () => {
  it('reads quoted cells with commas, quotes and line breaks, and numbers rows as a spreadsheet does', () => {
    const csv = readPeopleCsv(
      'Name,Group,Position\r\n' +
        '"Smith, Jane",Labour,"Chair of the ""Board"""\r\n' +
        '\r\n' +
        'Amir Khan,"Harrow in Business",\r\n',
    );
    expect(csv.headers).toEqual(['Name', 'Group', 'Position']);
    expect(csv.records).toEqual([
      { row: 2, values: ['Smith, Jane', 'Labour', 'Chair of the "Board"'] },
      { row: 4, values: ['Amir Khan', 'Harrow in Business', ''] },
    ]);
  });

  it('keeps a line break inside a quoted cell in one row', () => {
    const csv = readPeopleCsv('Name,Position\n"Jo Bloggs","Director of\nPublic Health"\nAl Jones,Officer\n');
    expect(csv.records.map((record) => record.row)).toEqual([2, 3]);
    expect(csv.records[0]?.values[1]).toBe('Director of\nPublic Health');
  });

  it('drops a byte-order mark and detects semicolons', () => {
    const csv = readPeopleCsv('\ufeffName;Email\nJane Smith;jane@example.org\n');
    expect(csv.headers).toEqual(['Name', 'Email']);
    expect(csv.records[0]?.values).toEqual(['Jane Smith', 'jane@example.org']);
  });

  it('reads a one-column file', () => {
    expect(readPeopleCsv('Name\nJane Smith\nAmir Khan').records).toHaveLength(2);
  });

  it('marks a row it cannot read instead of guessing', () => {
    const csv = readPeopleCsv('Name,Email\nJane Smith,jane@example.org\n"Amir Khan,amir@example.org\n');
    expect(csv.records.at(-1)?.problem).toMatch(/^the row could not be read \(.*quote/i);
    expect(csv.records[0]?.problem).toBeUndefined();
  });

  it('explains an empty file and a file with only a header', () => {
    expect(() => readPeopleCsv('')).toThrow('The file is empty. Choose a CSV file with a header row');
    expect(() => readPeopleCsv('\n \n,,\n')).toThrow('The file is empty');
    expect(() => readPeopleCsv('Name,Email\n\n')).toThrow('The file has a header row but no people.');
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('Name\nZoë Seán\n'))).toBe('Name\nZoë Seán\n');
  });

  it('falls back to Windows-1252 as older Excel writes it', () => {
    const bytes = Uint8Array.from([0x5a, 0x6f, 0xeb, 0x20, 0x53, 0x65, 0xe1, 0x6e, 0x20, 0x80]);
    expect(decodeCsvBytes(bytes)).toBe('Zoë Seán €');
    expect(decodeCsvBytes(Uint8Array.from([0x4f, 0x92, 0x42, 0x9f, 0x81]))).toBe('O’BŸ\ufffd');
  });

  it('keeps row numbers when blank lines come before a semicolon file', () => {
    const csv = readPeopleCsv('Name;Email\n\n\nJane Smith;jane@example.org\n');
    expect(csv.records).toEqual([{ row: 4, values: ['Jane Smith', 'jane@example.org'] }]);
  });
});
