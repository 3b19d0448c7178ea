import { Button, Text } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../../db/database';
import { recordEvent } from '../../../db/repositories/events';
import { setHeardInPublic } from '../../../db/repositories/proceedings';
import { clockTimeOf } from '../../../domain/en-gb';
import { inOrderOfHappening } from '../../../domain/meeting-events';
import type { AgendaItem } from '../../../domain/model';
import { heardInPublic } from '../../../domain/public-session';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { useLiveStyles } from './live-styles';
import type { MeetingFrame, MinuteStub } from './use-live-meeting';
import { useMinuteFacts } from './use-minute-facts';
import { useSignedCorrection } from '../minutes-approval/signed-correction';

/**
 * A Part B item minuted while the press and public are still in the room (no exclusion since they were last
 * admitted) asks the clerk which is true: the item is being heard in public after all (its minute goes in the
 * public minutes, its papers stay exempt), or the public have left and the exclusion is recorded now.
 */
export function PublicSessionQuestion({
  frame,
  minute,
  item,
}: {
  frame: MeetingFrame;
  minute: MinuteStub;
  item: AgendaItem;
}) {
  const live = useLiveStyles();
  const correction = useSignedCorrection();
  const [answer, answering] = useAction(async (inPublic: boolean) => {
    await setHeardInPublic(minute.id, inPublic, correction);
    if (!inPublic)
      await recordEvent(
        frame.meeting.id,
        {
          kind: 'publicExcluded',
          at: clockTimeOf(new Date()),
          exemptParagraph: item.exemptParagraph ?? 1,
          agendaItemId: item.id,
        },
        correction,
      );
  });
  // The minute's facts from the live screen's one shared read: typing in the minute redraws nothing here.
  const stored = useMinuteFacts(minute.id);
  const meeting = useLiveQuery(async () => {
    const [events, motions] = await Promise.all([
      db.meetingEvents.where('meetingId').equals(frame.meeting.id).toArray(),
      db.motions.where('meetingId').equals(frame.meeting.id).toArray(),
    ]);
    return { events, motions };
  }, [frame.meeting.id]);
  const state = useMemo(() => {
    if (!meeting || stored === undefined) return undefined;
    const last = inOrderOfHappening(
      meeting.events.filter((event) => event.kind === 'publicExcluded' || event.kind === 'publicReadmitted'),
    ).at(-1);
    return {
      answered: stored?.heardInPublic,
      publicInRoom: last?.kind !== 'publicExcluded',
      inPublic: heardInPublic(stored ?? undefined, item, meeting.motions),
    };
  }, [meeting, stored, item]);
  if (!state) return null;
  if (state.answered === undefined && !state.inPublic && !state.publicInRoom) return null;
  return (
    <section className={live.section} aria-label="Press and public">
      {state.inPublic ? (
        <Text>
          This Part B item is being heard in public: its minute goes in the public minutes; its papers stay
          exempt.
        </Text>
      ) : state.answered === false ? (
        <Text>The press and public were excluded for this item.</Text>
      ) : (
        <>
          <Text weight="semibold">
            The press and public have not been excluded, but this is a Part B item. Which is true?
          </Text>
          <div className={live.row}>
            <Button onClick={() => void answer(true)} disabled={answering.busy}>
              It is being heard in public
            </Button>
            <Button onClick={() => void answer(false)} disabled={answering.busy}>
              They have left: record the exclusion now
            </Button>
          </div>
          <p className={live.hint}>Or move the exclusion of the press and public below and take its vote.</p>
        </>
      )}
      <ErrorMessage error={answering.error} title="Not recorded" />
    </section>
  );
}
