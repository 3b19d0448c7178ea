import { Document, Paragraph, TextRun, Header } from 'docx';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../../renderer/documents/templates/check-template';
import { defaultTemplate } from '../../../../renderer/documents/templates/default-template';
import { packDocument } from '../../../../renderer/documents/common/pack';

const templateWith = async (paragraphs: Paragraph[], header?: string): Promise<Uint8Array> =>
  packDocument(
    new Document({
      sections: [
        {
          headers: header ? { default: new Header({ children: [new Paragraph(header)] }) } : undefined,
          children: paragraphs,
        },
      ],
    }),
  );

describe('checking an organisation template', () => {
  it('accepts the built-in default template of every kind', async () => {
    for (const kind of ['minutes', 'agendaPack', 'actionLog', 'reportCover'] as const) {
      const check = checkTemplate(kind, await defaultTemplate(kind));
      expect(check.ok, kind).toBe(true);
    }
  });

  it('finds placeholders that Word split over several runs', async () => {
    const template = await templateWith([
      new Paragraph({
        children: [
          new TextRun('Minutes of the '),
          new TextRun('{{commi'),
          new TextRun({ text: 'ttee}}', bold: true }),
        ],
      }),
      new Paragraph('{{body}}'),
    ]);
    const check = checkTemplate('minutes', template);
    expect(check).toEqual({ ok: true, placeholders: ['committee', 'body'] });
  });

  it('refuses a file that is not a .docx, naming the problem', () => {
    const check = checkTemplate('minutes', strToU8('Dear Clerk, this is a text file.'));
    expect(check).toMatchObject({ ok: false });
    if (!check.ok) expect(check.problem).toMatch(/not a Word document \(\.docx\)/);
  });

  it('refuses an old .doc file and says how to convert it', () => {
    const check = checkTemplate('minutes', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    if (check.ok) throw new Error('accepted a .doc');
    expect(check.problem).toMatch(/Word 97-2003/);
  });

  it('refuses a zip that has no word/document.xml', () => {
    const check = checkTemplate('minutes', zipSync({ 'notes.txt': strToU8('hello') }));
    if (check.ok) throw new Error('accepted a plain zip');
    expect(check.problem).toMatch(/no word\/document\.xml/);
  });

  it('refuses an unknown placeholder and lists the ones it may use', async () => {
    const check = checkTemplate(
      'minutes',
      await templateWith([new Paragraph('{{comittee}}'), new Paragraph('{{body}}')]),
    );
    if (check.ok) throw new Error('accepted a misspelt placeholder');
    expect(check.problem).toContain('{{comittee}}');
    expect(check.problem).toContain('{{committee}}');
  });

  it('refuses a placeholder this kind of document does not fill', async () => {
    const check = checkTemplate(
      'actionLog',
      await templateWith([new Paragraph('{{venue}}'), new Paragraph('{{body}}')]),
    );
    if (check.ok) throw new Error('accepted {{venue}} in an action log');
    expect(check.problem).toContain('{{venue}}, which Chamber does not fill in an action log');
  });

  it('refuses a template without {{body}}, or with {{body}} sharing its line or in the header', async () => {
    const missing = checkTemplate('minutes', await templateWith([new Paragraph('{{committee}}')]));
    if (missing.ok) throw new Error('accepted a template without body');
    expect(missing.problem).toMatch(/no \{\{body\}\} placeholder/);
    const sharing = checkTemplate('minutes', await templateWith([new Paragraph('Text: {{body}}')]));
    if (sharing.ok) throw new Error('accepted body sharing a line');
    expect(sharing.problem).toMatch(/on a line of its own/);
    const inHeader = checkTemplate('minutes', await templateWith([new Paragraph('x')], '{{body}}'));
    if (inHeader.ok) throw new Error('accepted body in a header');
    expect(inHeader.problem).toMatch(/header or footer/);
  });
});
