import { z } from 'zod';
import {
  actionStatuses,
  attendanceStatuses,
  attendeeKinds,
  bankHolidayRegions,
  committeeTypes,
  declarationConduct,
  declarationForms,
  declarationKinds,
  decisionTakers,
  documentKinds,
  documentRoles,
  interestCategories,
  meetingEventKinds,
  meetingStatuses,
  meetingTypes,
  membershipRoles,
  minuteNumberingSchemes,
  minuteParagraphNumbers,
  minuteYearForms,
  minutesDecisions,
  phraseKinds,
  resolutionVerbs,
  standingItemKinds,
  statutoryBars,
  voteResults,
  type DecisionTaker,
  type ExemptParagraph,
} from '../../domain/model';
import { parseClockTime, parseIsoDate } from '../../domain/en-gb';
import {
  actionsForms,
  attendanceForms,
  closingLines,
  memberNamesForms,
  minutesHeadingForms,
  motionWordings,
  partAHeadings,
  recordedVoteLayouts,
  recordKinds,
  resolvedForms,
} from '../../domain/house-style';
import { agendaItemProblems } from '../../domain/agenda-item-problems';
import { phraseProblems } from '../../domain/phrases';
import { individualDecisionProblems } from '../../domain/individual-decision';
import { plannedDecisionProblems } from '../../domain/planned-decision';
import { tablesProblem } from './rich-text-tables';

/**
 * One schema per synced table, mirroring domain/model. Objects are loose: a record from a laptop whose Chamber
 * added an optional field still imports, while every field this version relies on is checked.
 */
const id = z.string().min(1).max(200);
/** The longest text Chamber keeps in one field, and in one minute's text all told. */
export const longestText = 1_000_000;
const text = z
  .string()
  .max(longestText, { error: `it is longer than ${longestText.toLocaleString('en-GB')} characters` });
/**
 * Dates and times are checked by the very functions the screens read them with (domain/en-gb.ts): a value
 * they cannot read ("25:99", 31 February) crashed the meeting's page every time it was opened, so it is never
 * stored.
 */
const readsAs = (read: (value: string) => unknown) => (value: string) => {
  try {
    read(value);
    return true;
  } catch {
    return false;
  }
};
/** A colour the published stylesheet takes as it is: anything else could break out of the CSS. */
const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, { error: 'it is not a colour like #1d3557' });
const isoDate = z
  .string()
  .refine(readsAs(parseIsoDate), { error: (issue) => `${quoted(issue.input)} is not a real date` });
const clockTime = z
  .string()
  .refine((value) => /^\d{2}:\d{2}$/.test(value) && readsAs(parseClockTime)(value), {
    error: (issue) => `${quoted(issue.input)} is not a time between 00:00 and 23:59`,
  });
const quoted = (value: unknown) => JSON.stringify(value);
/** A moment as Chamber stores one (`toISOString`): the screens show its date and its time of day. */
const moment = z
  .string()
  .refine(
    (value) =>
      /^\d{4}-\d{2}-\d{2}T/.test(value) &&
      !Number.isNaN(Date.parse(value)) &&
      readsAs(parseIsoDate)(value.slice(0, 10)),
    {
      error: (issue) => `${quoted(issue.input)} is not a real date and time`,
    },
  );
const bytes = z.instanceof(Uint8Array);
const keysOf = <T extends Record<string, unknown>>(values: T) =>
  z.enum(Object.keys(values) as [string, ...string[]]);

type RichNode = {
  type: string;
  text?: string;
  marks?: { type: string }[];
  attrs?: Record<string, unknown>;
  content?: RichNode[];
};
const richNode: z.ZodType<RichNode> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    text: z.string().optional(),
    marks: z.array(z.looseObject({ type: z.string() })).optional(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(richNode).optional(),
  }),
);
/**
 * A minute's text is many nodes, each under the limit; it is the whole that must be: a minute of millions of
 * characters was stored, and every screen and paper that shows it then held the page.
 */
