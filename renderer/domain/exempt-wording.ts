import type { ExemptParagraph, OrganisationSettings } from './model';

/** Chamber's wording for exempt markings, used where the council has not set its own. */
export const defaultExemptWording = {
  exemptFrontSheet: 'PRIVATE PACK: CONTAINS EXEMPT INFORMATION. NOT FOR PUBLICATION.',
  exemptPageHeader:
    'NOT FOR PUBLICATION by virtue of paragraph {paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972',
  withheldPaperLine:
    '{paper} (item {item}) is not for publication: it contains exempt information under paragraph {paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972, and is circulated to members only.',
} as const;
export type ExemptWordingField = keyof typeof defaultExemptWording;

/** What each wording may name, for the settings screen's hints. */
export const exemptWordingPlaceholders: Record<ExemptWordingField, string[]> = {
  exemptFrontSheet: [],
  exemptPageHeader: ['{paragraph}'],
  withheldPaperLine: ['{paper}', '{item}', '{paragraph}'],
};

type Wording = Partial<Pick<OrganisationSettings, ExemptWordingField>>;

/**
 * One exempt marking in the council's words, with its blanks filled. A paragraph that is not known (damaged data)
 * reads "Part 1" so the marking still says the paper is exempt. With no item given, the wording's "(item {item})"
 * is left out.
 *
 * @example exemptWording(organisation, 'exemptPageHeader', { paragraph: 3 })
 */
export function exemptWording(
  organisation: Wording | undefined,
  field: ExemptWordingField,
  blanks: { paragraph?: ExemptParagraph; paper?: string; item?: string } = {},
): string {
  const own = organisation?.[field]?.trim();
  const chosen = own || defaultExemptWording[field];
  const wording = blanks.item === undefined ? chosen.replace(/\s*\(item \{item\}\)/g, '') : chosen;
  return wording
    .replace(/\{paragraph\}/g, blanks.paragraph ? String(blanks.paragraph) : '(not stated)')
    .replace(/\{paper\}/g, blanks.paper ?? 'This paper')
    .replace(/\{item\}/g, blanks.item ?? '');
}
