import type { ExclusionMotion } from './model';
import { itemsNumbered } from './english';

/**
 * The motion to exclude the press and public, in the words of s100A(4) of the Local Government Act 1972, naming
 * the items (by agenda number), the Schedule 12A paragraph and the public interest reason.
 *
 * @example exclusionMotionText({ paragraph: 3, publicInterestReason: 'the bids are live', ... }, ['9'])
 */
export function exclusionMotionText(motion: ExclusionMotion, itemNumbers: readonly string[]): string {
  const which = itemNumbers.length ? ` for ${itemsNumbered(itemNumbers)}` : ' for the following business';
  const reason = motion.publicInterestReason.trim().replace(/\.$/, '');
  return (
    `That under section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting${which} ` +
    `on the grounds that it involves the likely disclosure of exempt information as defined in paragraph ${motion.paragraph} ` +
    `of Part 1 of Schedule 12A to the Act` +
    (reason
      ? `, and that the public interest in maintaining the exemption outweighs the public interest in disclosing the information because ${reason}.`
      : '.')
  );
}

/** What followed the vote, said once after the result. */
export function exclusionOutcome(carried: boolean, itemNumbers: readonly string[]): string {
  const which = itemNumbers.length ? itemsNumbered(itemNumbers) : 'the following business';
  return carried
    ? `The press and public were excluded from the meeting for ${which}.`
    : `The press and public were not excluded: ${which} ${itemNumbers.length > 1 ? 'were' : 'was'} considered in public.`;
}
