import { Button, Field, Input, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { committeeProblems, createCommittee } from '../../../db/repositories/committees';
import { saveCheckedOrganisationSettings, settingsProblems } from '../../../db/repositories/settings';
import {
  bankHolidayRegions,
  committeeTypes,
  type BankHolidayRegion,
  type CommitteeType,
} from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { focusWhenDrawn } from '../../common/focus-next';
import { Page } from '../../common/page';
import { useAction } from '../../common/use-action';
import { useFirstScreenShown } from '../../shell/first-screen';
import { skipFirstRun } from './first-run-state';
import { labelOptions } from '../../common/label-options';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  part: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type Draft = {
  organisation: string;
  address: string;
  contactEmail: string;
  bankHolidayRegion: BankHolidayRegion;
  committee: string;
  committeeType: CommitteeType;
};

const blank: Draft = {
  organisation: '',
  address: '',
  contactEmail: '',
  bankHolidayRegion: 'englandAndWales',
  committee: '',
  committeeType: 'committee',
};

/** Settings, then the committee: the settings alone are whole if the committee cannot be made. */
async function setUp(draft: Draft): Promise<string> {
  await saveCheckedOrganisationSettings({
    name: draft.organisation.trim(),
    address: draft.address.trim(),
    contactEmail: draft.contactEmail.trim(),
    bankHolidayRegion: draft.bankHolidayRegion,
  });
  const committee = await createCommittee({ name: draft.committee.trim(), type: draft.committeeType });
  return committee.id;
}

/**
 * The first screen of a fresh install: the organisation's name (printed on every paper) and its first committee,
 * then straight to that committee to add members and meetings. Everything here can be changed later in
 * Settings and on the committee's page; "Skip for now" goes to the empty Committees screen.
 */
export function FirstRunPage() {
  const styles = useStyles();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(blank);
  const [problems, setProblems] = useState<Partial<Record<keyof Draft, string>>>({});
  const [save, { busy, error }] = useAction(setUp);
  useFirstScreenShown(true);
  // The keyboard starts in the first field: a fresh install is typed into, not clicked about.
  useEffect(() => focusWhenDrawn('form[aria-label="Set up Chamber"]'), []);
  const change = (changes: Partial<Draft>) => {
    setDraft({ ...draft, ...changes });
    // A field's message goes once the clerk types in it again; the next press of the button checks afresh.
    setProblems((shown) =>
      Object.fromEntries(Object.entries(shown).filter(([field]) => !(field in changes))),
    );
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const settings = settingsProblems({ name: draft.organisation, contactEmail: draft.contactEmail });
    const committee = committeeProblems({ name: draft.committee });
    const found = {
      organisation: settings.name,
      contactEmail: settings.contactEmail,
      committee: committee.name,
    };
    setProblems(found);
    if (Object.values(found).some(Boolean)) return;
    const committeeId = await save(draft);
    if (committeeId) void navigate(`/committees/${committeeId}`, { replace: true });
  };
  const skip = () => {
    skipFirstRun();
    void navigate('/', { replace: true });
  };
  return (
    <Page title="Welcome to Chamber">
      <Text>
        Two things to start: the organisation whose papers you prepare, and your first committee. You can
        change both later, in Settings and on the committee’s page.
      </Text>
      <form
        className={styles.form}
        aria-label="Set up Chamber"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <ErrorMessage error={error} title="Chamber was not set up" />
        <section className={styles.part} aria-label="Your organisation">
          <h2>Your organisation</h2>
          <Field
            label="Organisation name"
            required
            hint="As it appears on its papers, for example Harrow Council."
            validationMessage={problems.organisation}
          >
            <Input value={draft.organisation} onChange={(_, data) => change({ organisation: data.value })} />
          </Field>
          <Field label="Address">
            <Textarea value={draft.address} onChange={(_, data) => change({ address: data.value })} />
          </Field>
          <Field label="Democratic services email" validationMessage={problems.contactEmail}>
            <Input
              type="email"
              value={draft.contactEmail}
              onChange={(_, data) => change({ contactEmail: data.value })}
            />
          </Field>
          <Field label="Bank holidays" hint="Deadlines count working days by these.">
            <Select
              value={draft.bankHolidayRegion}
              onChange={(_, data) => change({ bankHolidayRegion: data.value as BankHolidayRegion })}
            >
              {labelOptions(bankHolidayRegions)}
            </Select>
          </Field>
        </section>
        <section className={styles.part} aria-label="Your first committee">
          <h2>Your first committee</h2>
          <Field label="Committee name" required validationMessage={problems.committee}>
            <Input value={draft.committee} onChange={(_, data) => change({ committee: data.value })} />
          </Field>
          <Field label="Type">
            <Select
              value={draft.committeeType}
              onChange={(_, data) => change({ committeeType: data.value as CommitteeType })}
            >
              {labelOptions(committeeTypes)}
            </Select>
          </Field>
        </section>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={busy}>
            Set up and open the committee
          </Button>
          <Button onClick={skip}>Skip for now</Button>
        </div>
      </form>
    </Page>
  );
}
