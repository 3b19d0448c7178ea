import { Checkbox, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { loadOrganisationSettings } from '../../../db/repositories/settings';
import {
  coverAnswerOf,
  notRequiredWording,
  reportCoverSectionsOf,
  type CoverAnswer,
} from '../../../domain/report-cover';

const useStyles = makeStyles({
  answers: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
});

/**
 * The report author's answer to each heading of the council's report cover (Settings > Report cover): its rows,
 * the implications of Section 2 and the clearances of Section 3, each with "Not required for this report".
 * Folded away until opened: most items are not reports.
 */
export function CoverAnswerFields({
  answers,
  onChange,
}: {
  answers: CoverAnswer[] | undefined;
  onChange: (answers: CoverAnswer[]) => void;
}) {
  const styles = useStyles();
  const organisation = useLiveQuery(loadOrganisationSettings, []);
  if (!organisation) return null;
  const sections = reportCoverSectionsOf(organisation.reportCover);
  const headings = [...new Set([...sections.rows, ...sections.implications, ...sections.clearances])];
  const set = (heading: string, changes: Partial<CoverAnswer>) => {
    const before = coverAnswerOf(answers, heading) ?? { heading, text: '' };
    const others = (answers ?? []).filter((answer) => answer !== coverAnswerOf(answers, heading));
    onChange([...others, { ...before, ...changes }]);
  };
  return (
    <details>
      <summary className={styles.summary}>Report cover: the author’s answers</summary>
      <div className={styles.answers}>
        {headings.map((heading) => {
          const answer = coverAnswerOf(answers, heading);
          return (
            <fieldset key={heading} aria-label={`Report cover: ${heading}`}>
              <Field label={heading}>
                <Textarea
                  resize="vertical"
                  disabled={answer?.notRequired}
                  value={answer?.text ?? ''}
                  onChange={(_, data) => set(heading, { text: data.value })}
                />
              </Field>
              <Checkbox
                label={`${notRequiredWording} (${heading})`}
                checked={answer?.notRequired ?? false}
                onChange={(_, data) => set(heading, { notRequired: Boolean(data.checked) })}
              />
            </fieldset>
          );
        })}
      </div>
    </details>
  );
}
