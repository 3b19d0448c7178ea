/**
 * The council's own report cover: the rows it adds to the cover table (e.g. "Scrutiny Lead Member area"), the
 * implications Section 2 asks the author to answer, and the statutory officers whose clearance Section 3 records.
 * An organisation setting; unset (or a blank list) is seed 000's cover, so covers made before stay as they were.
 */
export type ReportCoverSections = {
  rows?: string[];
  implications?: string[];
  clearances?: string[];
};

export type ReportCoverPlace = keyof ReportCoverSections;

/** What the settings screen calls each list. */
export const reportCoverPlaces: Record<ReportCoverPlace, string> = {
  rows: 'Rows the council adds to the cover table',
  implications: 'Section 2: implications the author answers',
  clearances: 'Section 3: statutory officers who clear the report',
};

export const defaultReportCoverSections: Required<ReportCoverSections> = {
  rows: [],
  implications: [
    'Financial Implications',
    'Performance Issues',
    'Environmental Impact',
    'Risk Management Implications',
    'Equalities implications',
    'Corporate Priorities',
  ],
  clearances: ['Chief Financial Officer', 'Monitoring Officer'],
};

/**
 * The author's answer to one heading of the cover, kept on the report's agenda item. `notRequired` prints
 * "Not required for this report" (a clearance or implication that does not apply) whatever the text says.
 */
export type CoverAnswer = { heading: string; text: string; notRequired?: boolean };

export const notRequiredWording = 'Not required for this report';

/**
 * The headings the organisation's cover prints, list by list: its own where it has named some, Chamber's (seed
 * 000) where not. Blank headings and repeats are dropped, so no empty label prints.
 *
 * @example reportCoverSectionsOf(undefined).clearances // ['Chief Financial Officer', 'Monitoring Officer']
 */
export function reportCoverSectionsOf(
  stored: ReportCoverSections | undefined,
): Required<ReportCoverSections> {
  const list = (place: ReportCoverPlace): string[] => {
    const own = [...new Set((stored?.[place] ?? []).map((heading) => heading.trim()).filter(Boolean))];
    return own.length > 0 ? own : [...defaultReportCoverSections[place]];
  };
  return { rows: list('rows'), implications: list('implications'), clearances: list('clearances') };
}

/** The author's answer to a heading, matched however its case or spacing was typed. */
export function coverAnswerOf(
  answers: readonly CoverAnswer[] | undefined,
  heading: string,
): CoverAnswer | undefined {
  const key = heading.trim().toLowerCase();
  return answers?.find((answer) => answer.heading.trim().toLowerCase() === key);
}

/** An answer as the cover prints it: "Not required for this report", the author's text, or undefined (unanswered). */
export function printedCoverAnswer(answer: CoverAnswer | undefined): string | undefined {
  if (answer?.notRequired) return notRequiredWording;
  return answer?.text.trim() || undefined;
}

/** What is wrong with the council's cover headings, in words the clerk can act on; undefined when nothing is. */
export function reportCoverProblem(stored: ReportCoverSections | undefined): string | undefined {
  for (const place of Object.keys(reportCoverPlaces) as ReportCoverPlace[]) {
    const headings = stored?.[place] ?? [];
    if (headings.length > 100) return `${reportCoverPlaces[place]}: keep to 100 headings or fewer.`;
    const long = headings.find((heading) => heading.length > 200);
    if (long !== undefined)
      return `${reportCoverPlaces[place]}: “${long.slice(0, 40)}…” is too long for a heading; keep each to 200 characters.`;
  }
  return undefined;
}
