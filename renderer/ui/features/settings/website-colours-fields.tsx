import { Field, Input } from '@fluentui/react-components';
import type { OrganisationSettings, WebsiteColours } from '../../../domain/model';
import { defaultColours } from '../../../documents/publishing/stylesheet';

type Props = {
  draft: OrganisationSettings;
  change: (changes: Partial<OrganisationSettings>) => void;
  problem?: string;
};

const labels: Record<keyof WebsiteColours, string> = {
  masthead: 'Website masthead colour',
  mastheadText: 'Website masthead text colour',
  accent: 'Website links and headings colour',
};

/**
 * The council's colours on the pages Chamber publishes, typed as #rrggbb (as a web team gives them); checked for
 * a readable contrast when saved. The web team can still set others in the folder's page template.
 */
export function WebsiteColoursFields({ draft, change, problem }: Props) {
  const colours = draft.websiteColours ?? defaultColours;
  return (
    <fieldset>
      <legend>Colours of the published website</legend>
      {(Object.keys(labels) as (keyof WebsiteColours)[]).map((part) => (
        <Field key={part} label={labels[part]}>
          <Input
            value={colours[part]}
            onChange={(_, data) => change({ websiteColours: { ...colours, [part]: data.value.trim() } })}
            contentAfter={
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  width: '1rem',
                  height: '1rem',
                  border: '1px solid #616161',
                  background: /^#[0-9a-f]{6}$/i.test(colours[part]) ? colours[part] : 'transparent',
                }}
              />
            }
          />
        </Field>
      ))}
      {problem ? (
        <p role="alert" style={{ color: '#b10e1c' }}>
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
