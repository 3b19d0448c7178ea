import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import { fixture } from './reports';

export const letterheadMarker = 'LETTERHEAD-HEADER';
export const templateFooterMarker = 'TEMPLATE-FOOTER';
export const closingMarker = 'TEMPLATE-CLOSING Published by Democratic Services';
export const firstPageHeaderMarker = 'FIRST-PAGE-LETTERHEAD';
export const firstPageFooterMarker = 'FIRST-PAGE-FOOTER';

/**
 * An organisation's agenda pack template as a designer would make it in Word: a logo and letterhead in a custom
 * header, a contact footer, its own font (Liberation Serif, 12 pt), an address block above {{body}} and a closing
 * line below it, and placeholders in the header, footer and body. With `firstPage`, Word's "Different first
 * page" is on, with a first-page letterhead and footer of their own.
 */
export async function agendaPackTemplate(
  body = '{{body}}',
  text: { font: string; size: number } = { font: 'Liberation Serif', size: 24 },
  firstPage = false,
): Promise<Uint8Array> {
  const first = {
    headers: {
      first: new Header({ children: [new Paragraph(`${firstPageHeaderMarker} {{organisation}}`)] }),
    },
    footers: {
      first: new Footer({ children: [new Paragraph(`${firstPageFooterMarker} Democratic Services`)] }),
    },
  };
  const document = new Document({
    styles: { default: { document: { run: { font: text.font, size: text.size } } } },
    sections: [
      {
        properties: {
          page: { margin: { top: 1800, bottom: 1200, left: 1300, right: 1300, header: 500, footer: 500 } },
          titlePage: firstPage,
        },
        headers: {
          ...(firstPage ? first.headers : {}),
          default: new Header({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: 9300 }],
                children: [
                  new ImageRun({
                    type: 'png',
                    data: fixture('chart.png'),
                    transformation: { width: 60, height: 36 },
                  }),
                  new TextRun({
                    text: `\t${letterheadMarker} {{organisation}}: {{document_title}}`,
                    bold: true,
                  }),
                ],
              }),
            ],
          }),
        },
        footers: {
          ...(firstPage ? first.footers : {}),
          default: new Footer({
            children: [new Paragraph(`${templateFooterMarker} Contact {{contact_email}}`)],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun('Civic Centre, Station Road, Harrow HA1 2XY')],
          }),
          new Paragraph('TEMPLATE-BODY {{committee}}, {{meeting_date}} at {{meeting_time}}'),
          new Paragraph(body),
          new Paragraph(closingMarker),
        ],
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}
