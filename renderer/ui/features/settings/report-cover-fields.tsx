import { Field, Text, Textarea, tokens } from '@fluentui/react-components';
import type { OrganisationSettings } from '../../../domain/model';
import {
  defaultReportCoverSections,
  reportCoverPlaces,
  type ReportCoverPlace,
} from '../../../domain/report-cover';

type Props = {
  draft: OrganisationSettings;
  change: (changes: Partial<OrganisationSettings>) => void;
  problem?: string;
};

const places = Object.keys(reportCoverPlaces) as ReportCoverPlace[];

/**
 * The council's own report cover, one heading a line in each list. A list left blank is Chamber's (seed 000's),
 * so the cover is never without its implications or clearances by accident.
 */
export function ReportCoverFields({ draft, change, problem }: Props) {
  const stored = draft.reportCover ?? {};
  const set = (place: ReportCoverPlace, typed: string) =>
    change({ reportCover: { ...stored, [place]: typed.split('\n') } });
  return (
    <fieldset aria-label="Report cover">
      <legend>Report cover</legend>
      {problem ? (
        <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {problem}
        </Text>
      ) : null}
      {places.map((place) => {
        const fallback = defaultReportCoverSections[place];
        return (
          <Field
            key={place}
            label={reportCoverPlaces[place]}
            hint={`One heading a line. Blank: ${fallback.length ? fallback.join(', ') : 'none'}.`}
          >
            <Textarea
              resize="vertical"
              value={(stored[place] ?? []).join('\n')}
              placeholder={fallback.join('\n')}
              onChange={(_, data) => set(place, data.value)}
            />
          </Field>
        );
      })}
    </fieldset>
  );
}
