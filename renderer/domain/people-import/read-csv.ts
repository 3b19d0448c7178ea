import Papa from 'papaparse';

/** A CSV file read into cells, with what went wrong on any row. Row numbers are as a spreadsheet shows them. */
export type PeopleCsv = {
  headers: string[];
  /** Data rows with their spreadsheet row number (the header is row 1); blank rows are left out. */
  records: { row: number; values: string[]; problem?: string }[];
};

/**
 * Decodes a CSV file's bytes: UTF-8 (with or without a byte-order mark), or, when that fails, Windows-1252, which
 * older Excel still writes for "CSV (Comma delimited)" and which holds names such as "Zoë" or "Seán".
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Decoded by hand: Node's TextDecoder treats "windows-1252" as Latin-1 and loses "€", "’" and the like.
    return Array.from(bytes, (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (windows1252High[byte - 0x80] ?? '\ufffd') : String.fromCharCode(byte),
    ).join('');
  }
}

// Bytes 0x80-0x9F of Windows-1252; the five it leaves undefined read as the replacement character.
const windows1252High = Array.from('€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ');

/**
 * Reads a CSV text with papaparse: quoted fields, commas and line breaks inside quotes, semicolon or tab delimiters
 * (detected). Throws with a message for the clerk when there is nothing to import.
 *
 * @example readPeopleCsv('Name,Email\nThaya Idaikkadar,thaya@example.org\n').records[0]
 * // { row: 2, values: ['Thaya Idaikkadar', 'thaya@example.org'] }
 */
export function readPeopleCsv(text: string): PeopleCsv {
  const content = text.replace(/^\ufeff/, '');
  // Blank lines upset papaparse's guess of the delimiter, but must stay in to keep the row numbers: guess first.
  const guess = Papa.parse<string[]>(content, { preview: 50, skipEmptyLines: 'greedy' });
  const parsed = Papa.parse<string[]>(content, { delimiter: guess.meta.delimiter, skipEmptyLines: false });
  const problems = new Map<number, string>();
  for (const error of parsed.errors) {
    // Papaparse reports a guessed delimiter for a one-column file; that is not a problem with any row.
    if (error.code === 'UndetectableDelimiter' || error.row === undefined) continue;
    problems.set(error.row, `the row could not be read (${error.message})`);
  }
  const rows = parsed.data.map((values, index) => ({ index, values: values.map((value) => value.trim()) }));
  const filled = rows.filter(({ values }) => values.some((value) => value !== ''));
  const [header, ...data] = filled;
  if (!header)
    throw new Error('The file is empty. Choose a CSV file with a header row and one person on each row.');
  if (data.length === 0) {
    throw new Error('The file has a header row but no people. Add one person on each row below the header.');
  }
  return {
    headers: header.values,
    records: data.map(({ index, values }) => {
      const problem = problems.get(index);
      return problem ? { row: index + 1, values, problem } : { row: index + 1, values };
    }),
  };
}
