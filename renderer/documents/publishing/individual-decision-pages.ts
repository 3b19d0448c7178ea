import { formatLongDate } from '../../domain/en-gb';
import { decisionNoticeContent, type DecisionNotice } from '../decision-notice';
import { escapeHtml } from './html';
import { paperTypeAndSize } from './paper-files';

/** A decision taken by one person, to publish: its notice, the page's name (no extension) and its Word file. */
export type IndividualNoticeToPublish = { name: string; notice: DecisionNotice; docx?: Uint8Array };

/** A page of the published folder before the template goes round it. */
export type UnwrappedPage = {
  name: string;
  title: string;
  trail: { label: string; href?: string }[];
  content: string;
};

export const individualDecisionsName = 'decisions.html';

/**
 * The pages of decisions taken by one person (cabinet members, officers under delegation): each notice's page,
 * with its Word file to download, and the list of them newest first, which the index links to. None when no
 * notice is published.
 *
 * @example individualDecisionPages(notices).pages.map((page) => page.name)
 */
export function individualDecisionPages(notices: readonly IndividualNoticeToPublish[]): {
  pages: UnwrappedPage[];
  files: { name: string; bytes: Uint8Array }[];
} {
  if (notices.length === 0) return { pages: [], files: [] };
  const sorted = [...notices].sort(
    (a, b) =>
      b.notice.decidedOn.localeCompare(a.notice.decidedOn) ||
      a.notice.title.localeCompare(b.notice.title, 'en-GB'),
  );
  const files = sorted.flatMap(({ name, docx }) => (docx ? [{ name: `${name}.docx`, bytes: docx }] : []));
  const trail = [
    { label: 'Committees', href: 'index.html' },
    { label: 'Decisions by individual members and officers', href: individualDecisionsName },
  ];
  const pages: UnwrappedPage[] = sorted.map(({ name, notice, docx }) => ({
    name: `${name}.html`,
    title: `Decision notice: ${notice.title}`,
    trail: [...trail, { label: 'Decision notice' }],
    content: `${decisionNoticeContent(notice)}${
      docx
        ? `\n<p><a href="${escapeHtml(name)}.docx">Decision notice (${paperTypeAndSize({ format: 'docx', sizeBytes: docx.byteLength })})</a></p>`
        : ''
    }`,
  }));
  const rows = sorted.map(
    ({ name, notice }) =>
      `<li><a href="${escapeHtml(name)}.html">${escapeHtml(notice.title)}</a> <span class="size">${escapeHtml(`${notice.decisionMaker}, ${formatLongDate(notice.decidedOn)}`)}</span></li>`,
  );
  pages.push({
    name: individualDecisionsName,
    title: 'Decisions by individual members and officers',
    trail: [trail[0] ?? { label: 'Committees' }, { label: 'Decisions' }],
    content: `<h1>Decisions by individual members and officers</h1>\n<p>Executive decisions taken by a cabinet member alone, or by an officer under delegated powers, with their decision notices, the latest first.</p>\n<ul>${rows.join('')}</ul>`,
  });
  return { pages, files };
}
