/** Reading attached papers: real .docx or PDF, their size and page count. */
export * from './inspect-document';
export * from './not-a-document';
export * from './docx-pages';
export * from './pdf-pages';
