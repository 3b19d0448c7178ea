import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import type { DocumentKind } from '../../domain/model';
import { houseStyles } from '../common/house-document';
import { a4, margins, smallSize } from '../common/house-style';
import { packDocument } from '../common/pack';
import { placeholdersByKind } from './placeholders';

/**
 * A starting template an organisation can download, add its logo and letterhead to, and upload again: Chamber's
 * house style with every placeholder this kind of document fills already in place. Without any upload Chamber
 * uses the same house style directly (common/house-document.ts), so nothing changes until the clerk edits it.
 */
export async function defaultTemplate(kind: DocumentKind): Promise<Uint8Array> {
  const textWidth = a4.width - margins.left - margins.right;
  const hasMeeting = placeholdersByKind[kind].includes('meeting_date');
  const rule = { style: BorderStyle.SINGLE, size: 6, color: '404040', space: 4 };
  return packDocument(
    new Document({
      title: `Chamber template: ${kind}`,
      styles: houseStyles,
      sections: [
        {
          properties: { page: { size: a4, margin: margins } },
          headers: {
            default: new Header({
              children: [
                new Paragraph({
                  tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
                  border: { bottom: rule },
                  children: [
                    new TextRun({ text: '{{organisation}}', bold: true }),
                    new TextRun({ text: '\t{{document_title}}', size: smallSize }),
                  ],
                }),
              ],
            }),
          },
          footers: {
            default: new Footer({
              children: [
                new Paragraph({
                  tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
                  border: { top: rule },
                  children: [
                    new TextRun({
                      text: hasMeeting ? '{{committee}} - {{meeting_date}}' : '{{committee}}',
                      size: smallSize,
                    }),
                    // The agenda pack numbers its papers itself, from 1 after the agenda: no page number here.
                    ...(kind === 'agendaPack'
                      ? []
                      : [
                          new TextRun({
                            children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                            size: smallSize,
                          }),
                        ]),
                  ],
                }),
                new Paragraph({
                  alignment: AlignmentType.LEFT,
                  children: [
                    new TextRun({
                      text: 'Contact: {{contact_name}}, {{contact_phone}}, {{contact_email}}',
                      size: smallSize,
                    }),
                  ],
                }),
              ],
            }),
          },
          children: [new Paragraph({ text: '{{body}}' })],
        },
      ],
    }),
  );
}
