import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultOrganisationSettings } from '../../../renderer/db/repositories/settings';
import { packDocument } from '../../../renderer/documents/common/pack';
import { buildDecisionNotice, meetingDecisionNotices } from '../../../renderer/documents/decision-notice';
import { meetingDocuments } from '../../../renderer/documents/publishing/meeting-documents';
import { publicMeeting } from '../../../renderer/documents/publishing/public-meeting';
import { buildPublishedPages } from '../../../renderer/documents/publishing/site';
import { deadlineRulesFrom } from '../../../renderer/domain/calendar/deadline-rules';
import type { ExecutiveDecision } from '../../../renderer/domain/model';
import { sampleMeetingData, textOf } from './publishing/published-meeting';

const rules = deadlineRulesFrom(defaultOrganisationSettings);
const decision: ExecutiveDecision = {
  reasons: 'To keep the youth service open through the summer.',
  alternatives: 'Not to fund the bid: rejected, as the service would close in July.',
  dispensations: 'None.',
  urgent: false,
  urgencyReason: '',
  noticePublishedOn: '2025-03-14',
};

/** The sample meeting with an executive decision on its first public item that has resolutions minuted. */
function withDecision(more: Partial<ExecutiveDecision> = {}) {
  const data = sampleMeetingData();
  const decided = publicMeeting(data, 'minutes').items.find(
    (item) => item.part === 'A' && (item.minute?.resolutions.length ?? 0) > 0,
  );
  if (!decided || decided.part !== 'A') throw new Error('The sample has a resolution on a public item');
  data.record.agendaItems = data.record.agendaItems.map((item) =>
    item.id === decided.id ? { ...item, executiveDecision: { ...decision, ...more } } : item,
  );
  return { data, decided };
}

describe('decision notices', () => {
  it('say the decision, reasons, alternatives, interests, dispensations and the call-in period', () => {
    const { data, decided } = withDecision();
    const [entry] = meetingDecisionNotices(data, rules);
    expect(entry?.itemNumber).toBe(decided.number);
    expect(entry?.notice).toMatchObject({
      decisionMaker: 'Wrenmoor Community Partnership Board',
      reasons: decision.reasons,
      alternatives: decision.alternatives,
      // Published Friday 14 March 2025: five working days end on Friday 21 March.
      callIn:
        'This decision may be called in until the end of Friday 21 March 2025. If it is not called in, it can be implemented from Monday 24 March 2025.',
    });
    expect(entry?.notice.decision[0]).toMatch(/^(RESOLVED|AGREED|RECOMMENDED)/);
  });

  it('say an urgent decision is not subject to call-in, and a called-in one waits for scrutiny', () => {
    const urgent = meetingDecisionNotices(
      withDecision({ urgent: true, urgencyReason: 'the grant offer lapses on 31 March' }).data,
      rules,
    )[0]?.notice.callIn;
    expect(urgent).toBe(
      'This decision is urgent and is not subject to call-in: the grant offer lapses on 31 March. It can be implemented from Friday 14 March 2025.',
    );
    const calledIn = meetingDecisionNotices(
      withDecision({ callIn: { receivedOn: '2025-03-18', by: 'Cllr Amara Osei', reason: 'Costs unclear' } })
        .data,
      rules,
    )[0]?.notice.callIn;
    expect(calledIn).toBe(
      'This decision was called in on Tuesday 18 March 2025 by Cllr Amara Osei (Costs unclear). It will not be implemented until scrutiny has considered it.',
    );
  });

  it('are not made for a decision whose notice is not published, nor for a Part B item', () => {
    expect(meetingDecisionNotices(withDecision({ noticePublishedOn: undefined }).data, rules)).toEqual([]);
    const { data } = withDecision();
    data.record.agendaItems = data.record.agendaItems.map((item) =>
      item.executiveDecision ? { ...item, part: 'B', exemptParagraph: 3, publicInterestReason: 'x' } : item,
    );
    expect(meetingDecisionNotices(data, rules)).toEqual([]);
  });

  it('are published as a page linked from the item, and as Word', async () => {
    const { data, decided } = withDecision();
    const documents = await meetingDocuments(data, 'minutes', { callInRules: rules });
    const built = buildPublishedPages({
      organisation: data.record.organisation,
      meetings: [{ data, edition: 'minutes', documents }],
    });
    const base = `wrenmoor-community-partnership-board-2025-03-12-1800-item-${decided.number}-decision-notice`;
    const names = built.files.map((file) => file.name);
    expect(names).toEqual(expect.arrayContaining([`${base}.html`, `${base}.docx`]));
    const meetingPage = textOf(
      built.files.find((file) => file.name === 'wrenmoor-community-partnership-board-2025-03-12-1800.html')
        ?.bytes ?? new Uint8Array(),
    );
    expect(meetingPage).toContain(`<a href="${base}.html">Decision notice for item ${decided.number}</a>`);
    const page = textOf(built.files.find((file) => file.name === `${base}.html`)?.bytes ?? new Uint8Array());
    expect(page).toContain('<h2>Alternative options considered and rejected</h2>');
    const word = strFromU8(
      unzipSync(await packDocument(buildDecisionNotice(meetingDecisionNotices(data, rules)[0]!.notice)))[
        'word/document.xml'
      ] ?? new Uint8Array(),
    );
    expect(word).toContain('Reasons for the decision');
    expect(word).toContain('To keep the youth service open through the summer.');
  });
});
