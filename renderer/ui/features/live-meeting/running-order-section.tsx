import { Button } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../../db/database';
import { removeProceeding } from '../../../db/repositories/proceedings';
import type { Attendance } from '../../../domain/model';
import { proceedingLinesByStep, type WordingContext } from '../../../domain/proceeding-wording';
import { runningOrder } from '../../../domain/running-order';
import { useLiveStyles } from './live-styles';
import { RunningOrderForm } from './running-order-form';
import { ProceedingLines } from './proceeding-lines';
import { useChairAtVote } from './chair-now';
import { nameIn, type MeetingFrame, type MinuteStub } from './use-live-meeting';
import { useMinuteFacts } from './use-minute-facts';
import { useSignedCorrection } from '../minutes-approval/signed-correction';

/**
 * The minute's running order, each step in the words the minutes will print (domain/proceeding-wording.ts),
 * and the form for the next step. A step recorded in error is removed here; a motion with its own Remove.
 */
export function RunningOrderSection({
  frame,
  minute,
  attendance,
}: {
  frame: MeetingFrame;
  minute: MinuteStub;
  attendance: Attendance[];
}) {
  const live = useLiveStyles();
  const correction = useSignedCorrection();
  // The minute's facts come from the live screen's one shared read: typing in the minute redraws nothing here.
  const stored = useMinuteFacts(minute.id);
  const motions = useLiveQuery(() => db.motions.where('minuteId').equals(minute.id).toArray(), [minute.id]);
  const data = useMemo(
    () => (stored && motions ? { order: runningOrder(stored, motions), motions } : undefined),
    [stored, motions],
  );
  // The house's wording of motions and recorded votes, so the screen reads as the minutes will print.
  const style = frame.style;
  const chair = useChairAtVote(frame, minute, attendance);
  if (!data) return null;
  const numbers = new Map(frame.agenda.map((entry) => [entry.item.id, entry.number]));
  const context: WordingContext = {
    motions: data.motions,
    nameOf: (personId) => nameIn(frame.people, personId),
    itemNumberOf: (itemId) => numbers.get(itemId) ?? '',
    style,
    // After a change of chair the minutes name who gave a casting vote: so does the screen.
    ...(chair?.changed ? { castingVoterOf: chair.presidingAt } : {}),
  };
  const steps = proceedingLinesByStep(data.order, context);
  return (
    <section className={live.section} aria-label="Running order">
      <h3 className={live.sectionTitle}>
        As it happened <span className={live.key}>Alt+G</span>
      </h3>
      <p className={live.hint}>
        What follows the minute’s text, in the order it happened, as the minutes will print it.
      </p>
      {steps.length === 0 ? <p className={live.hint}>Nothing recorded yet.</p> : null}
      <ol aria-label="As it will print" style={{ paddingLeft: '1.5rem' }}>
        {steps.map(({ step, lines }) => (
          <li key={step.id}>
            <ProceedingLines lines={lines} />
            {lines.length === 0 ? <div className={live.hint}>(the vote is still to be recorded)</div> : null}
            {'motionId' in step && step.kind !== 'withdrawn' ? null : (
              <Button
                size="small"
                appearance="subtle"
                aria-label={`Remove: ${lines[0]?.text.slice(0, 60) ?? step.kind}`}
                onClick={() => void removeProceeding(minute.id, step.id, correction)}
              >
                Remove
              </Button>
            )}
          </li>
        ))}
      </ol>
      <RunningOrderForm frame={frame} minute={minute} attendance={attendance} order={data.order} />
    </section>
  );
}
