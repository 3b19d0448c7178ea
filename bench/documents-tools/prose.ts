/**
 * Officers' prose for the benchmark's reports: sentences put together from parts, chosen by a seeded random
 * source, so every report (and every paragraph) reads differently, as real papers do. Repeated text would let
 * the zip and the builders' caches do far less work than a real pack asks of them.
 */

/** A small, fast seeded random source (mulberry32): the same seed makes the same report every time. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const reportTopics = [
  'Local Plan Review',
  'Highways Maintenance Programme',
  'Housing Allocations Policy',
  'Air Quality Action Plan',
  'Leisure Centre Refurbishment',
  'Treasury Management Strategy',
  'Homelessness Prevention',
  'Flood Risk Management',
  'Children’s Services Improvement',
  'Waste and Recycling Contract',
  'Town Centre Regeneration',
  'Adult Social Care Charging',
  'Climate Emergency Action Plan',
  'Library Service Review',
  'Licensing Policy Statement',
  'Capital Programme Monitoring',
] as const;

const openers = [
  'In the last quarter',
  'Since the Cabinet last considered the matter',
  'Following the consultation',
  'As set out in the previous report',
  'Over the course of the year',
  'Taking account of the audit findings',
  'In line with the Council Plan',
  'Subject to the Board’s approval',
  'Compared with the same period last year',
  'Across the borough',
  'Within the approved budget',
  'Despite continued pressure on staffing',
];
const subjects = [
  'the service',
  'officers',
  'the project team',
  'the Council',
  'our partners in the voluntary sector',
  'the contractor',
  'the scrutiny panel',
  'ward councillors',
  'the finance team',
  'residents who responded',
  'the working group',
  'the Director of Place',
];
const verbs = [
  'has reviewed',
  'has delivered',
  'expects to complete',
  'continues to monitor',
  'has identified',
  'will report on',
  'has reduced',
  'proposes to extend',
  'has consulted on',
  'recommends changes to',
  'has secured funding for',
  'is still assessing',
];
const objects = [
  'the backlog of outstanding repairs',
  'the eligibility criteria for support',
  'the risks recorded in the corporate register',
  'the targets agreed with the Government',
  'the procurement of a new framework contract',
  'the equality impact of the proposals',
  'the capital receipts expected from disposals',
  'the arrangements for monitoring performance',
  'the number of households in temporary accommodation',
  'the maintenance of footpaths and bridleways',
  'the forecast overspend on agency staff',
  'the carbon emissions from the Council’s buildings',
  'the response times for reported defects',
  'the income from fees and charges',
];
const endings = [
  'and a further update will follow in the spring.',
  'within the resources already allocated.',
  'although some uncertainty remains about the timetable.',
  'with the support of neighbouring authorities.',
  'as required by the statutory guidance.',
  'which members asked to see broken down by ward.',
  'ahead of the next budget setting round.',
  'and the results are summarised in the appendix.',
  'subject to the outcome of the judicial review.',
  'so that residents see the benefit before the winter.',
  'in accordance with the Financial Procedure Rules.',
  'while keeping the impact on front-line services to a minimum.',
];
const asides = [
  'The figures are provisional until the year-end accounts are closed.',
  'Members will recall that a similar approach was taken in 2019.',
  'No objections were received from statutory consultees.',
  'The legal implications are set out in section 9 below.',
  'This compares favourably with the regional average.',
  'The Section 151 Officer has been consulted on these figures.',
  'Further detail is available from the report author on request.',
  'Officers will keep the position under review.',
];

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

/** One sentence of an officer's report. */
export function sentence(random: () => number): string {
  if (random() < 0.12) return pick(random, asides);
  const amount = Math.round(random() * 900 + 40);
  const figures =
    random() < 0.3 ? ` (about £${amount},000, ${Math.round(random() * 40 + 2)}% of the total)` : '';
  return `${pick(random, openers)}, ${pick(random, subjects)} ${pick(random, verbs)} ${pick(random, objects)}${figures} ${pick(random, endings)}`;
}

/** A paragraph of four to seven sentences. */
export function paragraph(random: () => number): string {
  const count = 4 + Math.floor(random() * 4);
  return Array.from({ length: count }, () => sentence(random)).join(' ');
}

/** Paragraphs of prose adding up to about `characters` characters. */
export function prose(random: () => number, characters: number): string[] {
  const paragraphs: string[] = [];
  let total = 0;
  while (total < characters) {
    const next = paragraph(random);
    paragraphs.push(next);
    total += next.length;
  }
  return paragraphs;
}
