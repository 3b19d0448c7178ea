import type { AgendaItem, AttachedDocument, ExemptParagraph } from './model';

/** Where a paper stands: public, or exempt under a Schedule 12A paragraph (unknown only for damaged data). */
export type PaperStatus = { exempt: false } | { exempt: true; paragraph?: ExemptParagraph };

/** The item and the items above it (a sub-item of a Part B item is taken in private with it). */
function itemChain(itemId: string, items: readonly AgendaItem[]): AgendaItem[] {
  const chain: AgendaItem[] = [];
  const seen = new Set<string>();
  for (let at = items.find((item) => item.id === itemId); at && !seen.has(at.id);) {
    seen.add(at.id);
    chain.push(at);
    const parentId = at.parentId;
    at = parentId ? items.find((item) => item.id === parentId) : undefined;
  }
  return chain;
}

/** The Part B item an item is taken under (itself or a parent), if any. */
export function partBItemOf(itemId: string, items: readonly AgendaItem[]): AgendaItem | undefined {
  return itemChain(itemId, items).find((item) => item.part === 'B');
}

/**
 * Whether a paper may be seen by the public. A paper is exempt when the clerk marked it so, whatever its item's
 * part (an exempt appendix of a public report), and also whenever its item is taken in Part B: moving an item
 * between parts never makes its exempt papers public, and a Part B item's papers never reach a public document.
 * A paper from an older Chamber with no status of its own is read as its item's part. The paragraph is the
 * paper's own, else its Part B item's.
 *
 * @example paperStatus(appendix, record.agendaItems) // { exempt: true, paragraph: 3 }
 */
export function paperStatus(
  paper: Pick<AttachedDocument, 'agendaItemId' | 'exempt' | 'exemptParagraph'>,
  items: readonly AgendaItem[],
): PaperStatus {
  const partB = partBItemOf(paper.agendaItemId, items);
  if (!paper.exempt && !partB) return { exempt: false };
  const paragraph = (paper.exempt ? paper.exemptParagraph : undefined) ?? partB?.exemptParagraph;
  return paragraph ? { exempt: true, paragraph } : { exempt: true };
}

/** The papers of a meeting the public may see: the only papers whose bytes a public document may read. */
export function publicPapers<
  Paper extends Pick<AttachedDocument, 'agendaItemId' | 'exempt' | 'exemptParagraph'>,
>(papers: readonly Paper[], items: readonly AgendaItem[]): Paper[] {
  return papers.filter((paper) => !paperStatus(paper, items).exempt);
}

/**
 * The status a newly attached paper starts with: exempt under its item's paragraph when the item is taken in
 * Part B (the clerk can make a paper public deliberately), otherwise public.
 */
export function newPaperStatus(
  itemId: string,
  items: readonly AgendaItem[],
): Pick<AttachedDocument, 'exempt' | 'exemptParagraph' | 'publicInterestReason'> {
  const partB = partBItemOf(itemId, items);
  if (!partB) return { exempt: false };
  return {
    exempt: true,
    ...(partB.exemptParagraph ? { exemptParagraph: partB.exemptParagraph } : {}),
    publicInterestReason: partB.publicInterestReason,
  };
}

/** The words of the Exempt mark on anything shown to the clerk from exempt material: "Exempt – paragraph 3". */
export function exemptWords(paragraph: ExemptParagraph | undefined): string {
  return paragraph ? `Exempt – paragraph ${paragraph}` : 'Exempt';
}
