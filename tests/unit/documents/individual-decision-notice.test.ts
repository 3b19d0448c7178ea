import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultOrganisationSettings } from '../../../renderer/db/repositories/settings';
import { packDocument } from '../../../renderer/documents/common/pack';
import {
  buildDecisionNotice,
  individualDecisionNotice,
  individualNoticeName,
} from '../../../renderer/documents/decision-notice';
import { buildPublishedPages } from '../../../renderer/documents/publishing/site';
import { deadlineRulesFrom } from '../../../renderer/domain/calendar/deadline-rules';
import { blankIndividualDecision } from '../../../renderer/domain/individual-decision';
import type { IndividualDecision } from '../../../renderer/domain/model';

const rules = deadlineRulesFrom(defaultOrganisationSettings);
const parking: IndividualDecision = {
  ...blankIndividualDecision,
  id: '3f2a9c1e-0000-4000-8000-000000000000',
  title: 'Parking charges in Harrow Weald',
  decisionMaker: 'Councillor Susan Hall',
  portfolio: 'Cabinet Member for Environment',
  decidedOn: '2025-03-12',
  decision: 'To set the charges in the schedule.\nTo review them in a year.',
  reasons: 'The charges have not changed since 2009.',
  interests: 'Councillor Hall: a permit holder in the zone (other registrable interest).',
  noticePublishedOn: '2025-03-14',
};

describe('the notice of a decision taken by one person', () => {
  it('names the member with the portfolio, the decision and interests as recorded, and the call-in', () => {
    const notice = individualDecisionNotice(parking, 'Wrenmoor Borough Council', rules);
    expect(notice).toMatchObject({
      council: 'Wrenmoor Borough Council',
      decisionMaker: 'Councillor Susan Hall, Cabinet Member for Environment',
      decidedOn: '2025-03-12',
      decision: ['To set the charges in the schedule.', 'To review them in a year.'],
      interests: ['Councillor Hall: a permit holder in the zone (other registrable interest).'],
      callIn:
        'This decision may be called in until the end of Friday 21 March 2025. If it is not called in, it can be implemented from Monday 24 March 2025.',
    });
  });

  it('says an officer acted under delegation', () => {
    const notice = individualDecisionNotice(
      { ...parking, takenBy: 'officer', decisionMaker: 'Jo Bloggs', portfolio: 'Director of Environment' },
      'Wrenmoor Borough Council',
      rules,
    );
    expect(notice.decisionMaker).toBe('Jo Bloggs, Director of Environment (officer under delegation)');
  });

  it('prints in Word with no agenda item number', async () => {
    const notice = individualDecisionNotice(parking, 'Wrenmoor Borough Council', rules);
    const xml = strFromU8(unzipSync(await packDocument(buildDecisionNotice(notice)))['word/document.xml']!);
    expect(xml).toContain('Date of decision: Wednesday 12 March 2025<');
    expect(xml).toContain('Cabinet Member for Environment');
  });

  it('is published as its own page, listed on the decisions page the index links to', () => {
    const notice = individualDecisionNotice(parking, 'Wrenmoor Borough Council', rules);
    const name = individualNoticeName(parking);
    expect(name).toBe('decision-2025-03-12-parking-charges-in-harrow-weald-3f2a9c1e');
    const built = buildPublishedPages({
      organisation: { ...defaultOrganisationSettings, name: 'Wrenmoor Borough Council' },
      meetings: [],
      individualDecisions: [{ name, notice, docx: new Uint8Array([1, 2, 3]) }],
    });
    const page = (file: string) => {
      const found = built.files.find((each) => each.name === file);
      return found ? new TextDecoder().decode(found.bytes) : '';
    };
    expect(page(`${name}.html`)).toContain('<h1>Decision notice: Parking charges in Harrow Weald</h1>');
    expect(page(`${name}.html`)).toContain(`href="${name}.docx"`);
    expect(built.files.map((file) => file.name)).toContain(`${name}.docx`);
    expect(page('decisions.html')).toContain(`<a href="${name}.html">Parking charges in Harrow Weald</a>`);
    expect(page('index.html')).toContain('<a href="decisions.html">');
  });

  it('taken in private, holds none of its exempt words and prints the public pack’s withheld line', async () => {
    const depot: IndividualDecision = {
      ...parking,
      title: 'Sale of the Mill Lane depot',
      part: 'B',
      exemptParagraph: 3,
      publicInterestReason: 'SECRET-REASON the bids are commercially sensitive.',
      decision: 'SECRET-DECISION to sell to Acme Ltd for £1.2m.',
      reasons: 'SECRET-REASONS the best bid.',
      alternatives: 'SECRET-ALTERNATIVES keep it.',
      interests: 'SECRET-INTEREST Councillor Hall: a neighbour.',
      dispensations: 'SECRET-DISPENSATION none needed.',
      urgent: true,
      urgencyReason: 'SECRET-URGENCY the bid lapses on Friday.',
    };
    const organisation = { ...defaultOrganisationSettings, name: 'Wrenmoor Borough Council' };
    const notice = individualDecisionNotice(depot, 'Wrenmoor Borough Council', rules, organisation);
    const withheld =
      'The record of this decision is not for publication: it contains exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972, and is circulated to members only.';
    expect(notice.withheld).toEqual([
      'Exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972: Information relating to the financial or business affairs of any particular person (including the authority holding that information).',
      withheld,
    ]);
    expect(JSON.stringify(notice)).not.toContain('SECRET');
    const word = strFromU8(unzipSync(await packDocument(buildDecisionNotice(notice)))['word/document.xml']!);
    expect(word).toContain(withheld);
    expect(word).toContain('This decision is urgent and is not subject to call-in.');
    const name = individualNoticeName(depot);
    const built = buildPublishedPages({
      organisation,
      meetings: [],
      individualDecisions: [{ name, notice }],
    });
    const pages = built.files.map((file) => new TextDecoder().decode(file.bytes)).join('\n');
    expect(pages).toContain(withheld);
    expect(pages).toContain('Sale of the Mill Lane depot');
    expect(pages).not.toContain('SECRET');
  });

  it('withheld in the council’s own words when it has set them', () => {
    const notice = individualDecisionNotice(
      { ...parking, part: 'B', exemptParagraph: 1, publicInterestReason: 'A named tenant.' },
      'Wrenmoor Borough Council',
      rules,
      { withheldPaperLine: '{paper} (item {item}) is confidential under paragraph {paragraph}.' },
    );
    expect(notice.withheld?.[1]).toBe('The record of this decision is confidential under paragraph 1.');
  });
});
