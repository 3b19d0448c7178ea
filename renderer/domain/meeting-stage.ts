import type { MeetingStatus } from './model';

/**
 * Where a meeting is in the clerk's work, and the one command that moves it on: the meeting screen shows that
 * command as its primary button, so a meeting only planned never offers "Save minutes" first.
 *
 * @example
 *   mainCommand({ status: 'planned', date: '2027-03-10', today: '2027-02-01', businessItems: 0 }); // 'buildAgenda'
 *   mainCommand({ status: 'agendaPublished', date: '2027-03-10', today: '2027-03-10', businessItems: 4 }); // 'goIntoMeeting'
 */
export const meetingStages = {
  cancelled: 'Cancelled',
  buildingAgenda: 'Building the agenda',
  agendaReady: 'Agenda ready',
  agendaPublished: 'Agenda published',
  meetingDay: 'Meeting day',
  held: 'Held, minutes to write',
  minutesDrafted: 'Minutes drafted, to approve',
  minutesApproved: 'Minutes approved',
} as const;
export type MeetingStage = keyof typeof meetingStages;

/**
 * Every command a stage can put first. A new one (publishing online, say) is a line here and a line in
 * `mainCommandOf`; the command bar draws whatever the rule names.
 */
export const meetingCommands = {
  reinstate: 'Reinstate the meeting',
  buildAgenda: 'Build the agenda',
  makeAgendaPack: 'Make the agenda pack',
  publishAgenda: 'Publish the agenda',
  goIntoMeeting: 'Go into the meeting',
  writeMinutes: 'Write the minutes',
  approveMinutes: 'Approve the minutes',
  saveMinutes: 'Save minutes (.docx)',
} as const;
export type MeetingCommand = keyof typeof meetingCommands;

export const mainCommandOf: Readonly<Record<MeetingStage, MeetingCommand>> = {
  cancelled: 'reinstate',
  buildingAgenda: 'buildAgenda',
  agendaReady: 'makeAgendaPack',
  // Published and waiting for the day: the pack (and any supplementary one) is what the clerk makes and sends.
  agendaPublished: 'makeAgendaPack',
  meetingDay: 'goIntoMeeting',
  held: 'writeMinutes',
  minutesDrafted: 'approveMinutes',
  minutesApproved: 'saveMinutes',
};

export type MeetingFacts = {
  status: MeetingStatus;
  /** The meeting's day as stored (ISO); a day that is not a date never counts as reached. */
  date: string;
  /** Today, ISO (yyyy-mm-dd). */
  today: string;
  /** Agenda items that are business, not the standing items every meeting opens and closes with. */
  businessItems: number;
};

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The stage follows the stored status, except that a meeting not yet held whose day has come is on its
 * meeting day (and stays there, if its day passed without it being closed, until the clerk goes in and closes
 * it or marks it held): the room does not wait for the agenda to be marked published.
 */
export function meetingStage({ status, date, today, businessItems }: MeetingFacts): MeetingStage {
  switch (status) {
    case 'cancelled':
    case 'held':
    case 'minutesDrafted':
    case 'minutesApproved':
      return status;
    case 'planned':
    case 'agendaPublished': {
      const dayReached = isoDay.test(date) && date <= today;
      if (dayReached) return 'meetingDay';
      if (status === 'agendaPublished') return 'agendaPublished';
      return businessItems > 0 ? 'agendaReady' : 'buildingAgenda';
    }
    default:
      // A status Chamber cannot read (an old file): treated as planned while the page asks for a correction.
      return 'buildingAgenda';
  }
}

/** The command a meeting's screen puts first. */
export function mainCommand(facts: MeetingFacts): MeetingCommand {
  return mainCommandOf[meetingStage(facts)];
}
