import { describe, expect, it } from 'vitest';
import {
  holdText,
  partText,
  releaseText,
  setPartText,
  settleText,
} from '../../../../renderer/documents/docx-merge/zip-parts';

const encoded = (text: string) => new TextEncoder().encode(text);

describe("the pack's text parts while reports are merged in", () => {
  it('are read once and kept as text, then written back once, the same text', () => {
    const styles = encoded('<w:styles></w:styles>');
    const parts = new Map([['word/styles.xml', styles]]);
    holdText(parts);
    expect(partText(parts, 'word/styles.xml')).toBe('<w:styles></w:styles>');
    // Held as text: the part's bytes are let go, not decoded again on the next read.
    expect(parts.get('word/styles.xml')?.length).toBe(0);
    for (let report = 1; report <= 3; report += 1) {
      const before = partText(parts, 'word/styles.xml') ?? '';
      setPartText(
        parts,
        'word/styles.xml',
        before.replace('</w:styles>', `<w:style w:styleId="R${report}"/></w:styles>`),
      );
    }
    setPartText(parts, 'word/footnotes.xml', '<w:footnotes/>');
    expect(parts.has('word/footnotes.xml')).toBe(true);
    settleText(parts);
    const text = new TextDecoder().decode(parts.get('word/styles.xml'));
    expect(text).toBe(
      '<w:styles><w:style w:styleId="R1"/><w:style w:styleId="R2"/><w:style w:styleId="R3"/></w:styles>',
    );
    expect(new TextDecoder().decode(parts.get('word/footnotes.xml'))).toBe('<w:footnotes/>');
    // Settled: reads and writes go to the bytes again.
    setPartText(parts, 'word/styles.xml', '<w:styles/>');
    expect(new TextDecoder().decode(parts.get('word/styles.xml'))).toBe('<w:styles/>');
  });

  it('can be handed over as text for the zip, and parts never held are untouched', () => {
    const parts = new Map([['word/numbering.xml', encoded('<w:numbering/>')]]);
    const other = new Map([['word/numbering.xml', encoded('<w:numbering/>')]]);
    holdText(parts);
    setPartText(parts, 'word/numbering.xml', '<w:numbering><w:num/></w:numbering>');
    setPartText(other, 'word/numbering.xml', '<w:numbering><w:abstractNum/></w:numbering>');
    expect(new TextDecoder().decode(other.get('word/numbering.xml'))).toBe(
      '<w:numbering><w:abstractNum/></w:numbering>',
    );
    expect([...releaseText(parts)]).toEqual([['word/numbering.xml', '<w:numbering><w:num/></w:numbering>']]);
  });
});
