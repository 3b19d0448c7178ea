import { formatLongDate } from '../../domain/en-gb';
import { exemptParagraphs, type IsoDate } from '../../domain/model';
import { escapeHtml } from '../publishing/html';
import type { ForwardPlanEntry } from './forward-plan-entries';

/** The reasons a key decision is taken in private, in the words of the notice (SI 2012/2089 reg 5). */
export function privateReason(inPrivate: NonNullable<ForwardPlanEntry['inPrivate']>): string {
  const paragraph = inPrivate.paragraph
    ? `Exempt information under paragraph ${inPrivate.paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972 (${exemptParagraphs[inPrivate.paragraph].replace(/\.$/, '')})`
    : 'Exempt information under Schedule 12A to the Local Government Act 1972';
  return `${paragraph}.${inPrivate.reason.trim() ? ` ${inPrivate.reason.trim()}` : ''}`;
}

export function lateNotice(entry: ForwardPlanEntry): string {
  return `Less than 28 clear days’ notice (${entry.clearDays}): to be taken under the general exception or special urgency.`;
}

/**
 * The forward plan's page: the notice of key decisions and of private meetings, then each key decision with its
 * decision maker, expected date, documents and whether it will be taken in private and why.
 *
 * @example forwardPlanContent('Wrenmoor Borough Council', entries, '2025-02-01')
 */
export function forwardPlanContent(
  council: string,
  entries: ForwardPlanEntry[],
  publishedOn: IsoDate,
): string {
  const intro = `<p>Published ${escapeHtml(formatLongDate(publishedOn))}. ${escapeHtml(council)} gives at least 28 clear days’ notice of each key decision, and of each meeting at which a key decision will be taken in private, under regulations 5 and 9 of the Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012.</p>`;
  if (entries.length === 0) {
    return `<h1>Forward plan of key decisions</h1>\n${intro}\n<p>No key decisions are planned.</p>`;
  }
  const sections = entries.map((entry) => {
    const rows: [string, string][] = [
      ['Decision maker', entry.decisionMaker],
      ['Expected date', formatLongDate(entry.expectedDate)],
      ['Responsible officer', entry.responsibleOfficer],
      ['Wards affected', entry.wards.join(', ') || 'All wards'],
      ['Documents to be considered', entry.documents.join('; ') || 'None yet'],
      ['In public or private', entry.inPrivate ? `Private. ${privateReason(entry.inPrivate)}` : 'Public'],
    ];
    const late = entry.inTime ? '' : `<p class="exempt">${escapeHtml(lateNotice(entry))}</p>`;
    const details = rows
      .filter(([, value]) => value.trim())
      .map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`)
      .join('');
    return `<section class="item"><h2>${escapeHtml(entry.matter)}</h2><dl class="details">${details}</dl>${late}</section>`;
  });
  return `<h1>Forward plan of key decisions</h1>\n${intro}\n${sections.join('\n')}`;
}
