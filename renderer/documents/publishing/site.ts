import type { Committee, IsoDate, Meeting, OrganisationSettings } from '../../domain/model';
import { deadlineRulesFrom, type DeadlineRules } from '../../domain/calendar/deadline-rules';
import { decisionNoticeContent, meetingDecisionNotices } from '../decision-notice';
import { forwardPlanContent, type ForwardPlanEntry } from '../forward-plan';
import { formatClockTime, formatLongDate } from '../../domain/en-gb';
import type { AgendaPackData } from '../agenda-pack';
import { committeePageContent, committeesIndexContent, type ListedCommittee } from './committee-pages';
import { escapeHtml } from './html';
import {
  individualDecisionPages,
  individualDecisionsName,
  type IndividualNoticeToPublish,
} from './individual-decision-pages';
import type { PublishedDocuments } from './meeting-documents';
import { meetingPageContent, meetingTitle, type MeetingDocumentLink } from './meeting-page';
import { breadcrumbs, defaultPageTemplate, fillPageTemplate } from './page-template';
import { meetingSlug, paperFileName, paperTypeAndSize, slugOf } from './paper-files';
import { publicMeeting, type PublicMeeting, type PublishedEdition } from './public-meeting';
import { publishedStylesheet, type PublishingColours } from './stylesheet';

/** One meeting to publish: its public pack data (Part B papers' bytes never read) and how much of it to show. */
export type MeetingToPublish = {
  data: AgendaPackData;
  edition: PublishedEdition;
  /** The committee's next meeting, for "Date of next meeting"; linked when it is published too. */
  nextMeeting?: Pick<Meeting, 'id' | 'date' | 'startTime'>;
  /** Its public pack and public minutes as PDF and Word (meeting-documents.ts), published beside its page. */
  documents?: PublishedDocuments;
};

export type SiteToPublish = {
  organisation: OrganisationSettings;
  meetings: MeetingToPublish[];
  /** The web team's page template (see page-template.ts) and the council's colours; Chamber's own when absent. */
  template?: string;
  colours?: PublishingColours;
  /** The council's call-in rules (working days, bank holidays); from its settings alone when not given. */
  callInRules?: DeadlineRules;
  /** The forward plan of key decisions, published when any is planned: its page, and its Word document. */
  forwardPlan?: { entries: ForwardPlanEntry[]; publishedOn: IsoDate; docx?: Uint8Array };
  /** Decisions taken by one person whose notice is published (individual-decision-pages.ts). */
  individualDecisions?: IndividualNoticeToPublish[];
};

/** A file of the published folder: a bare name (the folder is flat) and its bytes. */
export type PublishedFile = { name: string; bytes: Uint8Array };

/** A meeting's page, with what the feed and the calendar say of it. */
export type PublishedMeetingPage = { meetingId: string; page: string; title: string; summary: string };

export const stylesheetName = 'style.css';
export const feedName = 'feed.atom';
export const calendarName = 'meetings.ics';
export const forwardPlanName = 'forward-plan.html';

const logoExtensions: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/svg+xml': 'svg',
  'image/gif': 'gif',
};

/**
 * Every page of the published folder from the meetings being published: the index of committees, each committee's
 * meetings by year, each meeting's page, the public papers as they are, the stylesheet and the logo. The Atom feed
 * and the calendar are made by the publisher, which knows what changed. Pure: the same meetings give the same
 * bytes, so republishing rewrites only what changed.
 *
 * @example buildPublishedPages({ organisation, meetings: [{ data, edition: 'agenda' }] }).files
 */
