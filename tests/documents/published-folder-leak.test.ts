import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgendaPack } from '../../renderer/documents/agenda-pack';
import { meetingDocuments } from '../../renderer/documents/publishing/meeting-documents';
import { individualNoticesToPublish } from '../../renderer/documents/publishing/individual-notices';
import { publishToFolder } from '../../renderer/documents/publishing/publish-to-folder';
import type { PrintToPdf } from '../../renderer/documents/publishing/printable/public-pdfs';
import { deadlineRulesFrom } from '../../renderer/domain/calendar/deadline-rules';
import { blankIndividualDecision } from '../../renderer/domain/individual-decision';
import type { IndividualDecision } from '../../renderer/domain/model';
import { chromiumPrinter } from '../e2e/chromium-print';
import { markedExempt } from '../unit/documents/publishing/exempt-markers';
import { memoryFolder } from '../unit/documents/publishing/published-meeting';
import { docxReport } from './agenda-pack/support/reports';
import { renderDocx } from './support/libreoffice';

/**
 * Every file of the published folder after publishing the sample meeting's minutes with each way of marking
 * something exempt (a Part B item with its papers, minute, resolutions, action, declaration and motion; an exempt
 * appendix of a public item, on time and arrived late; a paper that stayed exempt when its item moved to Part A;
 * a Part B sub-item of a public item with its paper), and a cabinet member's decision taken in private: pages,
 * feeds, papers, the public pack and public minutes as PDF (Chromium's print engine), every Word file (the
 * decision's notice among them). None may hold an exempt marker, in any form a reader could get at.
 */
async function publishedFolder(print: PrintToPdf) {
  const { data, markers } = markedExempt();
  // The papers as real Word files carrying their markers, so the public pack's Word and PDF really lay them out.
  for (const document of data.record.documents) {
    const bytes = data.documentContents[document.id];
    if (!bytes) continue;
    const label = /^% (.*)$/m.exec(new TextDecoder().decode(bytes.slice(0, 300)))?.[1] ?? document.name;
    document.format = 'docx';
    delete document.pageCount;
    data.documentContents[document.id] = await docxReport(document.name, label, 1);
  }
  const documents = await meetingDocuments(data, 'minutes', {
    print,
    publicPackDocx: async (pack) =>
      (await buildAgendaPack(pack, { audience: 'public', edition: 'agenda' })).bytes,
  });
  const individual = exemptIndividualDecision();
  const individualDecisions = await individualNoticesToPublish(
    [individual.decision],
    data.record.organisation,
    deadlineRulesFrom(data.record.organisation),
  );
  const folder = memoryFolder();
  await publishToFolder(
    folder,
    { [data.record.meeting.id]: 'minutes' },
    () =>
      Promise.resolve({
        organisation: data.record.organisation,
        meetings: [{ data, edition: 'minutes', documents }],
        individualDecisions,
      }),
    new Date('2025-03-20T10:00:00Z'),
  );
  return { files: folder.files, markers: [...markers, ...individual.markers] };
}

/** A cabinet member's decision taken in private, its notice published: every word of it but the title is a marker. */
function exemptIndividualDecision(): { decision: IndividualDecision; markers: string[] } {
  const markers = {
    decision: 'INDIVIDUAL-DECISION-MARKER',
    reasons: 'INDIVIDUAL-REASONS-MARKER',
    alternatives: 'INDIVIDUAL-ALTERNATIVES-MARKER',
    interests: 'INDIVIDUAL-INTEREST-MARKER',
    dispensations: 'INDIVIDUAL-DISPENSATION-MARKER',
    urgencyReason: 'INDIVIDUAL-URGENCY-MARKER',
    publicInterestReason: 'INDIVIDUAL-PUBLIC-INTEREST-MARKER',
  };
  const decision: IndividualDecision = {
    ...blankIndividualDecision,
    ...markers,
    id: '5b1e0c2a-0000-4000-8000-000000000000',
    title: 'Sale of the Mill Lane depot',
    decisionMaker: 'Councillor Susan Hall',
    portfolio: 'Cabinet Member for Resources',
    decidedOn: '2025-03-12',
    urgent: true,
    part: 'B',
    exemptParagraph: 3,
    noticePublishedOn: '2025-03-13',
  };
  return { decision, markers: Object.values(markers) };
}

