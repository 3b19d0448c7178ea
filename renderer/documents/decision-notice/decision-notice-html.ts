import { formatLongDate } from '../../domain/en-gb';
import { escapeHtml } from '../publishing/html';
import { noticeSections, type DecisionNotice } from './decision-notice-data';

/** The decision notice's web page content (the publishing page template goes round it). */
export function decisionNoticeContent(notice: DecisionNotice): string {
  const facts = [
    ['Decision maker', notice.decisionMaker],
    ['Date of decision', formatLongDate(notice.decidedOn)],
    ['Key decision', notice.keyDecision ? 'Yes' : 'No'],
    ['Notice published', notice.publishedOn ? formatLongDate(notice.publishedOn) : ''],
  ].filter(([, value]) => value);
  const sections = noticeSections(notice).map(
    ([heading, lines]) =>
      `<h2>${escapeHtml(heading)}</h2>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}`,
  );
  return [
    `<h1>Decision notice: ${escapeHtml(notice.title)}</h1>`,
    `<dl class="details">${facts.map(([term, value]) => `<dt>${escapeHtml(term ?? '')}</dt><dd>${escapeHtml(value ?? '')}</dd>`).join('')}</dl>`,
    ...sections,
  ].join('\n');
}
