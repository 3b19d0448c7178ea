import type {
  AgendaItem,
  Declaration,
  DeclarationKind,
  InterestCategory,
  IsoDate,
  RegisteredInterest,
} from './model';

/**
 * Declarations Chamber suggests for an item from the register of interests: an interest of a member at the
 * meeting whose description names one of the item's wards, or shares a significant word with its title
 * ("Harrow Leisure Centre contract" and "Director of Harrow Leisure Ltd"). The clerk confirms or ignores each;
 * nothing is declared for them.
 *
 * @example suggestDeclarations({ item, interests, memberIds: ['p1'], declarations: [], on: '2012-12-06' })
 */
export type SuggestionInput = {
  item: Pick<AgendaItem, 'id' | 'title' | 'wards'>;
  interests: readonly RegisteredInterest[];
  /** The members at the meeting: only their interests are suggested. */
  memberIds: readonly string[];
  declarations: readonly Declaration[];
  /** The meeting date: interests that ended before or began after it are ignored. */
  on: IsoDate;
  /**
   * Names that stand on every paper (the organisation's and the committee's). Their words say nothing about an
   * item: "Harrow" in "Harrow Council" would otherwise tie every Harrow item to every Harrow interest.
   */
  namesOnEveryPaper?: readonly string[];
};

export type DeclarationSuggestion = {
  personId: string;
  interestId: string;
  kind: DeclarationKind;
  nature: string;
  /** The ward or words that matched, for the clerk to judge. */
  matchedOn: string[];
};

const dpiCategories: readonly InterestCategory[] = [
  'employment',
  'sponsorship',
  'contracts',
  'land',
  'licences',
  'corporateTenancies',
  'securities',
];

export function declarationKindOf(category: InterestCategory): DeclarationKind {
  if (dpiCategories.includes(category)) return 'dpi';
  return category === 'otherRegistrable' ? 'otherRegistrable' : 'nonRegistrable';
}

/** Words too common in agenda titles and registers to mean anything. */
const commonWords = new Set(
  'about after against also annual board borough committee council councils from group have into item items ltd limited meeting minutes other over plan policy report reports review scheme service services strategy that their them there these this under update with year'.split(
    ' ',
  ),
);

/** Lower-case significant words, a plural "s" dropped so "schools" meets "school". */
export function significantWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9']+/g) ?? [])
    .map((word) => word.replace(/'s$/, ''))
    .filter((word) => word.length >= 4 && !commonWords.has(word))
    .map((word) =>
      word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word,
    );
}

function activeOn(interest: RegisteredInterest, on: IsoDate): boolean {
  return (!interest.from || interest.from <= on) && (!interest.to || interest.to >= on);
}

export function suggestDeclarations(input: SuggestionInput): DeclarationSuggestion[] {
  const everywhere = new Set((input.namesOnEveryPaper ?? []).flatMap(significantWords));
  const titleWords = new Set(significantWords(input.item.title).filter((word) => !everywhere.has(word)));
  const members = new Set(input.memberIds);
  const declared = new Set(
    input.declarations
      .filter((declaration) => declaration.agendaItemId === input.item.id)
      .map((declaration) => declaration.personId),
  );
  const suggestions: DeclarationSuggestion[] = [];
  for (const interest of input.interests) {
    if (!members.has(interest.personId) || declared.has(interest.personId)) continue;
    if (!activeOn(interest, input.on)) continue;
    const description = interest.description.toLowerCase();
    const wards = input.item.wards.filter(
      (ward) => ward.trim() && description.includes(ward.trim().toLowerCase()),
    );
    const words = [...new Set(significantWords(interest.description))].filter((word) => titleWords.has(word));
    if (wards.length === 0 && words.length === 0) continue;
    suggestions.push({
      personId: interest.personId,
      interestId: interest.id,
      kind: declarationKindOf(interest.category),
      nature: interest.description,
      matchedOn: [...wards, ...words],
    });
  }
  return suggestions;
}
