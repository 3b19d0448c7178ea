import type { Action, Declaration, Minute, Motion, Resolution, RichText } from '../../domain/model';
import { sampleMeetingId } from './sample-agenda';
import { bullets, doc, heading, numbered, paragraph } from './rich-text-builders';

const minute = (
  takenOrder: number,
  agendaItemId: string,
  text: RichText,
  conclusions: string[] = [],
): Minute => ({
  id: `min-${agendaItemId}`,
  meetingId: sampleMeetingId,
  agendaItemId,
  takenOrder,
  number: String(200 + takenOrder),
  text,
  conclusions,
});

/** The Chair varied the order: the library review (item 6) was taken before the safety update (item 5). */
export const sampleMinutes: Minute[] = [
  minute(
    1,
    'i-apologies',
    doc(
      paragraph(
        'Apologies for absence were received from Councillor Nkem Achebe and Councillor Rosa Ferreira.',
      ),
    ),
  ),
  minute(
    2,
    'i-substitutes',
    doc(paragraph('Councillor Lena Quint attended as a substitute for Councillor Nkem Achebe.')),
  ),
  minute(3, 'i-declarations', doc()),
  minute(4, 'i-minutes', doc()),
  minute(
    5,
    'i-libraries',
    doc(
      paragraph(
        "The Head of Libraries and Culture introduced the report, which reviewed opening hours at the borough's six libraries following the public consultation held in the autumn.",
      ),
      paragraph(
        'Members asked about the effect on **older residents** and on students during the examination period. Officers advised that:',
      ),
      bullets(
        'Saturday opening would be kept at every library;',
        'the two busiest libraries would open until 8.00 pm on two weekday evenings;',
        'the changes would be reviewed after six months.',
      ),
    ),
    [
      'The Board welcomed the extended evening opening at the two busiest libraries.',
      'The six-month review should report the effect on students during the examination period.',
    ],
  ),
  minute(
    6,
    'i-safety',
    doc(
      paragraph(
        'The Head of Community Safety introduced the report, which set out the progress made by the Safer Neighbourhoods partnership during 2024/25.',
      ),
      heading('Anti-social behaviour'),
      paragraph(
        'Reports of anti-social behaviour had fallen by 12% compared with the previous year. The three priorities for the coming year would be:',
      ),
      numbered(
        'tackling shop theft in the town centre;',
        'reducing repeat calls about the same addresses;',
        'extending the Community Champions scheme to Stonegate.',
      ),
      paragraph(
        'In response to a question from a Member, Chief Inspector Owen Castell reported that _two_ additional police community support officers would be based at Millbrook from April.',
      ),
    ),
  ),
  minute(
    7,
    'i-grant',
    doc(
      paragraph(
        'The Board considered a proposal to bid for funding from the Regional Youth Fund for detached youth work in Abbey and Millbrook wards.',
      ),
    ),
  ),
  minute(8, 'i-exclusion', doc()),
  minute(
    9,
    'i-leisure',
    doc(
      paragraph(
        'The Board considered the tender evaluation for the leisure centre management contract, including the confidential pricing schedule from the three bidders.',
      ),
    ),
  ),
  minute(10, 'i-next', doc()),
];

const resolution = (
  minuteId: string,
  verb: Resolution['verb'],
  text: string,
  clauses: Resolution['clauses'] = [],
  recommendedTo = '',
): Resolution => ({
  id: `res-${minuteId}`,
  minuteId,
  meetingId: sampleMeetingId,
  verb,
  recommendedTo,
  text,
  clauses,
  order: 1,
});

