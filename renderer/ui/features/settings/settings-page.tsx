import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type FormEvent } from 'react';
import {
  loadOrganisationSettings,
  saveCheckedOrganisationSettings,
  settingsProblems,
} from '../../../db/repositories/settings';
import { bankHolidayRegions, type BankHolidayRegion, type OrganisationSettings } from '../../../domain/model';
import { bridge } from '../../../platform/bridge';
import { DraftNote } from '../../common/draft-note';
import { ErrorMessage } from '../../common/error-message';
import { Loading } from '../../common/loading';
import { Page } from '../../common/page';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { BankHolidaysPanel } from './bank-holidays-panel';
import { DeclarationFormFields } from './declaration-form-fields';
import { HouseStyleFields } from './house-style-fields';
import { ReportCoverFields } from './report-cover-fields';
import { ExemptWordingFields } from './exempt-wording-fields';
import { WebsiteColoursFields } from './website-colours-fields';
import { labelOptions } from '../../common/label-options';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
});

type CountField = 'reportDeadlineWorkingDays' | 'callInWorkingDays' | 'noticeClearDays';

const imageTypes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
};

export function SettingsPage() {
  const settings = useLiveQuery(() => loadOrganisationSettings(), []);
  if (!settings) return <Loading what="the settings" />;
  return (
    <Page title="Settings">
      <SettingsForm initial={settings} />
      <BankHolidaysPanel region={settings.bankHolidayRegion} />
    </Page>
  );
}

type Draft = { settings: OrganisationSettings; typed: Partial<Record<CountField, string>> };

/**
 * The organisation's details and the rules its constitution sets, saved together once they check out. What the
 * clerk types is kept as a draft until saved (a half-typed rule must not count deadlines meanwhile), so leaving
 * the screen or closing Chamber loses nothing.
 */
function SettingsForm({ initial }: { initial: OrganisationSettings }) {
  const styles = useStyles();
  const stored = useMemo<Draft>(() => ({ settings: initial, typed: {} }), [initial]);
  const [kept, keep, forget, , restored] = useStoredDraft('organisation-settings', stored);
  const draft = kept.settings;
  // What the clerk typed stays in the box, so a refused "seven" is still there to correct.
  const typed = kept.typed;
  const [problems, setProblems] = useState<ReturnType<typeof settingsProblems>>({});
  const [logoProblem, setLogoProblem] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [save, { busy, error }] = useAction(async (changes: Partial<OrganisationSettings>) => {
    await saveCheckedOrganisationSettings(changes);
    return true;
  });
  const change = (changes: Partial<OrganisationSettings>, typing: Draft['typed'] = {}) => {
    setSaved(false);
    keep({ settings: { ...draft, ...changes }, typed: { ...typed, ...typing } });
  };
  const days = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : Number.NaN);
  const text = (
    field: 'name' | 'contactName' | 'contactTitle' | 'contactPhone' | 'contactEmail' | 'defaultVenue',
    label: string,
  ) => (
    <Field label={label} validationMessage={problems[field]}>
      <Input value={draft[field]} onChange={(_, data) => change({ [field]: data.value })} />
    </Field>
  );
  const count = (field: CountField, label: string) => (
    <Field label={label} validationMessage={problems[field]}>
      <Input
        inputMode="numeric"
        value={typed[field] ?? String(draft[field])}
        onChange={(_, data) => change({ [field]: days(data.value) }, { [field]: data.value })}
      />
    </Field>
  );
  const pickLogo = async () => {
    const [file] = await bridge().openFiles({
      filters: [{ name: 'Images', extensions: Object.keys(imageTypes) }],
    });
    if (!file) return;
    const mediaType = imageTypes[file.name.split('.').pop()?.toLowerCase() ?? ''];
    if (!mediaType)
      return setLogoProblem(`“${file.name}” is not a PNG, JPEG or GIF picture: choose one of those.`);
    setLogoProblem(undefined);
    change({ logo: { name: file.name, bytes: file.bytes, mediaType } });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = settingsProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const { id: _id, ...changes } = draft;
    if (!(await save(changes))) return;
    forget({ settings: draft, typed });
    setSaved(true);
  };
  return (
    <form
      className={styles.form}
      aria-label="Organisation settings"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <ErrorMessage error={error} title="The settings were not saved" />
      <DraftNote
        restored={restored}
        onDiscard={() => forget()}
        what="Changes to these settings that were never saved are back. Save them, or discard them."
      />
      {text('name', 'Organisation name')}
      <Field label="Address">
        <Textarea value={draft.address} onChange={(_, data) => change({ address: data.value })} />
      </Field>
      <Field label="Logo" validationMessage={logoProblem}>
        <span>
          {draft.logo ? `${draft.logo.name} ` : 'No logo. '}
          <Button size="small" onClick={() => void pickLogo()}>
            Choose a logo picture
          </Button>
        </span>
      </Field>
      {text('contactName', 'Democratic services contact')}
      {text('contactTitle', 'Contact’s job title')}
      {text('contactPhone', 'Contact phone')}
      {text('contactEmail', 'Contact email')}
      {text('defaultVenue', 'Usual venue')}
      <Field label="Municipal year starts in">
        <Select
          value={String(draft.municipalYearStartMonth)}
          onChange={(_, data) => change({ municipalYearStartMonth: Number(data.value) as 4 | 5 })}
        >
          <option value="5">May</option>
          <option value="4">April</option>
        </Select>
      </Field>
      <Field label="Bank holidays of">
        <Select
          value={draft.bankHolidayRegion}
          onChange={(_, data) => change({ bankHolidayRegion: data.value as BankHolidayRegion })}
        >
          {labelOptions(bankHolidayRegions)}
        </Select>
      </Field>
      <Checkbox
        label="Saturdays count as clear days"
        checked={draft.saturdaysAreClearDays}
        onChange={(_, data) => change({ saturdaysAreClearDays: Boolean(data.checked) })}
      />
      {count('noticeClearDays', 'Clear days of notice before a meeting')}
      {count('reportDeadlineWorkingDays', 'Reports due (working days before publication)')}
      {count('callInWorkingDays', 'Call-in period (working days after the decision notice)')}
      <DeclarationFormFields draft={draft} change={change} />
      <HouseStyleFields style={draft.houseStyle} onChange={(houseStyle) => change({ houseStyle })} />
      <ReportCoverFields draft={draft} change={change} problem={problems.reportCover} />
      <WebsiteColoursFields draft={draft} change={change} problem={problems.websiteColours} />
      <ExemptWordingFields draft={draft} change={change} problems={problems} />
      <div>
        <Button appearance="primary" type="submit" disabled={busy}>
          Save settings
        </Button>{' '}
        {saved ? <span role="status">Settings saved.</span> : null}
      </div>
    </form>
  );
}
