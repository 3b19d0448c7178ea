import type { ParagraphChild } from 'docx';
import { PageReference, TabStopType } from 'docx';
import { Paragraph } from 'docx';
import { exemptParagraphs } from '../../domain/model';
import { headingSize } from '../common/house-style';
import type { Block } from './blocks';
import { line, linesFor, run } from './blocks';
import type { PackAudience } from './agenda-pack-data';
import type { PlannedItem } from './paper-plan';

export const allInPublicStatement =
  'IT IS EXPECTED THAT ALL OF THE ABOVE LISTED ITEMS WILL BE CONSIDERED IN PUBLIC SESSION.';

/** Bookmark names for the first and last page of an item's papers, referenced by "(Pages X - Y)". */
export function itemBookmarks(entry: PlannedItem): { start: string; end: string } {
  // An unnumbered section has no number to name its bookmarks by: its id is unique instead.
  const id =
    entry.numbered.number.replace(/\./g, '_') || entry.numbered.item.id.replace(/[^A-Za-z0-9]/g, '_');
  return { start: `item_${id}_start`, end: `item_${id}_end` };
}

/**
 * "AGENDA - PUBLIC" (every Part A item) and "AGENDA - PRIVATE" (Part B items with their Schedule 12A paragraph, or,
 * only when the meeting has no Part B item at all, the statement that all items are expected to be taken in
 * public). A supplementary agenda whose papers are all Part A, for a meeting with Part B items, says neither.
 * Page ranges are PAGEREF fields to bookmarks around each item's papers, stored with the page numbers the pack
 * works out; LibreOffice recomputes them on load, as Word does when it updates fields.
 */
export function agendaListing(
  publicItems: PlannedItem[],
  privateItems: PlannedItem[],
  audience: PackAudience,
  meetingHasPartB: boolean,
): Block[] {
  const blocks: Block[] = [line('AGENDA - PUBLIC', { bold: true, size: headingSize, pageBreakBefore: true })];
  for (const entry of publicItems) blocks.push(...itemBlocks(entry, true));
  if (privateItems.length === 0 && meetingHasPartB) return blocks;
  blocks.push(line('AGENDA - PRIVATE', { bold: true, size: headingSize, spaceBefore: 360, keepNext: true }));
  if (!meetingHasPartB) blocks.push(line(allInPublicStatement));
  for (const entry of privateItems) blocks.push(...itemBlocks(entry, audience === 'private'));
  return blocks;
}

function itemBlocks(entry: PlannedItem, showDetail: boolean): Block[] {
  const { item, number, depth } = entry.numbered;
  const indent = 567 * (depth + 1);
  const hanging = depth === 0 ? 567 : 720;
  const heading: ParagraphChild[] = [
    run(number ? `${number}.\t` : '', true),
    run(`${item.title}:`, true),
    ...pagesNote(entry),
  ];
  const blocks: Block[] = [
    {
      element: new Paragraph({
        children: heading,
        indent: { left: indent, hanging },
        tabStops: [{ type: TabStopType.LEFT, position: indent }],
        keepNext: true,
        spacing: { before: 160, after: 60 },
      }),
      lines: linesFor(`${number} ${item.title}: (Pages 00 - 00)`, indent) + 0.5,
    },
  ];
  if (showDetail && item.description) blocks.push(line(item.description, { indent }));
  if (item.part === 'B' && item.exemptParagraph) {
    const reason = exemptParagraphs[item.exemptParagraph];
    blocks.push(
      line(
        `Exempt under paragraph ${item.exemptParagraph} of Part 1 of Schedule 12A to the Local Government Act 1972: ${reason}`,
        { indent },
      ),
    );
  }
  return blocks;
}

function pagesNote(entry: PlannedItem): ParagraphChild[] {
  if (entry.papers.length > 0) {
    const { start, end } = itemBookmarks(entry);
    return [run(' (Pages '), new PageReference(start), run(' - '), new PageReference(end), run(')')];
  }
  return entry.toFollow ? [run(' (To Follow)')] : [];
}