const richText = z
  .looseObject({ type: z.literal('doc'), content: z.array(richNode) })
  .refine((doc) => charactersIn(doc.content) <= longestText, {
    error: `it is longer than ${longestText.toLocaleString('en-GB')} characters`,
  })
  .superRefine((doc, context) => {
    const problem = tablesProblem(doc.content);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
function charactersIn(nodes: readonly RichNode[]): number {
  let characters = 0;
  for (const node of nodes) characters += (node.text?.length ?? 0) + charactersIn(node.content ?? []);
  return characters;
}

/** A house style as the settings and committee screens store one: every choice optional, each from its set. */
const houseStyle = z
  .looseObject({
    chairTitle: z.string().max(100).optional(),
    viceChairTitle: z.string().max(100).optional(),
    resolvedForm: keysOf(resolvedForms).optional(),
    memberNames: keysOf(memberNamesForms).optional(),
    minutesHeading: keysOf(minutesHeadingForms).optional(),
    partAHeading: keysOf(partAHeadings).optional(),
    closingLine: keysOf(closingLines).optional(),
    actionsForm: keysOf(actionsForms).optional(),
    recordKind: keysOf(recordKinds).optional(),
    motionWording: keysOf(motionWordings).optional(),
    recordedVotes: keysOf(recordedVoteLayouts).optional(),
    attendanceForm: keysOf(attendanceForms).optional(),
  })
  .optional();

/** A list of the council's report cover headings: short labels, as the settings screen takes them. */
const coverHeadings = z.array(z.string().max(200)).max(100);

const settings = z.looseObject({
  id,
  name: text,
  address: text,
  logo: z.looseObject({ name: text, bytes, mediaType: text }).optional(),
  websiteColours: z
    .looseObject({ masthead: hexColour, mastheadText: hexColour, accent: hexColour })
    .optional(),
  contactName: text,
  contactTitle: text,
  contactPhone: text,
  contactEmail: text,
  defaultVenue: text,
  municipalYearStartMonth: z.union([z.literal(4), z.literal(5)]),
  bankHolidayRegion: keysOf(bankHolidayRegions),
  saturdaysAreClearDays: z.boolean(),
  // The ranges the settings screen allows (db/repositories/settings.ts settingsProblems, which this pure module
  // cannot import): deadlines are counted a working day at a time (domain/calendar/working-days.ts), so a
  // count of millions would hold every meeting's page while it counted.
  reportDeadlineWorkingDays: z.number().int().min(0).max(60),
  callInWorkingDays: z.number().int().min(0).max(30),
  noticeClearDays: z.number().int().min(1).max(30),
  declarationForm: keysOf(declarationForms).optional(),
  declarationColumns: z.array(text).max(4).optional(),
  declaredInAdvanceWords: text.optional(),
  houseStyle,
  reportCover: z
    .looseObject({
      rows: coverHeadings.optional(),
      implications: coverHeadings.optional(),
      clearances: coverHeadings.optional(),
    })
    .optional(),
  exemptFrontSheet: text.optional(),
  exemptPageHeader: text.optional(),
  withheldPaperLine: text.optional(),
});

const people = z.looseObject({
  id,
  title: text,
  name: text,
  group: text,
  position: text,
  email: text,
  phone: text,
  status: z.enum(['active', 'former']),
  mergedFromIds: z.array(id).max(10_000).optional(),
});

const dated = { from: isoDate.optional(), to: isoDate.optional() };

const interests = z.looseObject({
  id,
  personId: id,
  category: keysOf(interestCategories),
  description: text,
  ...dated,
});

const committees = z.looseObject({
  id,
  name: text,
  shortName: text,
  type: keysOf(committeeTypes),
  parentId: id.optional(),
  // As the committee screen has them (db/repositories/committees.ts committeeProblems): a quorum of none
  // would let a meeting of nobody decide, and minute numbers count from 1.
  quorum: z.number().int().min(1, { error: 'the quorum is a whole number of members, 1 or more' }),
  contactOfficerId: id.optional(),
  defaultVenue: text,
  defaultStartTime: clockTime,
  minuteNumbering: keysOf(minuteNumberingSchemes),
  firstMinuteNumber: z
    .number()
    .int()
    .min(1, { error: 'the first minute number is a whole number, 1 or more' }),
  standingItems: z.array(z.looseObject({ title: text, description: text, kind: z.enum(standingItemKinds) })),
  allowsRemoteAttendance: z.boolean(),
  // As the committee screen allows (committeeProblems): 0 to 9 digits.
  minuteNumberFormat: z
    .looseObject({
      prefix: text,
      suffix: text,
      width: z.number().int().min(0).max(9),
      yearForm: keysOf(minuteYearForms),
      agendaNumberBeside: z.boolean(),
      paragraphNumbers: keysOf(minuteParagraphNumbers).optional(),
    })
    .optional(),
  houseStyle,
});

const memberships = z.looseObject({
  id,
  committeeId: id,
  personId: id,
  role: keysOf(membershipRoles),
  ...dated,
  order: z.number(),
});

const meetings = z.looseObject({
  id,
  committeeId: id,
  date: isoDate,
  startTime: clockTime,
  venue: text,
  type: keysOf(meetingTypes),
  status: keysOf(meetingStatuses),
  agendaPublishedOn: isoDate.optional(),
  rescheduledFrom: isoDate.optional(),
  // Each person the signed minutes name, as they printed when signed (db/read/people-named.ts).
  namesAsSigned: z
    .record(id, z.looseObject({ title: text, name: text, group: text, position: text }))
    .optional(),
});

const meetingEvents = z.looseObject({
  id,
  meetingId: id,
  kind: keysOf(meetingEventKinds),
  at: clockTime,
  note: text,
  exemptParagraph: z.number().int().min(1).max(7).optional(),
  agendaItemId: id.optional(),
});

/** An executive decision on an item: what its notice prints, and the call-in that stops it being implemented. */
const executiveDecision = z.looseObject({
  reasons: text,
  alternatives: text,
  dispensations: text,
  urgent: z.boolean(),
  urgencyReason: text,
  noticePublishedOn: isoDate.optional(),
  callIn: z
    .looseObject({ receivedOn: isoDate, by: text, reason: text, concludedOn: isoDate.optional() })
    .optional(),
});

const agendaItems = z
  .looseObject({
    id,
    meetingId: id,
    parentId: id.optional(),
    order: z.number(),
    title: text,
    description: text,
    recommendation: text,
    responsibleOfficer: text,
    reportAuthor: text,
    wards: z.array(text),
    keyDecision: z.boolean(),
    part: z.enum(['A', 'B']),
    exemptParagraph: z.number().int().min(1).max(7).optional(),
    publicInterestReason: text,
    standingKind: z.enum(standingItemKinds).optional(),
    previousMeetingId: id.optional(),
    minutesOf: z.array(id).optional(),
    minutesApproval: z
      .looseObject({
        decision: keysOf(minutesDecisions),
        amendments: z.array(z.looseObject({ meetingId: id, minuteId: id, original: text, corrected: text })),
        approvedOn: isoDate,
      })
      .optional(),
    urgent: z.boolean(),
    specialCircumstances: text,
    addedOn: isoDate.optional(),
    unnumbered: z.boolean().optional(),
    exemptHistory: z.array(z.looseObject({ at: z.string(), change: text })).optional(),
    executiveDecision: executiveDecision.optional(),
    coverAnswers: z
      .array(z.looseObject({ heading: text, text, notRequired: z.boolean().optional() }))
      .max(200)
      .optional(),
  })
  // What the item's screen refuses to save (a Part B item that does not say why it is exempt, an urgent one
  // without its special circumstances), a file cannot store either: the minutes must print both.
  .superRefine((item, context) => {
    for (const [field, problem] of Object.entries(agendaItemProblems(item)))
      context.addIssue({ code: 'custom', path: [field], message: problem });
  });

const documents = z.looseObject({
  id,
  agendaItemId: id,
  meetingId: id,
  name: text,
  format: z.enum(['docx', 'pdf']),
  role: keysOf(documentRoles),
  sizeBytes: z.number().int().nonnegative(),
  pageCount: z.number().int().nonnegative().optional(),
  order: z.number(),
  toFollow: z.boolean(),
  supplementary: z.boolean(),
  version: z.number().int(),
  sha256: z.string().regex(/^([0-9a-f]{64})?$/),
  exempt: z.boolean().optional(),
  exemptParagraph: z.number().int().min(1).max(7).optional(),
  publicInterestReason: text.optional(),
});

const documentContents = z.looseObject({ id, bytes });

const attendance = z.looseObject({
  id,
  meetingId: id,
  personId: id.optional(),
  name: text,
  kind: keysOf(attendeeKinds),
  status: keysOf(attendanceStatuses),
  substituteForPersonId: id.optional(),
  arrivedAt: clockTime.optional(),
  leftAt: clockTime.optional(),
  arrivedDuringItemId: id.optional(),
  leftDuringItemId: id.optional(),
  votingBars: z.array(z.looseObject({ agendaItemId: id, bar: keysOf(statutoryBars) })).optional(),
  order: z.number(),
});

/** One step of a minute's running order (domain/model/proceedings.ts), checked by its kind. */
const step = { id: z.string().min(1).max(300) };
const votes = z.number().int().min(0);
const proceeding = z.discriminatedUnion('kind', [
  z.looseObject({ ...step, kind: z.enum(['moved', 'putToVote', 'withdrawn']), motionId: id }),
  z.looseObject({ ...step, kind: z.literal('note'), text }),
  z.looseObject({
    ...step,
    kind: z.literal('pointOfOrder'),
    personId: id.optional(),
    point: text,
    ruling: text,
  }),
  z.looseObject({
    ...step,
    kind: z.literal('recordedVoteRequest'),
    personId: id.optional(),
    supporters: votes.optional(),
  }),
  z.looseObject({
    ...step,
    kind: z.literal('adjournment'),
    at: clockTime.optional(),
    resumedAt: clockTime.optional(),
    reason: text,
  }),
  z.looseObject({
    ...step,
    kind: z.literal('nomination'),
    office: text,
    candidateId: id,
    moverId: id.optional(),
    seconderId: id.optional(),
  }),
  z.looseObject({ ...step, kind: z.literal('noOtherNominations'), office: text }),
  z.looseObject({
    ...step,
    kind: z.literal('ballot'),
    office: text,
    round: z.number().int().min(1),
    majorityNeeded: z.boolean(),
    method: z.enum(['counts', 'named']),
    counts: z.array(z.looseObject({ candidateId: id, votes })).optional(),
    choices: z.array(z.looseObject({ personId: id, candidateId: id })).optional(),
  }),
  z.looseObject({ ...step, kind: z.literal('elected'), office: text, personId: id }),
  z.looseObject({ ...step, kind: z.literal('chairChange'), personId: id }),
]);

const minutes = z.looseObject({
  id,
  meetingId: id,
  agendaItemId: id,
  takenOrder: z.number(),
  number: text,
  text: richText,
  conclusions: z.array(text),
  startedAt: clockTime.optional(),
  proceedings: z.array(proceeding).optional(),
  heardInPublic: z.boolean().optional(),
});

const signedChange = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('amended'), on: isoDate, original: text, corrected: text }),
  z.looseObject({ kind: z.literal('corrected'), on: isoDate, reason: text }),
  z.looseObject({ kind: z.literal('approvalUndone'), on: isoDate, reason: text, approvedOn: isoDate }),
]);

