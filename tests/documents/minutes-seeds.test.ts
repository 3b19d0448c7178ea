import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../renderer/documents/minutes/build-minutes';
import { packDocument } from '../../renderer/documents/common/pack';
import { minutesFileName } from '../../renderer/documents/common/file-names';
import { renderDocx } from './support/libreoffice';
import { seed001Minutes, seed004PreviousMinutes } from './support/seed-records';

/** Put a seed's page beside Chamber's page: the lines of the real minutes appear in Chamber's, in the same order. */
function expectInOrder(text: string, lines: string[]): void {
  let from = 0;
  for (const line of lines) {
    const at = text.indexOf(line, from);
    expect(at, `"${line}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + line.length;
  }
}

describe('seed 004: the Partnership Board minutes of 6 December 2012 keyed into Chamber', () => {
  it('reads like the seed, with the ACTION column "All to note."', async () => {
    const record = seed004PreviousMinutes();
    expect(minutesFileName(record)).toBe('Harrow Partnership Board minutes 2012-12-06.docx');
    const rendered = await renderDocx(
      await packDocument(buildMinutes(record, { actionColumn: true })),
      'seed-004.docx',
    );
    expectInOrder(rendered.flatText, [
      'HARROW PARTNERSHIP BOARD',
      'Minutes of the meeting held on Thursday 6 December 2012',
      'Councillor Thaya Idaikkadar (Chair)',
      'ACTION',
      '101. Welcome',
      'All to note.',
      '102. Attendance by Substitute Members',
      'AGREED: That (1) Mr Steve Porter replace Julie Browne as a Member of the Board; (2) the apologies received be noted.',
      '103. Declarations of Interest',
      'AGREED: To note that there were no declarations of interests made.',
      '104. Minutes',
      'AGREED: That the minutes of the meeting held on 28 June 2012 be taken as read and signed as a correct record.',
      '105. Harrow Community Cohesion and Integration Charter',
      'AGREED: That (1) the Harrow Community Cohesion and Integration Charter be adopted;',
      '(4) all Members of the Partnership Board disseminate the Charter',
      '106. Council Budget',
      'AGREED: That the report be noted.',
      '107. Community Budgets - A Better Way of Doing Business?',
      '108. Report of Activity at Harrow Chief Executives',
      '109. Date of Next Meeting',
      'AGREED: To note that the date of the next meeting of the Board would be held on Wednesday 13 March 2013.',
      '[Note: The Meeting, having commenced at 6.02 pm, closed at 6.52 pm]',
    ]);
    expect(rendered.flatText.match(/All to note\./g)).toHaveLength(9);
    expect(rendered.flatText).toContain('Apologies: Rob Larkman');
    expect(rendered.flatText).not.toContain('DRAFT');
  });
});

describe('seed 001: the Scrutiny & Overview Committee minutes of 6 March 2018 keyed into Chamber', () => {
  it('reads like the seed: attendance, 9/18-15/18, conclusions i. and ii., closing time and signature', async () => {
    const rendered = await renderDocx(await packDocument(buildMinutes(seed001Minutes())), 'seed-001.docx');
    expectInOrder(rendered.flatText, [
      'SCRUTINY & OVERVIEW COMMITTEE',
      'held on Tuesday 6 March 2018 at 6.30 pm',
      'Council Chamber - Town Hall',
      'Present: Councillor Sean Fitzsimons (Chair) Councillor Jan Buttinger (Vice-Chair) Councillors Patsy Cummings, Stephen Mann and Vidhi Mohan',
      'Also present: Councillor Hamida Ali David Wood',
      'Apologies: Councillor Carole Bonner',
      '9/18 Minutes of the Previous Meeting',
      'The minutes of the meeting held on 30 January 2018 were agreed as an accurate record.',
      '10/18 Disclosure of Interests',
      'There were none.',
      '11/18 Urgent Business (if any)',
      "12/18 Children's Improvement Plan Update",
      'Conclusions i. Further information was required on the effectiveness and reality of the partnerships',
      'ii. The Safeguarding boards to attend and present at future Scrutiny meetings.',
      '13/18 Question Time: Cabinet Member for Communities, Safety and Justice',
      'Conclusions i. It is positive that we are looking at the effectiveness of joint working',
      'ii. It was difficult to determine the effectiveness of proposals',
      '14/18 Work Programme',
      'The Members agreed for the meeting on 17 April to be cancelled.',
      '15/18 Exclusion of the Press and Public',
      'This was not required',
      'The meeting ended at 9.20 pm',
      'Signed:',
      'Chair',
      'Date:',
    ]);
  });
});
