import type { StandingItem } from './model';

/**
 * The standing items most committees open and close with, in the order DOMAIN.md gives. A committee keeps its
 * own copy, which the clerk can edit; new meetings start their agenda from it.
 */
export const defaultStandingItems: readonly StandingItem[] = [
  { kind: 'apologies', title: 'Apologies for Absence', description: 'To receive apologies for absence.' },
  {
    kind: 'substitutes',
    title: 'Attendance by Substitute Members',
    description: 'To note the attendance at this meeting of any Substitute Members.',
  },
  {
    kind: 'declarations',
    title: 'Declarations of Interest',
    description: 'To receive declarations of interest (if any).',
  },
  {
    kind: 'previousMinutes',
    title: 'Minutes',
    description:
      'That the minutes of the previous meeting, having been circulated, be taken as read and signed as a correct record.',
  },
  {
    kind: 'actionList',
    title: 'Action List from the Previous Meeting',
    description: 'To note progress on the actions agreed at the previous meeting.',
  },
  { kind: 'urgentBusiness', title: 'Any Other Urgent Business', description: '' },
  {
    kind: 'exclusion',
    title: 'Exclusion of the Press and Public',
    description:
      'To resolve that the press and public be excluded from the meeting for the items of business listed in Part B, on the grounds that they involve the likely disclosure of exempt information as defined in Schedule 12A to the Local Government Act 1972.',
  },
  { kind: 'nextMeeting', title: 'Date of Next Meeting', description: '' },
];
