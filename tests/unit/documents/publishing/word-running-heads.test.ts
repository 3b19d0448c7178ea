import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  runningHeadsCss,
  wordRunningHeads,
} from '../../../../renderer/documents/publishing/printable/word-running-heads';

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const r = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A Word file with the given header and footer parts, referenced from its one section as `refs` says. */
function wordFile(
  refs: string,
  parts: Record<string, string>,
  titlePage = false,
  earlierSection = '',
): Uint8Array {
  const rels = Object.keys(parts)
    .map(
      (name, index) =>
        `<Relationship Id="rId${index + 10}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name.startsWith('header') ? 'header' : 'footer'}" Target="${name}"/>`,
    )
    .join('');
  const files: Record<string, Uint8Array> = {
    'word/document.xml': strToU8(
      `<w:document ${w} ${r}><w:body>${earlierSection}<w:p><w:r><w:t>Body</w:t></w:r></w:p><w:sectPr>${refs}${titlePage ? '<w:titlePg/>' : ''}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    ),
  };
  for (const [name, xml] of Object.entries(parts)) files[`word/${name}`] = strToU8(xml);
  return zipSync(files);
}

const pageField =
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>19</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';

describe('a Word paper’s own running header and footer, for the pack’s PDF', () => {
  it('places tab-cut parts left, centre and right, and counts a page field rather than print Word’s last number', () => {
    const bytes = wordFile(
      '<w:headerReference w:type="default" r:id="rId10"/><w:footerReference w:type="default" r:id="rId11"/>',
      {
        'header1.xml': `<w:hdr ${w}><w:p><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/></w:tabs></w:pPr><w:r><w:t>Cabinet</w:t><w:tab/><w:t>Report of the Director &amp; Place</w:t><w:tab/><w:t>Item 7</w:t></w:r></w:p></w:hdr>`,
        'footer1.xml': `<w:ftr ${w}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Page </w:t></w:r>${pageField}<w:r><w:t xml:space="preserve"> of </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>20</w:t></w:r></w:fldSimple></w:p></w:ftr>`,
      },
    );
    const heads = wordRunningHeads(bytes);
    expect(heads.header).toEqual({
      left: [[{ text: 'Cabinet' }]],
      center: [[{ text: 'Report of the Director & Place' }]],
      right: [[{ text: 'Item 7' }]],
    });
    expect(heads.footer?.center).toEqual([
      [{ text: 'Page ' }, { counter: 'page' }, { text: ' of ' }, { counter: 'pages' }],
    ]);
    const css = runningHeadsCss(heads);
    expect(css).toContain('@top-left { content: "Cabinet";');
    expect(css).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages);');
    expect(css).not.toContain('19');
  });

  it('gives the first page its own (here none) when Word is told to', () => {
    const bytes = wordFile(
      '<w:headerReference w:type="first" r:id="rId11"/><w:headerReference w:type="default" r:id="rId10"/>',
      {
        'header1.xml': `<w:hdr ${w}><w:p><w:r><w:t>Running header</w:t></w:r></w:p></w:hdr>`,
        'header2.xml': `<w:hdr ${w}><w:p/></w:hdr>`,
      },
      true,
    );
    const heads = wordRunningHeads(bytes);
    expect(heads.header?.left).toEqual([[{ text: 'Running header' }]]);
    expect(heads.first).toEqual({});
    expect(runningHeadsCss(heads)).toMatch(/@page :first \{\s*@top-left \{ content: none;/);
  });

  it('gives a landscape annex its own section’s, here an empty header and the report’s footer', () => {
    const portrait =
      '<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rId10"/><w:footerReference w:type="default" r:id="rId11"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr></w:p>';
    const bytes = wordFile(
      '<w:headerReference w:type="default" r:id="rId12"/><w:pgSz w:orient="landscape" w:w="16838" w:h="11906"/>',
      {
        'header1.xml': `<w:hdr ${w}><w:p><w:r><w:t>Report header</w:t></w:r></w:p></w:hdr>`,
        'footer1.xml': `<w:ftr ${w}><w:p><w:pPr><w:jc w:val="right"/></w:pPr>${pageField}</w:p></w:ftr>`,
        'header2.xml': `<w:hdr ${w}><w:p/></w:hdr>`,
      },
      false,
      portrait,
    );
    const heads = wordRunningHeads(bytes);
    expect(heads.header?.left).toEqual([[{ text: 'Report header' }]]);
    expect(heads.landscape).toEqual({ footer: { left: [], center: [], right: [[{ counter: 'page' }]] } });
    expect(runningHeadsCss(heads)).toMatch(/@page landscape \{\s*@top-left \{ content: none;/);
  });

  it('prints nothing of its own for a paper with no header or footer, or one it cannot read', () => {
    expect(runningHeadsCss(wordRunningHeads(wordFile('', {})))).toBe('');
    expect(wordRunningHeads(new Uint8Array([1, 2, 3]))).toEqual({});
  });
});
