import type { AgendaItem } from './model';

export type AgendaItemDetails = Partial<Omit<AgendaItem, 'id' | 'meetingId' | 'order' | 'parentId'>>;

/** What the check reads, and any paragraph number, so a file's unchecked number is read the same way. */
type CheckedDetails = Pick<
  AgendaItemDetails,
  'title' | 'part' | 'publicInterestReason' | 'urgent' | 'specialCircumstances'
> & { exemptParagraph?: number };

/**
 * What is wrong with an item's details, field by field, in words the clerk can act on. The screens
 * check an item with it before saving, and an import checks every item it brings in with it too, so a file
 * cannot store a Part B item that does not say why it is exempt.
 */
export function agendaItemProblems(details: CheckedDetails): Partial<Record<keyof AgendaItem, string>> {
  const problems: Partial<Record<keyof AgendaItem, string>> = {};
  if (details.title !== undefined && !details.title.trim()) problems.title = 'Type the item’s title.';
  if (details.part === 'B') {
    if (!details.exemptParagraph) {
      problems.exemptParagraph = 'Choose the paragraph of Schedule 12A that makes this item exempt.';
    }
    if (!details.publicInterestReason?.trim()) {
      problems.publicInterestReason =
        'State why the public interest in keeping it exempt outweighs the public interest in disclosing it.';
    }
  }
  if (details.urgent && !details.specialCircumstances?.trim()) {
    problems.specialCircumstances =
      'State the special circumstances that make this item urgent: the minutes must record them.';
  }
  return problems;
}
