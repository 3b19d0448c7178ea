import type {
  Action,
  ActionStatus,
  AgendaItem,
  Attendance,
  Declaration,
  Meeting,
  Minute,
  Motion,
  Person,
  Resolution,
} from '../model';
import { declarationConduct, declarationKinds } from '../model';
import { formatLongDate } from '../en-gb';
import { printedName } from '../person-name';
import { richTextFromPlain } from '../rich-text';
import type { ArchiveBatch } from './batch';
import type { YearPlan } from './committee-year';
import type { ReportItem } from './agenda';
import { landmarks } from './landmarks';
import { addDays } from './meeting-dates';
import { sittingOn } from './people';
import { actionText, discussion } from './prose';
import { declarationNatures, outcomeTexts } from './vocabulary';
import { rollCall } from './roll-call';

export type HeldMeeting = { meeting: Meeting; items: AgendaItem[]; reports: ReportItem[]; plant: boolean };

type Record_ = Pick<
  ArchiveBatch,
  'attendance' | 'minutes' | 'resolutions' | 'motions' | 'declarations' | 'actions'
>;

/** What the clerk recorded at a held meeting: attendance, a minute per item, resolutions, votes, actions. */
export function heldMeetingRecords(plan: YearPlan, held: HeldMeeting): Record_ {
  const { random, history } = plan;
  const { meeting } = held;
  const sitting = sittingOn(history.memberships, meeting.date);
  const attendance: Attendance[] = rollCall(plan, meeting, sitting);
  const present = attendance.filter((line) => line.kind === 'member' && line.status === 'present');
  const apologies = attendance.filter((line) => line.status === 'apologies');
  const out: Record_ = {
    attendance,
    minutes: [],
    resolutions: [],
    motions: [],
    declarations: [],
    actions: [],
  };
  const declaring = random.chance(0.4) ? random.pick(present) : undefined;
  const declaredOn = declaring ? random.pick(held.reports) : undefined;
  if (declaring?.personId && declaredOn) {
    const declaration: Declaration = {
      id: random.id(),
      meetingId: meeting.id,
      agendaItemId: declaredOn.item.id,
      personId: declaring.personId,
      kind: random.pick(Object.keys(declarationKinds) as (keyof typeof declarationKinds)[]),
      nature: random.pick(declarationNatures),
      conduct: random.pick(Object.keys(declarationConduct) as (keyof typeof declarationConduct)[]),
    };
    out.declarations.push(declaration);
  }
  held.items.forEach((item, takenOrder) => {
    const number = String(history.nextMinuteNumber++);
    const report = held.reports.find((entry) => entry.item.id === item.id);
    const paragraphs = report
      ? discussion(random, report.blanks)
      : standingMinute(item, apologies, declaring, held.meeting, history.previousMeeting);
    if (report && held.plant && held.reports[0] === report) paragraphs.push(landmarks.minuteSentence);
    const minute: Minute = {
      id: random.id(),
      meetingId: meeting.id,
      agendaItemId: item.id,
      takenOrder: takenOrder + 1,
      number,
      text: richTextFromPlain(paragraphs.join('\n')),
      conclusions: [],
    };
    out.minutes.push(minute);
    if (report || item.standingKind === 'previousMinutes') {
      out.resolutions.push(resolutionFor(plan, minute, report, history.previousMeeting));
    }
    if (report && random.chance(0.15) && present.length >= 2)
      out.motions.push(motionFor(plan, minute, present));
  });
  const actionCount = random.int(2, 5);
  for (let order = 0; order < actionCount; order += 1) {
    const report = random.pick(held.reports);
    const minute = out.minutes.find((entry) => entry.agendaItemId === report.item.id);
    out.actions.push(actionFor(plan, meeting, report, minute, order));
  }
  return out;
}

