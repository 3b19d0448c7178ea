import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { exemptWords, type PaperStatus } from '../../../domain/exempt-papers';
import { exemptStatusOfHit } from '../../../db/read/search-hit-exempt';
import { snippetOf, type SearchHit, type SnippetPart } from '../../../db/search';

const useStyles = makeStyles({
  result: { display: 'flex', flexDirection: 'column', minWidth: 0, width: '100%' },
  heading: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', minWidth: 0 },
  title: {
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  badge: { flexShrink: 0 },
  // Two lines of the words around the match: enough to tell results apart, and every row the same height.
  snippet: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: 'inherit', fontWeight: 600 },
});

/** Where a hit opens: the meeting, at the item the words belong to. */
export function hitLink(hit: SearchHit): string {
  return `/meetings/${hit.meetingId}?${hit.kind}=${hit.recordId}`;
}

/**
 * A result's own cell: its title, its Exempt mark, and the words around the match with the matched words marked.
 * The words and the mark are read when the row comes into view (the grid draws only the rows in view).
 */
export function SearchResult({ hit }: { hit: SearchHit }) {
  const styles = useStyles();
  const [snippet, setSnippet] = useState<SnippetPart[] | undefined>(undefined);
  const [status, setStatus] = useState<PaperStatus>();
  useEffect(() => {
    let live = true;
    // Without its words around the match (a read that failed) the result still shows what and where it is.
    void snippetOf(hit).then(
      (parts) => live && setSnippet(parts),
      () => live && setSnippet([]),
    );
    void exemptStatusOfHit(hit).then(
      (found) => live && setStatus(found),
      // Not known to be public is shown as exempt: the clerk checks before copying, never the other way round.
      () => live && setStatus({ exempt: true }),
    );
    return () => {
      live = false;
    };
  }, [hit]);
  const title = hit.title || 'Untitled';
  return (
    <div className={styles.result}>
      <div className={styles.heading}>
        <span className={styles.title} title={title}>
          {title}
        </span>
        {/* Said before the clerk copies the words anywhere public. */}
        {status?.exempt ? (
          <Badge appearance="filled" color="important" size="small" className={styles.badge}>
            {exemptWords(status.paragraph)}
          </Badge>
        ) : null}
      </div>
      <p className={styles.snippet}>
        {snippet?.map((part, index) =>
          part.match ? (
            <mark key={index} className={styles.mark}>
              {part.text}
            </mark>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
    </div>
  );
}