export function buildPublishedPages(site: SiteToPublish): {
  files: PublishedFile[];
  meetings: PublishedMeetingPage[];
} {
  const encoder = new TextEncoder();
  const files: PublishedFile[] = [];
  const council = site.organisation.name.trim() || 'The council';
  const logo = logoFile(site.organisation);
  if (logo) files.push(logo);
  const page = (
    name: string,
    title: string,
    trail: { label: string; href?: string }[],
    content: string,
  ): void => {
    const html = fillPageTemplate(site.template ?? defaultPageTemplate, {
      title: escapeHtml(title),
      council: escapeHtml(council),
      logo: logo ? `<img src="${escapeHtml(logo.name)}" alt="">` : '',
      stylesheet: stylesheetName,
      feed: feedName,
      breadcrumbs: breadcrumbs(trail),
      content,
    });
    files.push({ name, bytes: encoder.encode(html) });
  };
  const committeeSlugs = committeeNames(site.meetings.map((entry) => entry.data.record.committee));
  const pageOf = new Map(
    site.meetings.map(({ data: { record } }) => [
      record.meeting.id,
      `${meetingSlug(committeeSlugs.get(record.committee.id) ?? 'committee', record.meeting.date, record.meeting.startTime)}.html`,
    ]),
  );
  const committees = new Map<string, ListedCommittee>();
  const pages: PublishedMeetingPage[] = [];
  for (const entry of site.meetings) {
    const { record } = entry.data;
    const committeePage = `${committeeSlugs.get(record.committee.id) ?? 'committee'}.html`;
    const meetingPage = pageOf.get(record.meeting.id) ?? '';
    const view = publicMeeting(entry.data, entry.edition);
    const paperFiles = new Map<string, string>();
    for (const item of view.items) {
      if (item.part === 'B') continue;
      for (const paper of item.papers) {
        const name = uniqueName(paperFileName(meetingPage.replace(/\.html$/, ''), item.number, paper), files);
        paperFiles.set(paper.id, name);
        files.push({ name, bytes: paper.bytes });
      }
    }
    const documentLinks = publishedDocumentFiles(meetingPage.replace(/\.html$/, ''), entry.documents ?? {});
    for (const link of documentLinks) files.push({ name: link.href, bytes: link.bytes });
    const decisionNotices = new Map<string, string>();
    if (entry.edition === 'minutes') {
      const base = meetingPage.replace(/\.html$/, '');
      const rules = site.callInRules ?? deadlineRulesFrom(site.organisation);
      for (const { itemNumber, notice } of meetingDecisionNotices(entry.data, rules)) {
        const name = `${base}-item-${itemNumber.replace(/\./g, '-')}-decision-notice`;
        const word = entry.documents?.decisionNotices?.[itemNumber];
        if (word) files.push({ name: `${name}.docx`, bytes: word });
        const download = word
          ? `\n<p><a href="${name}.docx">Decision notice (${paperTypeAndSize({ format: 'docx', sizeBytes: word.byteLength })})</a></p>`
          : '';
        page(
          `${name}.html`,
          `Decision notice: ${notice.title}`,
          [
            { label: 'Committees', href: 'index.html' },
            { label: record.committee.name, href: committeePage },
            { label: formatLongDate(record.meeting.date), href: meetingPage },
            { label: 'Decision notice' },
          ],
          `${decisionNoticeContent(notice)}${download}`,
        );
        decisionNotices.set(itemNumber, `${name}.html`);
      }
    }
    const next = entry.nextMeeting;
    const nextMeeting = next && {
      label: `${formatLongDate(next.date)}, ${formatClockTime(next.startTime)}`,
      ...(pageOf.has(next.id) ? { href: pageOf.get(next.id) } : {}),
    };
    const title = meetingTitle(record);
    page(
      meetingPage,
      title,
      [
        { label: 'Committees', href: 'index.html' },
        { label: record.committee.name, href: committeePage },
        { label: formatLongDate(record.meeting.date) },
      ],
      meetingPageContent(
        record,
        view,
        { paperFiles, decisionNotices, ...(nextMeeting ? { nextMeeting } : {}) },
        documentLinks,
      ),
    );
    const what = editionWords(view);
    pages.push({ meetingId: record.meeting.id, page: meetingPage, title, summary: what });
    const listed = committees.get(record.committee.id) ?? {
      committee: record.committee,
      page: committeePage,
      meetings: [],
    };
    listed.meetings.push({ meeting: record.meeting, page: meetingPage, what });
    committees.set(record.committee.id, listed);
  }
  for (const listed of committees.values()) {
    page(
      listed.page,
      listed.committee.name,
      [{ label: 'Committees', href: 'index.html' }, { label: listed.committee.name }],
      committeePageContent(listed, site.organisation.municipalYearStartMonth),
    );
  }
  const plan = site.forwardPlan;
  const withPlan = plan && plan.entries.length > 0 ? plan : undefined;
  if (withPlan) {
    const word = withPlan.docx ? 'forward-plan.docx' : undefined;
    if (withPlan.docx && word) files.push({ name: word, bytes: withPlan.docx });
    const download = word
      ? `<p><a href="${word}">Forward plan of key decisions</a> <span class="size">(${paperTypeAndSize({ format: 'docx', sizeBytes: withPlan.docx?.byteLength ?? 0 })})</span></p>`
      : '';
    page(
      forwardPlanName,
      'Forward plan of key decisions',
      [{ label: 'Committees', href: 'index.html' }, { label: 'Forward plan' }],
      `${forwardPlanContent(council, withPlan.entries, withPlan.publishedOn)}\n${download}`,
    );
  }
  const individual = individualDecisionPages(site.individualDecisions ?? []);
  files.push(...individual.files);
  for (const each of individual.pages) page(each.name, each.title, each.trail, each.content);
  const planLink = [
    withPlan ? `\n<p><a href="${forwardPlanName}">Forward plan of key decisions</a></p>` : '',
    individual.pages.length
      ? `\n<p><a href="${individualDecisionsName}">Decisions by individual members and officers</a></p>`
      : '',
  ].join('');
  page(
    'index.html',
    'Committees',
    [{ label: 'Committees' }],
    `${committeesIndexContent(council, [...committees.values()])}${planLink}`,
  );
  files.push({
    name: stylesheetName,
    bytes: encoder.encode(publishedStylesheet(site.colours ?? site.organisation.websiteColours)),
  });
  return { files, meetings: pages };
}

