import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/database';
import { recordDeclaration, removeDeclaration } from '../../../db/repositories/declarations';
import { loadOrganisationSettings } from '../../../db/repositories/settings';
import { suggestDeclarations } from '../../../domain/interest-suggestions';
import {
  declarationConduct,
  declarationKinds,
  type AgendaItem,
  type Attendance,
  type DeclarationConduct,
  type DeclarationKind,
} from '../../../domain/model';
import { isInTheRoom } from '../../../domain/quorum';
import { ErrorMessage } from '../../common/error-message';
import { PersonPicker } from '../../common/person-picker';
import { useAction } from '../../common/use-action';
import { useStoredDraft } from '../../common/use-stored-draft';
import { focusWhenDrawn } from '../../common/focus-next';
import { useLiveStyles } from './live-styles';
import { VotingBarForm } from './voting-bar-form';
import { nameIn, type MeetingFrame } from './use-live-meeting';
import { useSignedCorrection } from '../minutes-approval/signed-correction';

type Draft = {
  personId: string;
  kind: DeclarationKind;
  nature: string;
  conduct: DeclarationConduct;
  itemId: string;
};
const blank: Draft = { personId: '', kind: 'dpi', nature: '', conduct: 'leftRoom', itemId: '' };

/**
 * Declarations of interest on this item, with suggestions from the register where the item's title or wards
 * match a member's registered interest. A DPI without a dispensation keeps the member out of the vote. Beside
 * them, and apart from them, a member the law bars from voting on an item (not an interest).
 */
export function DeclarationsSection({
  frame,
  item,
  attendance,
}: {
  frame: MeetingFrame;
  item: AgendaItem;
  attendance: Attendance[];
}) {
  const live = useLiveStyles();
  const [draft, setDraft, clearDraft] = useStoredDraft(`live/declaration/${item.id}`, blank);
  const [record, recording] = useAction(recordDeclaration);
  const correction = useSignedCorrection();
  const data = useLiveQuery(async () => {
    const declarations = await db.declarations.where('meetingId').equals(frame.meeting.id).toArray();
    const members = attendance.filter((line) => line.kind === 'member' && line.personId);
    const interests = await db.interests
      .where('personId')
      .anyOf(members.map((line) => line.personId ?? ''))
      .toArray();
    const organisation = await loadOrganisationSettings();
    return { declarations, interests, organisationName: organisation.name };
  }, [frame.meeting.id, attendance]);
  const members = attendance.filter(
    (line) =>
      line.kind === 'member' && line.personId && isInTheRoom(line, frame.committee.allowsRemoteAttendance),
  );
  const absentMembers = attendance.filter(
    (line) => line.kind === 'member' && line.personId && !members.includes(line),
  );
  const inTheRoom = new Set(members.map((line) => line.personId ?? ''));
  const declaringPeople = [...members, ...absentMembers].flatMap((line) =>
    line.personId ? (frame.people.get(line.personId) ?? []) : [],
  );
  if (!data) return null;
  // Under the "Declarations of Interest" item the clerk records interests in any item, and sees them all.
  const gathering = item.standingKind === 'declarations';
  const here = data.declarations.filter((declaration) => gathering || declaration.agendaItemId === item.id);
  const titleOf = (itemId: string) => frame.agenda.find((entry) => entry.item.id === itemId);
  const suggestions = suggestDeclarations({
    item,
    interests: data.interests,
    memberIds: members.map((line) => line.personId ?? ''),
    declarations: data.declarations,
    on: frame.meeting.date,
    namesOnEveryPaper: [data.organisationName, frame.committee.name],
  });
  const add = async (fields: Draft) => {
    const { itemId, ...declaration } = fields;
    if (await record(frame.meeting.id, { ...declaration, agendaItemId: itemId || item.id }, correction)) {
      clearDraft();
      focusWhenDrawn('[data-live-focus="declarations"]');
    }
  };
  return (
    <section className={live.section} aria-label="Declarations of interest">
      <h3 className={live.sectionTitle}>
        Declarations of interest <span className={live.key}>Alt+D</span>
      </h3>
      {here.length === 0 ? <p className={live.hint}>None declared on this item.</p> : null}
      <ul className={live.list}>
        {here.map((declaration) => (
          <li key={declaration.id}>
            {gathering ? `Item ${titleOf(declaration.agendaItemId)?.number ?? '?'}: ` : ''}
            {nameIn(frame.people, declaration.personId)}: {declarationKinds[declaration.kind].toLowerCase()}
            {declaration.nature ? ` (${declaration.nature})` : ''};{' '}
            {declarationConduct[declaration.conduct].toLowerCase()}.{' '}
            <Button
              size="small"
              appearance="subtle"
              onClick={() => void removeDeclaration(declaration.id, correction)}
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
      {suggestions.length > 0 ? (
        <div role="group" aria-label="Suggested from the register of interests">
          <strong>From the register of interests:</strong>
          <ul className={live.list}>
            {suggestions.map((suggestion) => (
              <li key={suggestion.interestId}>
                {nameIn(frame.people, suggestion.personId)}: {suggestion.nature} (matches{' '}
                {suggestion.matchedOn.join(', ')}){' '}
                <Button
                  size="small"
                  onClick={() =>
                    void add({
                      personId: suggestion.personId,
                      kind: suggestion.kind,
                      nature: suggestion.nature,
                      conduct: suggestion.kind === 'dpi' ? 'leftRoom' : 'remained',
                      itemId: item.id,
                    })
                  }
                >
                  Record this declaration
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ErrorMessage error={recording.error} title="The declaration was not recorded" />
      <form
        className={live.row}
        aria-label="Record a declaration"
        onSubmit={(event) => {
          event.preventDefault();
          void add(draft);
        }}
      >
        <PersonPicker
          label="Member"
          liveFocus="declarations"
          people={declaringPeople}
          // A member who is not here may have declared in advance (by letter or email): that is minuted too.
          first={{
            label: 'In the room',
            ids: inTheRoom,
            restLabel: 'Not in the room (declared in advance)',
          }}
          personId={draft.personId}
          onChange={(personId) => setDraft({ ...draft, personId })}
          moveOnWhenPicked
        />
        <Field label="On item">
          <Select
            value={draft.itemId || item.id}
            onChange={(_, d) => setDraft({ ...draft, itemId: d.value })}
          >
            {frame.agenda.map((entry) => (
              <option key={entry.item.id} value={entry.item.id}>
                {entry.number}. {entry.item.title}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Kind">
          <Select
            value={draft.kind}
            onChange={(_, d) => setDraft({ ...draft, kind: d.value as DeclarationKind })}
          >
            {Object.entries(declarationKinds).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Nature of the interest">
          <Input value={draft.nature} onChange={(_, d) => setDraft({ ...draft, nature: d.value })} />
        </Field>
        <Field label="What they did">
          <Select
            value={draft.conduct}
            onChange={(_, d) => setDraft({ ...draft, conduct: d.value as DeclarationConduct })}
          >
            {Object.entries(declarationConduct).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={recording.busy}>
          Record declaration
        </Button>
      </form>
      <VotingBarForm frame={frame} item={item} attendance={attendance} gathering={gathering} />
    </section>
  );
}
