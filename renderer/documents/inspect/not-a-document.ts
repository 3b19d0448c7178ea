/**
 * Thrown for a file that is not a real Word document (.docx) or PDF. The message names the file, says what it
 * seems to be instead, and what to do: "Minutes.doc is not a Word document (.docx) or PDF: it is an older Word
 * 97-2003 file (.doc). Open it in Word and save it as .docx, then attach it again."
 */
export class NotADocumentError extends Error {
  readonly fileName: string;
  readonly reason: string;

  constructor(fileName: string, reason: string) {
    super(`${fileName} is not a Word document (.docx) or PDF: ${reason}`);
    this.name = 'NotADocumentError';
    this.fileName = fileName;
    this.reason = reason;
  }
}

/** A reason found while reading inside a file, before its name is known to the reader. */
export class UnreadableDocument extends Error {}
