import { describe, expect, it } from 'vitest';
import { blankPageNotice, buildAgendaPack } from '../../../renderer/documents/agenda-pack';
import { renderDocx } from '../support/libreoffice';
import { footerNumber, sheetOf } from './support/pages';
import { renderPdfInNode } from './support/pdf-reader';
import {
  agendaPackTemplate,
  firstPageFooterMarker,
  firstPageHeaderMarker,
  letterheadMarker,
  templateFooterMarker,
} from './support/pack-template';
import { seed004PackData } from './support/seed-004-pack';

describe('a template with a different first page, printed through LibreOffice', async () => {
  const template = await agendaPackTemplate('{{body}}', undefined, true);
  const built = await buildAgendaPack(
    { ...(await seed004PackData()), template },
    { audience: 'public', edition: 'agenda', renderPdf: renderPdfInNode },
  );
  const pack = await renderDocx(built.bytes, 'first-page-template-pack.docx');
  const firstPaper = sheetOf(pack, 'MINUTES-MARKER');
  const frontPages = pack.pages.slice(0, firstPaper - 1);

  it("prints the first-page letterhead and footer on the front sheet only, filled like the template's others", () => {
    expect(frontPages[0]).toContain(`${firstPageHeaderMarker} Harrow Council`);
    expect(frontPages[0]).toContain(`${firstPageFooterMarker} Democratic Services`);
    expect(frontPages[0]).not.toContain(letterheadMarker);
    expect(frontPages[0]).not.toContain(templateFooterMarker);
  });

  it("prints the template's usual letterhead and footer on the agenda's later pages", () => {
    const later = frontPages.slice(1).filter((page) => !page.includes(blankPageNotice));
    expect(later.length).toBeGreaterThan(0);
    for (const page of later) {
      expect(page).toContain(letterheadMarker);
      expect(page).toContain(templateFooterMarker);
      expect(page).not.toContain(firstPageHeaderMarker);
    }
  });

  it("keeps the papers' own numbered footer, with neither of the template's letterheads", () => {
    const paperPages = pack.pages.slice(firstPaper - 1);
    expect(paperPages.map(footerNumber)).toEqual(paperPages.map((_, index) => index + 1));
    for (const page of paperPages) {
      expect(page).not.toContain(firstPageHeaderMarker);
      expect(page).not.toContain(letterheadMarker);
    }
  });
});
