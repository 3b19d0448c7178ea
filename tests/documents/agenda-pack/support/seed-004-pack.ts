import type { AgendaPackData } from '../../../../renderer/documents/agenda-pack';
import { agendaItem, attachedDocument, seed004Record } from './seed-004';
import { Document, Packer, Paragraph } from 'docx';
import { docxReport, fixture, previousMinutes } from './reports';

export const exemptMarker = 'EXEMPT-TENDER-PRICES Acme Security Ltd bid 412,950 pounds';
export const exemptMinutesMarker =
  'EXEMPT-MINUTES-MARKER Settlement with Bloggs Builders agreed at 87,000 pounds';

/**
 * Seed 004 keyed in: item 5 (Safer Harrow) is a report LibreOffice wrote, item 6 (The Child's Journey) a report
 * made with docx, item 7 is "To Follow", item 8 has a docx report and a PDF appendix. `withExemptItem` adds a
 * Part B item 11 whose report must never reach the public pack.
 */
export async function seed004PackData(withExemptItem = false): Promise<AgendaPackData> {
  const record = seed004Record();
  const contents: AgendaPackData['documentContents'] = {};
  const attach = (
    itemNumber: string,
    name: string,
    format: 'docx' | 'pdf',
    order: number,
    bytes?: Uint8Array,
    toFollow = false,
  ): void => {
    const document = attachedDocument(itemNumber, name, format, order, {
      toFollow,
      sizeBytes: bytes?.length ?? 0,
    });
    record.documents.push(document);
    if (bytes) contents[document.id] = bytes;
  };
  attach('5', 'Safer Harrow - Update', 'docx', 0, fixture('lo-report.docx'));
  attach(
    '6',
    "The Child's Journey",
    'docx',
    0,
    await docxReport("The Child's Journey", 'DOCX-REPORT-MARKER', 3),
  );
  attach('7', 'Families First Progress Report', 'docx', 0, undefined, true);
  attach(
    '8',
    'Report of Activity at Harrow Chief Executives',
    'docx',
    0,
    await docxReport('Harrow Chief Executives', 'HCE-MARKER', 2),
  );
  attach('8', 'Appendix A: Crime figures', 'pdf', 1, fixture('appendix.pdf'));
  if (withExemptItem) {
    record.agendaItems.push(
      agendaItem(
        {
          number: '11',
          title: 'CCTV Maintenance Contract',
          part: 'B',
          description: 'Report of the Director of Resources.',
        },
        20,
        {
          exemptParagraph: 3,
        },
      ),
    );
    attach(
      '11',
      'CCTV contract award',
      'docx',
      0,
      await docxReport('CCTV contract award', exemptMarker, 2, fixture('exempt-photo.png')),
    );
  }
  return {
    record,
    documentContents: contents,
    previousMinutes: await previousMinutes(3),
    ...(withExemptItem
      ? { previousExemptMinutes: { bytes: await exemptMinutes(), paragraph: 3 as const } }
      : {}),
  };
}

/** The To Follow report has arrived after publication: it goes into the supplementary pack. */
export async function withFamiliesFirstArrived(data: AgendaPackData): Promise<AgendaPackData> {
  const documents = data.record.documents.map((document) =>
    document.agendaItemId === 'item-7' ? { ...document, toFollow: false, supplementary: true } : document,
  );
  const bytes = await docxReport('Families First Progress Report', 'FAMILIES-FIRST-MARKER', 2);
  const id = documents.find((document) => document.agendaItemId === 'item-7')?.id ?? '';
  return {
    ...data,
    record: { ...data.record, documents },
    documentContents: { ...data.documentContents, [id]: bytes },
  };
}

/** The previous meeting's confidential Part B minutes: members only, never in the public pack. */
async function exemptMinutes(): Promise<Uint8Array> {
  const children = [
    new Paragraph('CONFIDENTIAL MINUTES'),
    new Paragraph(`110. ${exemptMinutesMarker}.`),
    new Paragraph('RESOLVED: That the settlement be approved.'),
  ];
  return Packer.pack(new Document({ sections: [{ children }] }), 'uint8array');
}
