import { Badge, Button, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useDeferredValue, useState } from 'react';
import { setPrintedPageCount } from '../../../db/repositories/documents';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useRowsInSlices } from '../../common/use-rows-in-slices';
import type { PaperPageCount } from './use-page-counts';
import { usePageCounts } from './use-page-counts';
import type { PapersSummary } from './use-papers-summary';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(12rem, 1fr) 6rem auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  wide: { gridColumn: '1 / -1' },
});

const sourceText: Record<PaperPageCount['source'], string> = {
  record: 'Counted when attached, or entered here.',
  saved: 'As Word or LibreOffice saved it in the file.',
  estimated: 'Estimated by Chamber: the file does not say. Check it in the printed pack.',
};

/** One paper's row; drawn again only when its paper's count changes, not as later slices of rows arrive. */
const PageCountRow = memo(function PageCountRow({ paper }: { paper: PaperPageCount }) {
  const styles = useStyles();
  const [typed, setTyped] = useState(String(paper.pages));
  const [save, saving] = useAction(setPrintedPageCount);
  const label = `Printed pages of “${paper.name}” (item ${paper.itemNumber})`;
  return (
    <div className={styles.row} role="group" aria-label={label}>
      <div>
        <Text weight="semibold">
          {paper.itemNumber}. {paper.name}
        </Text>{' '}
        {paper.source === 'estimated' ? <Badge color="warning">Estimated</Badge> : null}
        <br />
        <Text size={200}>{sourceText[paper.source]}</Text>
      </div>
      <Input
        type="number"
        min={1}
        aria-label={label}
        value={typed}
        onChange={(_, data) => setTyped(data.value)}
      />
      <Button
        disabled={saving.busy || typed === String(paper.pages)}
        onClick={() => void save(paper.id, Number(typed))}
      >
        Save count
      </Button>
      {saving.error ? (
        <div className={styles.wide}>
          <ErrorMessage error={saving.error} title="The page count was not saved" />
        </div>
      ) : null}
    </div>
  );
});

/** Rows drawn in one go: a slice costs the page's thread about a tenth of a hundred rows at once. */
const rowsPerSlice = 10;

/**
 * Where the blank-page notices fall depends on each paper's page count. A .docx that does not record its count
 * (one made by a program rather than Word) is estimated; here the clerk sees each Word paper's count and
 * corrects it from the printed pack, and the next pack uses the corrected number.
 */
export function PageCounts({ summary }: { summary: PapersSummary }) {
  // The rows are drawn as a background render that gives way to the clerk: a meeting of 160 items may list 100
  // papers, each row with its own field and button, and drawn at once they held the page for a long task as the tab
  // opened (up to 274 ms on a loaded 2-core machine). React draws a deferred value in slices between frames.
  // Then they are drawn a slice at a time, a frame between slices: the commit of a hundred rows at once, and their
  // styles and layout, was still one task of 60-100 ms, which a pack pressed as the tab opened ran beside.
  const papers = useDeferredValue(usePageCounts(summary.meeting.id, summary.items), undefined);
  const shown = useRowsInSlices(papers?.length ?? 0, rowsPerSlice);
  if (!papers || papers.length === 0) return null;
  return (
    <section aria-label="Printed page counts">
      <h3>Printed page counts</h3>
      <Text size={200} as="p">
        The pack starts every paper on a right-hand page using these counts. If a paper prints a different
        number of pages, enter the real number and save the pack again.
      </Text>
      {papers.slice(0, shown).map((paper) => (
        <PageCountRow key={`${paper.id}-${paper.pages}`} paper={paper} />
      ))}
    </section>
  );
}