/** A zip's parts and those of every file zipped inside it: body, headers, footers, notes, properties, media. */
function zipParts(bytes: Uint8Array, prefix = ''): [string, string][] {
  const parts: [string, string][] = [];
  for (const [path, part] of Object.entries(unzipSync(bytes))) {
    parts.push([`${prefix}${path}`, strFromU8(part, true)]);
    if (part[0] === 0x50 && part[1] === 0x4b) parts.push(...zipParts(part, `${prefix}${path}!`));
  }
  return parts;
}

/** The text poppler reads from a PDF, every page, and its document fields. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'chamber-leak-'));
  const file = join(folder, 'published.pdf');
  await writeFile(file, bytes);
  return [
    execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
    execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }),
  ].join('\n');
}

let files = new Map<string, Uint8Array>();
let markers: string[] = [];
let printer: { print: PrintToPdf; close: () => Promise<void> } | undefined;
beforeAll(async () => {
  printer = await chromiumPrinter();
  ({ files, markers } = await publishedFolder(printer.print));
});
afterAll(async () => {
  await printer?.close();
});

describe('no published file holds anything exempt (issues #22, #24)', () => {
  const found = (where: string, text: string) =>
    markers.filter((marker) => text.includes(marker)).map((marker) => `${marker} in ${where}`);

  it('publishes every kind of file the checks below read', () => {
    const named = [...files.keys()];
    const kinds = new Set(named.map((name) => extname(name)));
    for (const kind of ['.html', '.ics', '.pdf', '.docx']) expect(kinds, kind).toContain(kind);
    expect(
      named.some((name) => /atom|feed/.test(name)),
      named.join(', '),
    ).toBe(true);
    expect(named.filter((name) => name.endsWith('.pdf')).length).toBeGreaterThanOrEqual(2);
    expect(named.filter((name) => name.endsWith('.docx')).length).toBeGreaterThanOrEqual(2);
  });

  it('no marker in any file as stored: pages, feeds, manifest, papers, and every part of every zip', () => {
    const leaks = [...files].flatMap(([name, bytes]) => {
      const raw = found(name, new TextDecoder().decode(bytes));
      const zipped = bytes[0] === 0x50 && bytes[1] === 0x4b ? zipParts(bytes, `${name}!`) : [];
      return [...raw, ...zipped.flatMap(([path, text]) => found(path, text))];
    });
    expect(leaks).toEqual([]);
  });

  it('no marker in the text or fields of any published PDF', async () => {
    const leaks: string[] = [];
    let packText = '';
    for (const [name, bytes] of files) {
      if (!name.endsWith('.pdf') || new TextDecoder().decode(bytes.slice(0, 5)) !== '%PDF-') continue;
      const text = await pdfText(bytes);
      if (/agenda-pack/.test(name)) packText = text;
      leaks.push(...found(name, text));
    }
    expect(leaks).toEqual([]);
    // The pack PDF was read: it says what it withheld, by the paper's name only.
    expect(packText.replace(/\s+/g, ' ')).toContain('“exempt-appendix.docx” (item');
  });

  it('publishes the private decision’s notice, saying what it withholds in the public pack’s words', () => {
    const withheld =
      'The record of this decision is not for publication: it contains exempt information under paragraph 3';
    const notices = [...files].filter(([name]) =>
      /^decision-2025-03-12-sale-of-the-mill-lane-depot/.test(name),
    );
    expect(notices.map(([name]) => extname(name)).sort()).toEqual(['.docx', '.html']);
    const page = new TextDecoder().decode(notices.find(([name]) => name.endsWith('.html'))?.[1]);
    expect(page).toContain(withheld);
  });

  it('no marker in the text LibreOffice prints of any published Word file', async () => {
    const leaks: string[] = [];
    for (const [name, bytes] of files) {
      if (!name.endsWith('.docx')) continue;
      const printed = await renderDocx(bytes, `published-leak-${name.replace(/[^\w.-]+/g, '-')}`);
      leaks.push(...found(name, printed.flatText));
    }
    expect(leaks).toEqual([]);
  });
});