const minuteRevisions = z.looseObject({
  id,
  minuteId: id,
  savedAt: moment,
  text: richText,
  signedChange: signedChange.optional(),
});

const resolutions = z.looseObject({
  id,
  minuteId: id,
  meetingId: id,
  verb: keysOf(resolutionVerbs),
  recommendedTo: text,
  text,
  clauses: z.array(z.looseObject({ text, subClauses: z.array(text) })),
  order: z.number(),
});

const declarations = z.looseObject({
  id,
  meetingId: id,
  agendaItemId: id,
  personId: id,
  kind: keysOf(declarationKinds),
  nature: text,
  conduct: keysOf(declarationConduct),
  declaredOrder: z.number().int().min(1).optional(),
});

const choice = z.enum(['for', 'against', 'abstain']);
const vote = z.union([
  z.looseObject({ kind: z.literal('counts'), for: z.number(), against: z.number(), abstentions: z.number() }),
  z.looseObject({ kind: z.literal('recorded'), choices: z.array(z.looseObject({ personId: id, choice })) }),
  z.looseObject({ kind: z.literal('declared'), result: keysOf(voteResults) }),
]);

const motions = z.looseObject({
  id,
  meetingId: id,
  minuteId: id,
  amendsMotionId: id.optional(),
  text,
  moverId: id.optional(),
  seconderId: id.optional(),
  vote: vote.optional(),
  castingVote: choice.optional(),
  result: keysOf(voteResults).optional(),
  order: z.number(),
  textAsAmended: text.optional(),
  exclusion: z
    .looseObject({
      paragraph: z.number().int().min(1).max(7),
      publicInterestReason: text,
      agendaItemIds: z.array(id),
    })
    .optional(),
});