/** Names Chamber's own files take, which no committee's page may. */
const reservedNames = new Set([
  'index',
  'style',
  'feed',
  'meetings',
  'logo',
  'chamber-published',
  'chamber-page-template',
  'forward-plan',
  'decisions',
]);

/**
 * Each committee's name in file names: its name made fit for a web address, with its id added when
 * another committee in the folder has the same name (or the name is one of Chamber's own files), so no committee's
 * page is ever written over another's. (When a second committee of the same name is first published, the first's
 * pages move to their longer name: the publisher removes the old files it wrote and writes the new.)
 */
function committeeNames(committees: readonly Pick<Committee, 'id' | 'name'>[]): Map<string, string> {
  const byId = new Map(committees.map((committee) => [committee.id, committee]));
  const idsBySlug = new Map<string, Set<string>>();
  for (const committee of byId.values()) {
    const slug = slugOf(committee.name);
    idsBySlug.set(slug, (idsBySlug.get(slug) ?? new Set()).add(committee.id));
  }
  const names = new Map<string, string>();
  for (const committee of byId.values()) {
    const slug = slugOf(committee.name);
    const shared = (idsBySlug.get(slug)?.size ?? 0) > 1 || reservedNames.has(slug);
    names.set(committee.id, shared ? `${slug}-${slugOf(committee.id)}` : slug);
  }
  return names;
}

const documentNames = {
  packPdf: { label: 'Agenda pack', file: 'agenda-pack.pdf', format: 'pdf' },
  packDocx: { label: 'Agenda pack', file: 'agenda-pack.docx', format: 'docx' },
  minutesPdf: { label: 'Minutes', file: 'minutes.pdf', format: 'pdf' },
  minutesDocx: { label: 'Minutes', file: 'minutes.docx', format: 'docx' },
} as const;

/** "partnership-board-2025-03-12-1800-agenda-pack.pdf" and the rest, in the order the page lists them. */
function publishedDocumentFiles(
  meeting: string,
  documents: PublishedDocuments,
): (MeetingDocumentLink & { bytes: Uint8Array })[] {
  return (Object.keys(documentNames) as (keyof typeof documentNames)[]).flatMap((kind) => {
    const bytes = documents[kind];
    const { label, file, format } = documentNames[kind];
    return bytes ? [{ label, href: `${meeting}-${file}`, format, sizeBytes: bytes.byteLength, bytes }] : [];
  });
}

function editionWords(view: PublicMeeting): string {
  if (view.minutes === 'approved') return 'Agenda and minutes';
  if (view.minutes === 'draft') return 'Agenda and draft minutes';
  return 'Agenda';
}

function logoFile(organisation: OrganisationSettings): PublishedFile | undefined {
  const logo = organisation.logo;
  const extension = logo && logoExtensions[logo.mediaType];
  return logo && extension ? { name: `logo.${extension}`, bytes: logo.bytes } : undefined;
}

/** Two papers of one item with the same name get "-2", "-3": a paper never overwrites another. */
function uniqueName(name: string, files: readonly PublishedFile[]): string {
  const taken = new Set(files.map((file) => file.name));
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  for (let counter = 2; ; counter += 1) {
    const candidate = `${name.slice(0, dot)}-${counter}${name.slice(dot)}`;
    if (!taken.has(candidate)) return candidate;
  }
}
