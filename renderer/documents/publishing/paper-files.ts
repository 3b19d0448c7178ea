import type { PublicPaper } from './public-meeting';

/** "PDF 105 KB", "Word 1.2 MB": a paper's type and size as a council website shows them beside its link (seed 003). */
export function paperTypeAndSize(paper: Pick<PublicPaper, 'format' | 'sizeBytes'>): string {
  const type = paper.format === 'pdf' ? 'PDF' : 'Word';
  return `${type} ${sizeInWords(paper.sizeBytes)}`;
}

/** Kilobytes of 1,024 bytes as websites count them; a megabyte or more with one decimal place. */
export function sizeInWords(bytes: number): string {
  const kilobytes = bytes / 1024;
  if (kilobytes >= 1024) return `${(kilobytes / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(kilobytes))} KB`;
}

/**
 * A name fit for a web address: lower case letters, digits and single hyphens. Published files sit in one folder
 * (the platform's folder access takes bare file names), so names carry their meeting to stay apart.
 *
 * @example slugOf('Partnership Board') === 'partnership-board'
 */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'untitled';
}

/** "partnership-board-2013-03-13-1800": the date and start time keep two meetings on one day apart. */
export function meetingSlug(committeeSlug: string, date: string, startTime: string): string {
  return `${committeeSlug}-${date}-${startTime.replace(':', '')}`;
}

/** A paper's published file name: its meeting, item number and own name, so a download says what it is. */
export function paperFileName(
  meeting: string,
  itemNumber: string,
  paper: Pick<PublicPaper, 'name' | 'format'>,
): string {
  return `${meeting}-item-${itemNumber.replace(/\./g, '-')}-${slugOf(paper.name)}.${paper.format}`;
}
