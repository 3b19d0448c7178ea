import type { DocumentKind } from '../../domain/model';

/**
 * The placeholders an organisation may type in its own .docx template, with what Chamber puts there. Type them with
 * double braces, e.g. {{committee}}. {{body}} is required, on a line of its own: the generated document goes there.
 */
export const placeholderDescriptions = {
  organisation: 'The organisation\'s name, e.g. "Wrenmoor Borough Council"',
  committee: 'The committee, board or panel, e.g. "Community Partnership Board"',
  document_title: 'What the document is, e.g. "Minutes" or "Action log"',
  meeting_date: 'The meeting date in full, e.g. "Wednesday 12 March 2025"',
  meeting_time: 'The start time, e.g. "6.00 pm"',
  venue: 'Where the meeting is held',
  as_at_date: 'The date an action log is printed for, e.g. "Wednesday 12 March 2025"',
  contact_name: 'The clerk or contact officer',
  contact_phone: "The contact's telephone number",
  contact_email: "The contact's e-mail address",
  body: 'Required, on a line of its own: the whole generated document (headings, minutes, tables)',
} as const;
export type Placeholder = keyof typeof placeholderDescriptions;

const common: Placeholder[] = [
  'organisation',
  'committee',
  'document_title',
  'contact_name',
  'contact_phone',
  'contact_email',
  'body',
];
const meeting: Placeholder[] = [...common, 'meeting_date', 'meeting_time', 'venue'];

/** Which placeholders each kind of document fills: a log has no single meeting, so no {{venue}}. */
export const placeholdersByKind: Record<DocumentKind, readonly Placeholder[]> = {
  agendaPack: meeting,
  minutes: meeting,
  reportCover: meeting,
  actionLog: [...common, 'as_at_date'],
};

export type TemplateValues = Partial<Record<Exclude<Placeholder, 'body'>, string>>;
