import { exemptParagraphs } from '../../domain/model';
import { formatShortDate } from '../../domain/en-gb';
import { printedResolution } from '../../domain/resolution-text';
import { resolutionLabel } from '../common/resolution';
import { romanNumeral } from '../common/paragraphs';
import { escapeHtml, richTextHtml } from './html';
import { declarationsHtml, proceedingsHtml } from './minute-wording-html';
import { paperTypeAndSize } from './paper-files';
import type { PublicItem, PublicMinute } from './public-meeting';

/** Where each public paper was published, by paper id; and the next meeting's date in words, when known. */
export type ItemContext = {
  paperFiles: Map<string, string>;
  nextMeeting?: { label: string; href?: string };
  /** The decision notice published for an item, by item number. */
  decisionNotices?: Map<string, string>;
};

/**
 * One agenda item as seed 003 shows it: number and title, the public papers with type and size, then its minutes.
 * A Part B item shows its title and the Schedule 12A paragraph only: publicMeeting gave it nothing else.
 */
export function itemHtml(item: PublicItem, context: ItemContext): string {
  const heading = `<h3><span class="number">${escapeHtml(item.number)}.</span> <span>${escapeHtml(item.title)}</span></h3>`;
  const indent = item.depth > 0 ? ' sub-item' : '';
  if (item.part === 'B') {
    const paragraph = item.exemptParagraph
      ? ` under paragraph ${item.exemptParagraph} of Part 1 of Schedule 12A to the Local Government Act 1972: ${exemptParagraphs[item.exemptParagraph]}`
      : '';
    // Heard in public after all (the exclusion motion was lost): its minute is public, its papers are not.
    if (item.minute)
      return `<section class="item${indent}">${heading}<p class="exempt">Exempt information${escapeHtml(paragraph)} Its papers are not published.</p>${minuteHtml(item.minute)}</section>`;
    return `<section class="item${indent}">${heading}<p class="exempt">Exempt information${escapeHtml(paragraph)} This item is taken in private; its papers and minutes are not published.</p></section>`;
  }
  const parts = [heading];
  if (item.description.trim()) parts.push(`<p>${escapeHtml(item.description.trim())}</p>`);
  if (item.standingKind === 'nextMeeting' && context.nextMeeting)
    parts.push(nextMeetingHtml(context.nextMeeting));
  if (item.papers.length > 0) {
    const links = item.papers.map((paper) => {
      const href = context.paperFiles.get(paper.id) ?? '';
      return `<li><a href="${escapeHtml(href)}">${escapeHtml(paper.name)}</a> <span class="size">(${paperTypeAndSize(paper)})</span></li>`;
    });
    parts.push(
      `<ul class="papers" aria-label="Papers for item ${escapeHtml(item.number)}">${links.join('')}</ul>`,
    );
  } else if (item.toFollow) {
    parts.push('<p>Report to follow.</p>');
  }
  for (const line of item.withheld) parts.push(`<p class="exempt">${escapeHtml(line)}</p>`);
  if (item.minute) parts.push(minuteHtml(item.minute));
  const notice = context.decisionNotices?.get(item.number);
  if (notice)
    parts.push(
      `<p><a href="${escapeHtml(notice)}">Decision notice for item ${escapeHtml(item.number)}</a></p>`,
    );
  return `<section class="item${indent}">${parts.join('')}</section>`;
}

function nextMeetingHtml(next: NonNullable<ItemContext['nextMeeting']>): string {
  const date = next.href
    ? `<a href="${escapeHtml(next.href)}">${escapeHtml(next.label)}</a>`
    : escapeHtml(next.label);
  return `<p>Date of next meeting: ${date}</p>`;
}

/**
 * "Minutes:" under the item, then as the Word minutes print it: who arrived, the urgency or heard-in-public note,
 * the text, declarations, the running order, the resolutions, conclusions i., ii., ACTIONS AGREED (i), (ii),
 * and who left.
 */
export function minuteHtml(minute: PublicMinute): string {
  const note = (text: string) => `<p><em>${escapeHtml(text)}</em></p>`;
  const parts = [
    `<h4>Minutes (${escapeHtml(minute.number)})</h4>`,
    // In the Word minutes' order: the opening notes, the text, declarations, then the running order as it happened.
    ...minute.notes.opening.map(note),
    richTextHtml(minute.text),
    declarationsHtml(minute.declared),
    ...minute.votingBars.map((sentence) => `<p>${escapeHtml(sentence)}</p>`),
    proceedingsHtml(minute.proceedings),
  ];
  for (const resolution of minute.resolutions) {
    const printed = printedResolution(resolutionLabel(resolution), resolution, minute.resolvedForm);
    parts.push(`<p class="resolution">${escapeHtml(printed.lead)}</p>`);
    if (printed.clauses.length > 0) {
      const clauses = printed.clauses.map((clause) => {
        const subs = clause.subClauses.map((sub) => `<li>${sub.marker} ${escapeHtml(sub.text)}</li>`);
        const subList = subs.length ? `<ul class="papers">${subs.join('')}</ul>` : '';
        return `<li class="resolution">${clause.marker} ${escapeHtml(clause.text)}${subList}</li>`;
      });
      parts.push(`<ul class="papers">${clauses.join('')}</ul>`);
    }
  }
  if (minute.conclusions.length > 0) {
    const conclusions = minute.conclusions.map(
      (text, index) => `<li><span class="marker">${romanNumeral(index + 1)}.</span> ${escapeHtml(text)}</li>`,
    );
    parts.push(`<p><strong>Conclusions</strong></p><ul class="papers">${conclusions.join('')}</ul>`);
  }
  if (minute.actions.length > 0) {
    const actions = minute.actions.map((action, index) => {
      const who = [action.owner, action.due && `by ${formatShortDate(action.due)}`]
        .filter(Boolean)
        .join(', ');
      const roman = romanNumeral(index + 1);
      return `<li>(${roman}) ${escapeHtml(action.text)}${who ? ` (${escapeHtml(who)})` : ''}</li>`;
    });
    parts.push(`<p><strong>ACTIONS AGREED</strong></p><ul class="papers">${actions.join('')}</ul>`);
  }
  parts.push(...minute.notes.closing.map(note));
  return `<div class="minutes">${parts.join('')}</div>`;
}
