import type { Random } from './random';
import type { reportSubjects } from './vocabulary';
import { actionTexts, discussionOpeners, discussionPoints, wards } from './vocabulary';

export type Subject = (typeof reportSubjects)[number];

/** The blanks a sentence template may hold, filled for one agenda item. */
export type Blanks = { officer: string; subject: string; measure: string; member: string; ward: string };

export function fill(template: string, blanks: Blanks): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => blanks[key as keyof Blanks] ?? '');
}

export function blanksFor(random: Random, subject: Subject, officer: string, member: string): Blanks {
  return { officer, subject: subject[1], measure: subject[2], member, ward: random.pick(wards) };
}

/** The discussion of a substantive item: an opening and three to six points, 80 to 250 words. */
export function discussion(random: Random, blanks: Blanks): string[] {
  const points = random.sample(discussionPoints, random.int(3, 6));
  return [fill(random.pick(discussionOpeners), blanks), ...points.map((point) => fill(point, blanks))];
}

export function actionText(random: Random, blanks: Blanks): string {
  return `${fill(random.pick(actionTexts), blanks)}.`;
}

/** The body of an officer's report, on the standard cover's sections (DOMAIN.md). */
export function reportParagraphs(random: Random, title: string, blanks: Blanks, date: string): string[] {
  return [
    `REPORT FOR: ${title}`,
    `Date of Meeting: ${date}`,
    `Responsible Officer: ${blanks.officer}`,
    `Wards affected: ${blanks.ward}`,
    'Section 1: Summary and Recommendations',
    `This report sets out the position on ${blanks.subject} and asks Members to note progress and agree the next steps.`,
    `Recommendation: That the Committee notes the report and agrees the approach to ${blanks.measure}.`,
    'Section 2: Report',
    ...random
      .sample(discussionPoints, 4)
      .map((point) => fill(point, blanks).replace(/^Members /, 'Officers expect that Members will have ')),
    `Financial implications: the costs of ${blanks.subject} are met from existing budgets.`,
    `Risk management implications: ${blanks.measure} is recorded on the directorate risk register.`,
    'Equalities implications: an equalities impact assessment has been completed and is available on request.',
    'Section 3: Statutory Officer Clearance',
    'Section 4: Contact Details and Background Papers',
    `Contact: ${blanks.officer}, Brackenmoor Civic Centre.`,
  ];
}
