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
});