const actions = z.looseObject({
  id,
  committeeId: id,
  meetingId: id,
  minuteId: id.optional(),
  text,
  ownerPersonId: id.optional(),
  ownerText: text,
  due: isoDate.optional(),
  status: keysOf(actionStatuses),
  updates: z.array(z.looseObject({ on: isoDate, text })),
  outcome: text,
  order: z.number(),
});

/** A phrase as the phrases screen allows one (domain/phrases.ts): wording to insert, and a key from 1 to 9. */
const phrases = z
  .looseObject({
    id,
    label: text,
    text,
    order: z.number(),
    kind: keysOf(phraseKinds).optional(),
    verb: keysOf(resolutionVerbs).optional(),
  })
  .superRefine((phrase, context) => {
    for (const problem of phraseProblems(phrase))
      context.addIssue({ code: 'custom', path: [/key/.test(problem) ? 'order' : 'text'], message: problem });
  });
const templates = z.looseObject({ id, kind: keysOf(documentKinds), name: text, bytes, uploadedAt: moment });
const bankHolidays = z.looseObject({
  id,
  date: isoDate,
  region: keysOf(bankHolidayRegions),
  name: text,
  change: z.enum(['added', 'removed']),
});

/** A decision taken by one person: the same checks as the screen (domain/individual-decision.ts). */
const individualDecisions = executiveDecision
  .extend({
    id,
    title: text,
    decisionMaker: text,
    portfolio: text,
    takenBy: keysOf(decisionTakers),
    decidedOn: isoDate,
    decision: text,
    interests: text,
    keyDecision: z.boolean(),
    // Unset on decisions from a laptop that did not yet ask: those were all public.
    part: z.enum(['A', 'B']).optional(),
    exemptParagraph: z.number().int().min(1).max(7).optional(),
    publicInterestReason: text.optional(),
    exemptHistory: z.array(z.looseObject({ at: z.string(), change: text })).optional(),
  })
  .superRefine((decision, context) => {
    const { exemptParagraph, ...rest } = decision;
    for (const [field, problem] of Object.entries(
      individualDecisionProblems({
        ...rest,
        takenBy: decision.takenBy as DecisionTaker,
        ...(exemptParagraph ? { exemptParagraph: exemptParagraph as ExemptParagraph } : {}),
      }),
    ))
      context.addIssue({ code: 'custom', path: [field], message: problem });
  });

