import type { PageNumberEstimator } from 'docx';
import type { PaperBookmarks } from './paper-sections';

/**
 * The page each "(Pages X - Y)" bookmark falls on, worked out as the pack is laid out: papers are numbered from 1
 * through the pack, each starts on an odd page, and one with an odd number of pages is followed by the blank
 * notice page. These numbers are stored as the PAGEREF fields' results, so Word Online, Google Docs, Pages and
 * older converters (which never update fields) print them, and Word has nothing to ask about. LibreOffice and a
 * field update in Word count the same pages from the bookmarks themselves.
 *
 * @example const numbers = new PackPageNumbers(); numbers.addPaper(3, { start: 'item_5_start', end: 'item_5_end' });
 */
export class PackPageNumbers {
  private next = 1;
  private readonly pages = new Map<string, number>();

  addPaper(pages: number, bookmarks: PaperBookmarks): void {
    const first = this.next;
    const last = first + Math.max(1, pages) - 1;
    if (bookmarks.start) this.pages.set(bookmarks.start, first);
    if (bookmarks.end) this.pages.set(bookmarks.end, last);
    this.next = last + 1 + (Math.max(1, pages) % 2);
  }

  /** The page of a bookmark, as printed in the footer; undefined for one no paper carries. */
  pageOf(bookmark: string): number | undefined {
    return this.pages.get(bookmark);
  }

  /** For docx's Document: it writes each PAGEREF's result from these numbers. */
  estimator(): PageNumberEstimator {
    const bookmarks = new Map([...this.pages].map(([name, page]) => [name, String(page)]));
    return () => ({ bookmarks, bookmarkPageNumbers: new Map(this.pages) });
  }
}
