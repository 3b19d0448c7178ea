import { describe, expect, it } from 'vitest';
import { planPack } from '../../../../renderer/documents/agenda-pack/paper-plan';
import { agendaItem, attachedDocument, seed004Record } from '../../../documents/agenda-pack/support/seed-004';

function dataWithExemptItem() {
  const record = seed004Record();
  record.agendaItems.push(
    agendaItem({ number: '11', title: 'Contract', part: 'B' }, 20, { exemptParagraph: 3 }),
  );
  record.documents.push(
    attachedDocument('11', 'Contract report', 'docx', 0),
    attachedDocument('7', 'Families First', 'docx', 0, { toFollow: true }),
  );
  return { record, documentContents: { 'document-11-0': new Uint8Array([1]) } };
}

describe('which papers go into which pack', () => {
  it('leaves every Part B paper out of the public pack and keeps it in the private one', () => {
    const data = dataWithExemptItem();
    expect(planPack(data, 'public', 'agenda').privateItems[0]?.papers).toEqual([]);
    expect(planPack(data, 'private', 'agenda').privateItems[0]?.papers[0]?.exempt).toEqual({
      paragraph: 3,
    });
  });

  it('prints a withheld line where an exempt appendix of a public item stood, and never reads its bytes', () => {
    const data = dataWithExemptItem();
    data.record.documents.push(
      attachedDocument('8', 'Tender prices', 'docx', 1, { exempt: true, exemptParagraph: 3 }),
    );
    const publicPapers = planPack(data, 'public', 'agenda').publicItems.find(
      (entry) => entry.numbered.number === '8',
    )?.papers;
    const withheld = publicPapers?.find((paper) => paper.key.endsWith('document-8-1'));
    expect(withheld?.withheld).toContain('“Tender prices” (item 8) is not for publication');
    expect(withheld?.withheld).toContain('paragraph 3 of Part 1 of Schedule 12A');
    expect(withheld?.bytes).toEqual(new Uint8Array());
    Object.assign(data.documentContents, { 'document-8-1': new Uint8Array([7]) });
    const privatePaper = planPack(data, 'private', 'agenda')
      .publicItems.find((entry) => entry.numbered.number === '8')
      ?.papers.find((paper) => paper.key === 'paper-document-8-1');
    expect(privatePaper?.exempt).toEqual({ paragraph: 3 });
    expect(privatePaper?.bytes).toEqual(new Uint8Array([7]));
  });

  it('keeps an exempt paper out of the public pack after its item moves from Part B to Part A', () => {
    const data = dataWithExemptItem();
    data.record.documents = data.record.documents.map((document) =>
      document.agendaItemId === 'item-11' ? { ...document, exempt: true, exemptParagraph: 3 } : document,
    );
    const item = data.record.agendaItems.find((candidate) => candidate.id === 'item-11');
    Object.assign(item ?? {}, { part: 'A' });
    const papers = planPack(data, 'public', 'agenda').publicItems.find(
      (entry) => entry.numbered.number === '11',
    )?.papers;
    expect(papers?.map((paper) => paper.withheld === undefined)).toEqual([false]);
  });

  it('uses the council’s own wording for the withheld line', () => {
    const data = dataWithExemptItem();
    data.record.organisation.withheldPaperLine = 'Withheld: {paper}, exempt para {paragraph}.';
    data.record.documents.push(
      attachedDocument('8', 'Tender prices', 'docx', 1, { exempt: true, exemptParagraph: 3 }),
    );
    const papers = planPack(data, 'public', 'agenda').publicItems.find(
      (entry) => entry.numbered.number === '8',
    )?.papers;
    expect(papers?.map((paper) => paper.withheld).filter(Boolean)).toEqual([
      'Withheld: “Tender prices”, exempt para 3.',
    ]);
  });

  it('marks a promised report To Follow and puts it in the supplementary pack once it arrives', () => {
    const data = dataWithExemptItem();
    expect(
      planPack(data, 'public', 'agenda').publicItems.find((entry) => entry.numbered.number === '7')?.toFollow,
    ).toBe(true);
    data.record.documents = data.record.documents.map((document) =>
      document.agendaItemId === 'item-7' ? { ...document, toFollow: false, supplementary: true } : document,
    );
    Object.assign(data.documentContents, { 'document-7-0': new Uint8Array([1]) });
    const supplementary = planPack(data, 'public', 'supplementary');
    expect(supplementary.publicItems.map((entry) => entry.numbered.number)).toEqual(['7']);
    expect(
      planPack(data, 'public', 'agenda').publicItems.find((entry) => entry.numbered.number === '7')?.toFollow,
    ).toBe(true);
  });

  it('refuses a paper with no stored file, saying what to do', () => {
    const data = dataWithExemptItem();
    data.documentContents = {} as typeof data.documentContents;
    expect(() => planPack(data, 'private', 'agenda')).toThrow(
      '"Contract report" (item 11) has no file stored. Attach the file again, or mark it To Follow.',
    );
  });
});
