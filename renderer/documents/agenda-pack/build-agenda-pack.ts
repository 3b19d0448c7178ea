import type { ISectionOptions } from 'docx';
import { Document, Footer, Header, Packer } from 'docx';
import { formatShortDate } from '../../domain/en-gb';
import type { ReportSplice } from '../docx-merge';
import { spliceReports } from '../docx-merge';
import { a4, bodySize, houseFont, margins } from '../common/house-style';
import type {
  AgendaPackData,
  AgendaPackOptions,
  AgendaPackResult,
  PageImage,
  PackStage,
} from './agenda-pack-data';
import { agendaListing, itemBookmarks } from './agenda-listing';
import type { Block } from './blocks';
import { frontSheet } from './front-sheet';
import { linesPerPage, measureDocx, packPageSetup } from './page-estimate';
import { applyPackTemplate, templateAfterMarker } from './pack-template';
import type { TemplateFront } from './template-front';
import { templateFront } from './template-front';
import { meetingTemplateValues } from '../templates/template-values';
import type { Paper, PlannedItem } from './paper-plan';
import { planPack } from './paper-plan';
import {
  blankPage,
  notForPublicationText,
  paperSection,
  pdfPageParagraphs,
  placeholder,
  withheldPage,
} from './paper-sections';
import { PackPageNumbers } from './pack-page-numbers';
import { draftMarking } from '../minutes/build-minutes';

/**
 * Build the printable agenda pack (seed 004): front sheet and agenda, then the previous minutes, then every report
 * and appendix in agenda order, each part on an odd page, pages numbered through the papers.
 *
 * @example const { bytes } = await buildAgendaPack(data, { audience: 'public', edition: 'agenda' });
 */
export async function buildAgendaPack(
  data: AgendaPackData,
  options: AgendaPackOptions,
): Promise<AgendaPackResult> {
  const plan = planPack(data, options.audience, options.edition);
  const entries = [...plan.publicItems, ...plan.privateItems];
  const pdfPapers = entries.flatMap((entry) => entry.papers).filter((paper) => paper.format === 'pdf');
  // A withheld paper's page is written with the agenda: nothing to draw or merge.
  const docxCount = entries
    .flatMap((entry) => entry.papers)
    .filter((paper) => paper.format === 'docx' && paper.withheld === undefined).length;
  // Laying out and writing the agenda are a step each, every report merged one, and zipping the file (the
  // longest step with real reports) counts as zipSteps, moved as its bytes go through: the bar moves until the
  // bytes are handed back (the page then counts writing the file as its own last step: pack-build.ts).
  const total = pdfPapers.length + 1 + 1 + docxCount + zipSteps;
  let done = 0;
  const report = (stage: PackStage, paper?: string): void =>
    options.onProgress?.({ done, total, stage, ...(paper ? { paper } : {}) });

  const images = new Map<string, PageImage[]>();
  for (const paper of pdfPapers) {
    report('drawingPdfPages', paper.label);
    if (!options.renderPdf)
      throw new Error(`${paper.label} is a PDF, and this pack was built without a PDF reader.`);
    const drawn = await options.renderPdf(paper.bytes, paper.label, (page, pages) =>
      report('drawingPdfPages', `${paper.label}, page ${page} of ${pages}`),
    );
    images.set(paper.key, drawn);
    done += 1;
  }
  report('layingOut');
  const front = [...frontSheet(data.record, options.audience, options.edition)];
  const listing = agendaListing(plan.publicItems, plan.privateItems, options.audience, plan.meetingHasPartB);
  const dress = data.template ? templateFront(data.template) : undefined;
  if (dress) listing.push({ element: placeholder(templateAfterMarker), lines: 0 });
  const frontPages = frontPageCount(front, listing, dress);
  const splices: ReportSplice[] = [];
  const sections: ISectionOptions[] = [
    {
      properties: { page: { size: a4, margin: margins } },
      headers: { default: new Header({ children: [] }) },
      footers: { default: new Footer({ children: [] }) },
      children: [...front, ...listing]
        .map((block) => block.element)
        .concat(frontPages % 2 === 1 ? [blankPage()] : []),
    },
  ];
  let firstPaper = true;
  const warnings: string[] = [];
  const pageNumbers = new PackPageNumbers();
  for (const entry of entries) {
    entry.papers.forEach((paper, index) => {
      const bookmarks = bookmarksFor(entry, index);
      const layout = paperLayout(paper, bookmarks, images, splices, firstPaper, warnings);
      if (paper.exempt)
        layout.exemptHeader = notForPublicationText(paper.exempt.paragraph, data.record.organisation);
      pageNumbers.addPaper(layout.pages, bookmarks);
      sections.push(paperSection(layout));
      firstPaper = false;
    });
  }
  done += 1;
  report('writingAgenda');
  const { record } = data;
  const document = new Document({
    title: `${record.committee.name}, ${formatShortDate(record.meeting.date)}: ${options.edition === 'supplementary' ? 'supplementary agenda' : 'agenda'}`,
    creator: record.organisation.name,
    // Each "(Pages X - Y)" is written with its number, so viewers that never update fields print it. Word is asked
    // to update fields only when a report's page count was estimated, and so the stored numbers may be out.
    features: { updateFields: warnings.length > 0 },
    pageNumbers: pageNumbers.estimator(),
    styles: { default: { document: { run: { font: houseFont, size: bodySize } } } },
    sections,
  });
  const title = options.edition === 'supplementary' ? 'Supplementary agenda' : 'Agenda';
  const packed = data.template
    ? await applyPackTemplate(
        await Packer.pack(document, 'uint8array'),
        data.template,
        meetingTemplateValues(record, title),
      )
    : await Packer.pack(document, 'uint8array');
  done += 1;
  report('mergingReports', splices[0]?.label);
  const zipFrom = total - zipSteps;
  const merged = spliceReports(
    packed,
    splices,
    (merged) => {
      done += 1;
      if (merged < splices.length) report('mergingReports', splices[merged]?.label);
    },
    // Said before the reports are put in place and the file zipped, not after; then as the zip goes through.
    (share) => {
      const now = zipFrom + Math.floor(share * zipSteps);
      if (share > 0 && now === done) return;
      done = Math.max(done, Math.min(now, total));
      report('packing');
    },
  );
  done = total;
  report('packing');
  return { bytes: merged.bytes, warnings: [...warnings, ...merged.warnings] };
}