/** A key decision planned on the forward plan ahead of any agenda (domain/planned-decision.ts). */
const plannedDecisions = z
  .looseObject({
    id,
    matter: text,
    decisionMaker: text,
    expectedDate: isoDate,
    responsibleOfficer: text,
    wards: z.array(text).max(1000),
    documents: z.array(text).max(1000),
    inPrivate: z.boolean(),
    exemptParagraph: z.number().int().min(1).max(7).optional(),
    privateReason: text,
    agendaItemId: id.optional(),
  })
  .superRefine((entry, context) => {
    const { exemptParagraph, ...rest } = entry;
    const problems = plannedDecisionProblems({
      ...rest,
      ...(exemptParagraph ? { exemptParagraph: exemptParagraph as ExemptParagraph } : {}),
    });
    for (const [field, problem] of Object.entries(problems))
      context.addIssue({ code: 'custom', path: [field], message: problem });
  });

export const recordSchemas = {
  settings,
  people,
  interests,
  committees,
  memberships,
  meetings,
  meetingEvents,
  agendaItems,
  documents,
  documentContents,
  attendance,
  minutes,
  minuteRevisions,
  resolutions,
  declarations,
  motions,
  actions,
  phrases,
  templates,
  bankHolidays,
  individualDecisions,
  plannedDecisions,
} as const;
