import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import { measureDocx } from '../../../documents/agenda-pack/page-estimate';
import type { NumberedAgendaItem } from '../../../domain/agenda-numbering';

/** A Word paper's printed page count as the pack will use it, and where that number comes from. */
export type PaperPageCount = {
  id: string;
  name: string;
  itemNumber: string;
  pages: number;
  /** 'record': counted when attached or entered by the clerk; 'estimated': Chamber counted the lines. */
  source: 'record' | 'saved' | 'estimated';
};

/**
 * The meeting's Word papers in agenda order with the page count each will be printed with. Read live, so a
 * corrected count shows at once. PDFs are left out: pdf.js counts their pages exactly.
 */
export function usePageCounts(meetingId: string, items: NumberedAgendaItem[]): PaperPageCount[] | undefined {
  return useLiveQuery(async () => {
    const papers = await db.documents.where('meetingId').equals(meetingId).toArray();
    const words = papers.filter((paper) => paper.format === 'docx' && !paper.toFollow);
    const contents = await db.documentContents.bulkGet(words.map((paper) => paper.id));
    const order = new Map(items.map((entry, index) => [entry.item.id, index]));
    const number = new Map(items.map((entry) => [entry.item.id, entry.number]));
    const counts = words.flatMap((paper, index): (PaperPageCount & { at: number })[] => {
      const bytes = contents[index]?.bytes;
      const measure = bytes ? safeMeasure(bytes, paper.pageCount) : undefined;
      if (!measure) return [];
      const itemNumber = number.get(paper.agendaItemId) ?? '';
      const at = (order.get(paper.agendaItemId) ?? 0) * 1000 + paper.order;
      return [{ id: paper.id, name: paper.name, itemNumber, at, ...measure }];
    });
    return counts.sort((a, b) => a.at - b.at).map(({ at: _at, ...count }) => count);
  }, [meetingId, items]);
}

/** A damaged file has no count; the pack itself says what is wrong with it when built. */
function safeMeasure(
  bytes: Uint8Array,
  recorded?: number,
): Pick<PaperPageCount, 'pages' | 'source'> | undefined {
  try {
    const { pages, source } = measureDocx(bytes, recorded);
    return { pages, source };
  } catch {
    return undefined;
  }
}