function standingMinute(
  item: AgendaItem,
  apologies: Attendance[],
  declaring: Attendance | undefined,
  meeting: Meeting,
  previous: Meeting | undefined,
): string[] {
  switch (item.standingKind) {
    case 'apologies':
      return [
        apologies.length
          ? `Apologies for absence were received from ${apologies.map((line) => line.name).join(', ')}.`
          : 'There were no apologies for absence.',
      ];
    case 'declarations':
      return [declaring ? `${declaring.name} declared an interest, recorded below.` : 'There were none.'];
    case 'previousMinutes':
      return previous
        ? [`The minutes of the meeting held on ${formatLongDate(previous.date)} were considered.`]
        : ['There were no previous minutes to consider.'];
    case 'actionList':
      return ['The Committee noted progress on the action list from the previous meeting.'];
    case 'nextMeeting':
      return [
        `The next meeting would be held after ${formatLongDate(meeting.date)}, on a date to be confirmed.`,
      ];
    default:
      return ['There was none.'];
  }
}

function resolutionFor(
  plan: YearPlan,
  minute: Minute,
  report: ReportItem | undefined,
  previous: Meeting | undefined,
): Resolution {
  const text = report
    ? plan.random.pick([
        'That the report be noted.',
        `That the approach to ${report.subject[2]} set out in the report be agreed.`,
        `That the ${report.officer.position} report back on ${report.subject[2]} in six months.`,
      ])
    : `That the minutes of the meeting held on ${previous ? formatLongDate(previous.date) : 'the last occasion'} be agreed as a correct record.`;
  return {
    id: plan.random.id(),
    minuteId: minute.id,
    meetingId: minute.meetingId,
    verb: report && plan.random.chance(0.2) ? 'agreed' : 'resolved',
    recommendedTo: '',
    text,
    clauses: [],
    order: 0,
  };
}

function motionFor(plan: YearPlan, minute: Minute, present: Attendance[]): Motion {
  const { random } = plan;
  const [mover, seconder] = random.sample(present, 2);
  const recorded = random.chance(0.2);
  const choices = present.map((line) => ({
    personId: line.personId ?? '',
    choice: random.pick(['for', 'for', 'for', 'against', 'abstain'] as const),
  }));
  const forCount = choices.filter((entry) => entry.choice === 'for').length;
  const against = choices.filter((entry) => entry.choice === 'against').length;
  return {
    id: random.id(),
    meetingId: minute.meetingId,
    minuteId: minute.id,
    text: 'That the recommendations in the report be agreed.',
    ...(mover?.personId ? { moverId: mover.personId } : {}),
    ...(seconder?.personId ? { seconderId: seconder.personId } : {}),
    vote: recorded
      ? { kind: 'recorded', choices }
      : { kind: 'counts', for: forCount, against, abstentions: choices.length - forCount - against },
    result: forCount > against ? 'carried' : 'lost',
    order: 0,
  };
}

/** Old actions are mostly closed; recent ones open; a few old ones linger, overdue, as in any real log. */
function actionStatus(plan: YearPlan, due: string): ActionStatus {
  const { random, today } = plan;
  const roll = random.next();
  if (due < addDays(today, -60))
    return roll < 0.88 ? 'done' : roll < 0.96 ? 'dropped' : roll < 0.98 ? 'inProgress' : 'open';
  if (due < today) return roll < 0.3 ? 'done' : roll < 0.6 ? 'inProgress' : 'open';
  return roll < 0.7 ? 'open' : 'inProgress';
}

function actionFor(
  plan: YearPlan,
  meeting: Meeting,
  report: ReportItem,
  minute: Minute | undefined,
  order: number,
): Action {
  const { random, today } = plan;
  const due = addDays(meeting.date, random.int(4, 8) * 7);
  const status = actionStatus(plan, due);
  const reviewedOn = addDays(meeting.date, 35);
  const owner: Person | undefined = random.chance(0.9) ? report.officer : undefined;
  return {
    id: random.id(),
    committeeId: meeting.committeeId,
    meetingId: meeting.id,
    ...(minute ? { minuteId: minute.id } : {}),
    text: actionText(random, report.blanks),
    ...(owner ? { ownerPersonId: owner.id, ownerText: printedName(owner) } : { ownerText: 'All Members' }),
    due,
    status,
    updates:
      status !== 'open' && reviewedOn <= today
        ? [
            {
              on: reviewedOn,
              text:
                status === 'inProgress' ? 'Work under way; update to follow.' : 'Reported to the meeting.',
            },
          ]
        : [],
    outcome:
      status === 'done' ? random.pick(outcomeTexts) : status === 'dropped' ? 'No longer required.' : '',
    order,
  };
}
