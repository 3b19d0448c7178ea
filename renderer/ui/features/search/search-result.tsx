import { Badge, makeStyles, tokens, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { formatLongDate } from '../../../domain/en-gb';
import { exemptWords, type PaperStatus } from '../../../domain/exempt-papers';
import { exemptStatusOfHit } from '../../../db/read/search-hit-exempt';
import { searchKinds, snippetOf, type SearchHit, type SnippetPart } from '../../../db/search';

const useStyles = makeStyles({
  hit: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  where: { color: tokens.colorNeutralForeground3 },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: 'inherit', fontWeight: 600 },
});

/** Where a hit opens: the meeting, at the item the words belong to. */
function hitLink(hit: SearchHit): string {
  return `/meetings/${hit.meetingId}?${hit.kind}=${hit.recordId}`;
}

/** One result: what it is, where and when, and the words around the match with the matched words marked. */
export function SearchResult({ hit, committeeName }: { hit: SearchHit; committeeName: string }) {
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
  return (
    <li className={styles.hit}>
      <div className={styles.heading}>
        <Badge appearance="tint">{searchKinds[hit.kind]}</Badge>
        <Link to={hitLink(hit)}>{hit.title || 'Untitled'}</Link>
        {/* Said before the clerk copies the words anywhere public. */}
        {status?.exempt ? (
          <Badge appearance="filled" color="important">
            {exemptWords(status.paragraph)}
          </Badge>
        ) : null}
      </div>
      <Text size={200} className={styles.where}>
        {committeeName} · {formatLongDate(hit.date)}
      </Text>
      <Text as="p">
        {snippet?.map((part, index) =>
          part.match ? (
            <mark key={index} className={styles.mark}>
              {part.text}
            </mark>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </Text>
    </li>
  );
}
