import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../../electron/main/atomic-write';

let folder: string;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'chamber-atomic-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('atomic writes', () => {
  it('writes the whole file and leaves no temp file behind', async () => {
    const target = join(folder, 'Minutes 13 March 2013.docx');
    await writeFileAtomic(target, bytes('the minutes'));
    expect(readFileSync(target, 'utf8')).toBe('the minutes');
    expect(readdirSync(folder)).toEqual(['Minutes 13 March 2013.docx']);
  });

  it('replaces an existing file in one step', async () => {
    const target = join(folder, 'Agenda.docx');
    writeFileSync(target, 'old agenda');
    await writeFileAtomic(target, bytes('new agenda'));
    expect(readFileSync(target, 'utf8')).toBe('new agenda');
    expect(readdirSync(folder)).toEqual(['Agenda.docx']);
  });

  it('leaves what was there untouched, and no temp file, when the write fails', async () => {
    // A folder in the way makes the final rename fail, after the temp file was written.
    const target = join(folder, 'Agenda.docx');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'kept');
    await expect(writeFileAtomic(target, bytes('new agenda'))).rejects.toThrow();
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(folder)).toEqual(['Agenda.docx']);
  });

  it('does the same synchronously for the moment the app quits', () => {
    const target = join(folder, 'state.json');
    writeFileAtomicSync(target, bytes('{}'));
    expect(readFileSync(target, 'utf8')).toBe('{}');
    mkdirSync(join(folder, 'blocked'));
    expect(() => writeFileAtomicSync(join(folder, 'blocked'), bytes('x'))).toThrow();
    expect(readdirSync(folder).sort()).toEqual(['blocked', 'state.json']);
  });
});