/** The steps zipping the pack counts for on the progress bar, each a share of its bytes. */
const zipSteps = 10;

/** Pages of the front sheet and of the agenda (which starts on a new page), in the template's page if any. */
function frontPageCount(front: Block[], listing: Block[], dress?: TemplateFront): number {
  const setup = dress?.setup ?? packPageSetup;
  const pagesOf = (blocks: Block[], extra: number): number => {
    const lines = blocks.reduce((sum, block) => sum + block.lines, extra * (dress?.lineScale ?? 1));
    return Math.max(1, Math.ceil(lines / linesPerPage(setup)));
  };
  return pagesOf(front, dress?.linesBefore ?? 0) + pagesOf(listing, dress?.linesAfter ?? 0);
}

function bookmarksFor(entry: PlannedItem, index: number): { start?: string; end?: string } {
  const names = itemBookmarks(entry);
  return {
    start: index === 0 ? names.start : undefined,
    end: index === entry.papers.length - 1 ? names.end : undefined,
  };
}

function paperLayout(
  paper: Paper,
  bookmarks: { start?: string; end?: string },
  images: Map<string, PageImage[]>,
  splices: ReportSplice[],
  firstPaper: boolean,
  warnings: string[],
): Parameters<typeof paperSection>[0] {
  const marking = paper.draft ? { draftMarking } : {};
  if (paper.withheld !== undefined) {
    return {
      setup: packPageSetup,
      children: [withheldPage(paper.withheld, bookmarks)],
      pages: 1,
      firstPaper,
    };
  }
  if (paper.format === 'pdf') {
    const pages = images.get(paper.key) ?? [];
    return {
      setup: packPageSetup,
      children: pdfPageParagraphs(pages, bookmarks),
      pages: pages.length,
      ...marking,
      firstPaper,
    };
  }
  const marker = `CHAMBER-MERGE-${splices.length + 1}`;
  splices.push({
    marker,
    bytes: paper.bytes,
    label: paper.label,
    startBookmark: bookmarks.start,
    endBookmark: bookmarks.end,
  });
  const measure = measureDocx(paper.bytes, paper.pageCount);
  if (measure.source === 'estimated' && paper.key.startsWith('paper-')) {
    warnings.push(
      `${paper.label}: its file does not say how many pages it prints, so Chamber estimated ${measure.pages}. If the printed pack shows a different number, enter the real count under "Printed page counts" and save the pack again, so the blank pages fall right.`,
    );
  }
  return {
    setup: measure.setup,
    children: [placeholder(marker)],
    pages: measure.pages,
    ...marking,
    firstPaper,
  };
}
