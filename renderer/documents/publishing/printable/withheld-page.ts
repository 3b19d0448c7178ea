import { escapeHtml } from '../html';
import { printablePage } from './printable-page';

/**
 * The page standing where an exempt paper of a public item would be in the public pack's PDF: the withheld line
 * (what was withheld and under which paragraph, in the council's words) in the middle of the page, bold, as the
 * public Word pack prints it (agenda-pack/paper-sections.ts withheldPage). Never the paper's words.
 *
 * @example withheldPagePrint('“Appendix B” (item 6) is not for publication: ...', 'Wrenmoor Council')
 */
export function withheldPagePrint(line: string, council: string): string {
  return printablePage({
    title: line,
    council,
    body: `<p class="blank"><strong>${escapeHtml(line)}</strong></p>`,
  });
}
