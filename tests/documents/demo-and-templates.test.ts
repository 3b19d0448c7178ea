import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { minutesContent } from '../../renderer/documents/minutes/build-minutes';
import { defaultTemplate } from '../../renderer/documents/templates/default-template';
import { fillTemplate } from '../../renderer/documents/templates/fill-template';
import { meetingTemplateValues } from '../../renderer/documents/templates/template-values';
import { sampleMeetingRecord } from '../../renderer/documents/sample/sample-meeting';
import { renderDocx } from './support/libreoffice';

const run = promisify(execFile);

describe('npm run demo', () => {
  it('writes a sample minutes and a sample agenda that open in LibreOffice', async () => {
    const out = await mkdtemp(join(tmpdir(), 'chamber-demo-'));
    const { stdout } = await run('npx', ['tsx', 'scripts/demo.ts', out], {
      cwd: process.cwd(),
      timeout: 120_000,
    });
    expect(stdout).toContain('sample-minutes.docx');
    const minutes = await renderDocx(await readFile(join(out, 'sample-minutes.docx')), 'sample-minutes.docx');
    expect(minutes.flatText).toContain('Minutes of the meeting held on Wednesday 12 March 2025 at 6.00 pm');
    expect(minutes.flatText).toContain('201. Apologies for Absence');
    const agenda = await renderDocx(await readFile(join(out, 'sample-agenda.docx')), 'sample-agenda.docx');
    expect(agenda.flatText).toContain('Agenda');
    expect(agenda.flatText).toContain('Membership: Councillor Helen Okafor (Chair)');
    expect(agenda.flatText).toContain('5. Safer Neighbourhoods Update');
    expect(agenda.flatText).not.toContain('Minutes: 206');
  }, 300_000);
});

describe('minutes poured into an organisation template', () => {
  it('keep the template header and footer round the generated minutes', async () => {
    const record = sampleMeetingRecord();
    const filled = await fillTemplate(
      await defaultTemplate('minutes'),
      'minutes',
      minutesContent(record),
      meetingTemplateValues(record, 'Minutes'),
    );
    const rendered = await renderDocx(filled, 'templated.docx');
    expect(rendered.pages[0]).toContain('Wrenmoor Borough Council');
    expect(rendered.pages[0]).toContain('DRAFT - subject to approval');
    expect(rendered.flatText).toContain('Contact: Priya Holloway, 01632 960 418');
    expect(rendered.flatText).toContain('206. Safer Neighbourhoods Update');
    expect(rendered.flatText).toMatch(/1\. tackling shop theft in the town centre;/);
    expect(rendered.flatText).not.toContain('{{');
  });
});