export const sampleResolutions: Resolution[] = [
  resolution('min-i-apologies', 'resolved', 'That the apologies for absence be noted.'),
  resolution(
    'min-i-minutes',
    'resolved',
    'That the minutes of the meeting held on 11 December 2024 be taken as read and signed as a correct record.',
  ),
  resolution(
    'min-i-libraries',
    'recommended',
    'That the revised library opening hours set out in Appendix A to the report, as amended, be approved from 1 June 2025.',
    [],
    'Cabinet',
  ),
  resolution('min-i-safety', 'resolved', 'That', [
    {
      text: 'the progress made by the Safer Neighbourhoods partnership in 2024/25 be noted;',
      subClauses: [],
    },
    {
      text: 'the priorities for 2025/26 be endorsed, namely:',
      subClauses: [
        'tackling shop theft in the town centre;',
        'reducing repeat calls about the same addresses;',
        'extending the Community Champions scheme to Stonegate;',
      ],
    },
    {
      text: 'partners share their anti-social behaviour data monthly through the Safer Neighbourhoods hub;',
      subClauses: [],
    },
    { text: 'a further update be brought to the Board in December 2025.', subClauses: [] },
  ]),
  resolution(
    'min-i-grant',
    'resolved',
    'That the Head of Community Safety submit a bid to the Regional Youth Fund on behalf of the Partnership.',
  ),
  resolution(
    'min-i-exclusion',
    'resolved',
    'That the press and public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
  ),
  resolution(
    'min-i-leisure',
    'resolved',
    'That the leisure centre management contract be awarded to the bidder ranked first in the confidential evaluation, for five years from 1 October 2025.',
  ),
  resolution(
    'min-i-next',
    'resolved',
    'That the next meeting of the Board be held on Wednesday 11 June 2025 at 6.00 pm.',
  ),
];

const motion = (
  id: string,
  order: number,
  fields: Omit<Motion, 'id' | 'meetingId' | 'minuteId' | 'order'>,
): Motion => ({
  id,
  meetingId: sampleMeetingId,
  minuteId: 'min-i-libraries',
  order,
  ...fields,
});

export const sampleMotions: Motion[] = [
  motion('mo-hours', 1, {
    text: 'That the Board recommend to Cabinet the revised opening hours set out in Appendix A to the report.',
    moverId: 'p-brennan',
    seconderId: 'p-lindqvist',
    vote: { kind: 'counts', for: 6, against: 2, abstentions: 1 },
    result: 'carried',
  }),
  motion('mo-hours-amendment', 2, {
    amendsMotionId: 'mo-hours',
    text: 'That Stonegate Library also open until 8.00 pm on Thursdays.',
    moverId: 'p-sub-quint',
    seconderId: 'p-tembe',
    vote: {
      kind: 'recorded',
      choices: [
        { personId: 'p-sub-quint', choice: 'for' },
        { personId: 'p-tembe', choice: 'for' },
        { personId: 'p-lindqvist', choice: 'for' },
        { personId: 'p-okafor', choice: 'against' },
        { personId: 'p-brennan', choice: 'against' },
        { personId: 'p-waverley', choice: 'against' },
        { personId: 'p-marsh', choice: 'abstain' },
      ],
    },
    castingVote: undefined,
    result: 'lost',
  }),
];

export const sampleDeclarations: Declaration[] = [
  {
    id: 'dec-marsh',
    meetingId: sampleMeetingId,
    agendaItemId: 'i-grant',
    personId: 'p-marsh',
    kind: 'otherRegistrable',
    nature: 'he is a trustee of a youth charity that may apply to deliver the funded work',
    conduct: 'leftRoom',
  },
];

const action = (id: string, minuteId: string, order: number, fields: Partial<Action>): Action => ({
  id,
  committeeId: 'committee-partnership',
  meetingId: sampleMeetingId,
  minuteId,
  text: '',
  ownerText: '',
  status: 'open',
  updates: [],
  outcome: '',
  order,
  ...fields,
});

export const sampleActions: Action[] = [
  action('a-minutes', 'min-i-minutes', 1, { text: 'All to note.', status: 'done' }),
  action('a-review', 'min-i-libraries', 1, {
    text: 'Report the six-month review of opening hours to the Board.',
    ownerPersonId: 'p-officer-adeyemi',
    due: '2025-12-10',
  }),
  action('a-data', 'min-i-safety', 1, {
    text: 'Set up the monthly data share through the Safer Neighbourhoods hub.',
    ownerPersonId: 'p-officer-north',
    due: '2025-04-30',
    status: 'inProgress',
    updates: [{ on: '2025-04-02', text: 'Data sharing agreement sent to partners.' }],
  }),
  action('a-champions', 'min-i-safety', 2, {
    text: 'Recruit Community Champions in Stonegate.',
    ownerText: 'Wrenmoor Voluntary Action',
    due: '2025-09-30',
  }),
  action('a-bid', 'min-i-grant', 1, {
    text: 'Submit the Regional Youth Fund bid.',
    ownerPersonId: 'p-officer-north',
    due: '2025-03-21',
    status: 'done',
    outcome: 'Bid submitted on 19 March 2025.',
  }),
];
