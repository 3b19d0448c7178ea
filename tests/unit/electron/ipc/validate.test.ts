import { describe, expect, it } from 'vitest';
import {
  checkBytes,
  checkFileName,
  checkLogMessage,
  checkOpenFileRequest,
  checkOpenWithSystemRequest,
  checkSaveFileRequest,
  maxFileBytes,
} from '../../../../electron/main/ipc/validate';

const docx = { name: 'Word document', extensions: ['docx'] };

/** A Uint8Array that reports a size, without allocating hundreds of megabytes. */
function claimingSize(bytes: number): Uint8Array {
  return Object.defineProperty(new Uint8Array(1), 'byteLength', { value: bytes });
}

describe('main checks what the renderer sends', () => {
  it('accepts a well-formed save request', () => {
    const request = {
      suggestedName: 'Minutes 13 March 2013.docx',
      bytes: new Uint8Array([1, 2]),
      filters: [docx],
    };
    expect(checkSaveFileRequest(request)).toEqual({ ...request });
  });

  it('refuses bytes that are not a Uint8Array or are too large', () => {
    expect(() => checkBytes('PK...', 'The file')).toThrow(/Uint8Array/);
    expect(() => checkBytes([1, 2, 3], 'The file')).toThrow(/Uint8Array/);
    expect(() => checkBytes(claimingSize(maxFileBytes + 1), 'The file')).toThrow(/limit/);
    expect(checkBytes(claimingSize(maxFileBytes), 'The file').byteLength).toBe(maxFileBytes);
  });

  it('refuses names that could reach another folder', () => {
    for (const name of [
      '../secrets.docx',
      'a/b.docx',
      'C:\\Windows\\x.docx',
      'C:x.docx',
      '..',
      'bad\u0000.docx',
    ]) {
      expect(() => checkFileName(name, 'The file name')).toThrow(/file name|separator|character/);
    }
    expect(() => checkFileName('', 'The file name')).toThrow(/must be a file name/);
    expect(() => checkFileName('x'.repeat(201), 'The file name')).toThrow(/longer/);
    expect(checkFileName('Agenda – 13 March 2013.docx', 'The file name')).toBe('Agenda – 13 March 2013.docx');
  });

  it('refuses malformed file filters', () => {
    const request = (filters: unknown): unknown => ({
      suggestedName: 'a.docx',
      bytes: new Uint8Array(),
      filters,
    });
    expect(() => checkSaveFileRequest(request('docx'))).toThrow(/list/);
    expect(() => checkSaveFileRequest(request([{ name: 'Word', extensions: ['.docx'] }]))).toThrow(
      /extension/,
    );
    expect(() => checkSaveFileRequest(request([{ name: 'Word', extensions: [] }]))).toThrow(/extensions/);
    expect(() => checkSaveFileRequest(null)).toThrow(/Saving needs/);
  });

  it('checks open requests', () => {
    expect(checkOpenFileRequest({ filters: [docx] })).toEqual({ filters: [docx], multiple: false });
    expect(() => checkOpenFileRequest({ filters: [docx], multiple: 'yes' })).toThrow(/true or false/);
  });

  it('hands only documents to the system, never something it would run', () => {
    const bytes = new Uint8Array([1]);
    expect(checkOpenWithSystemRequest({ name: 'Agenda pack.docx', bytes }).name).toBe('Agenda pack.docx');
    for (const name of ['setup.exe', 'script.bat', 'macro.docm', 'docx', 'report.lnk']) {
      expect(() => checkOpenWithSystemRequest({ name, bytes })).toThrow(/not a document Chamber opens/);
    }
  });

  it('keeps log lines to a sane length', () => {
    expect(checkLogMessage('x'.repeat(20_000))).toHaveLength(10_000 + '… (cut)'.length);
    expect(() => checkLogMessage({ message: 'x' })).toThrow(/text/);
  });
});
