import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { db } from '../../../db/database';
import type { NumberedAgendaItem } from '../../../domain/agenda-numbering';
import type { AttachedDocument } from '../../../domain/model';
import { measureMissing, measureOf, measuresArrived, onMeasuresArrived } from './measured-papers';

/** A Word paper's printed page count as the pack will use it, and where that number comes from. */
export type PaperPageCount = {
  id: string;
  name: string;
  itemNumber: string;
  pages: number;
  /** 'record': counted when attached or entered by the clerk; 'estimated': Chamber counted the lines. */
  source: 'record' | 'saved' | 'estimated';
};

const counted = (paper: AttachedDocument): boolean => (paper.pageCount ?? 0) > 0;

/**
 * The meeting's Word papers in agenda order with the page count each will be printed with. Read live, so a
 * corrected count shows at once. A count the clerk entered or that was counted at attaching is shown as it is;
 * the others are measured from their files in a worker (db/paper-pages-worker), never on the page's thread: a
 * hundred reports unpacked there held the screen still for a tenth of a second and more. The list shows once
 * every paper is measured. PDFs are left out: pdf.js counts their pages exactly.
 */
export function usePageCounts(meetingId: string, items: NumberedAgendaItem[]): PaperPageCount[] | undefined {
  const papers = useLiveQuery(
    async () =>
      (await db.documents.where('meetingId').equals(meetingId).toArray()).filter(
        (paper) => paper.format === 'docx' && !paper.toFollow,
      ),
    [meetingId],
  );
  // Drawn again when measures arrive from the worker.
  const arrived = useSyncExternalStore(onMeasuresArrived, measuresArrived);
  useEffect(() => {
    if (papers) measureMissing(papers.filter((paper) => !counted(paper)));
  }, [papers]);
  // The same list, row for row, until the papers, the agenda or the measures change: the rows are drawn in slices,
  // and a new list at each slice would draw every row again each time.
  return useMemo(
    () =>
      !papers || papers.some((paper) => !counted(paper) && !measureOf(paper))
        ? undefined
        : pageCountsInAgendaOrder(papers, items),
    // `arrived` stands for the measures, which live outside React.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [papers, items, arrived],
  );
}

function pageCountsInAgendaOrder(papers: AttachedDocument[], items: NumberedAgendaItem[]): PaperPageCount[] {
  const order = new Map(items.map((entry, index) => [entry.item.id, index]));
  const number = new Map(items.map((entry) => [entry.item.id, entry.number]));
  const counts = papers.flatMap((paper): (PaperPageCount & { at: number })[] => {
    const count = countOf(paper);
    if (!count) return [];
    const itemNumber = number.get(paper.agendaItemId) ?? '';
    const at = (order.get(paper.agendaItemId) ?? 0) * 1000 + paper.order;
    return [{ id: paper.id, name: paper.name, itemNumber, at, ...count }];
  });
  return counts.sort((a, b) => a.at - b.at).map(({ at: _at, ...count }) => count);
}

/** A damaged file has no count; the pack itself says what is wrong with it when built. */
function countOf(paper: AttachedDocument): Pick<PaperPageCount, 'pages' | 'source'> | undefined {
  if (counted(paper)) return { pages: paper.pageCount ?? 0, source: 'record' };
  const measure = measureOf(paper);
  return measure?.pages && measure.source ? { pages: measure.pages, source: measure.source } : undefined;
}
