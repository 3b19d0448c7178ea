import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { renderDocx } from '../documents/support/libreoffice';
import { seriousAccessibilityProblems } from './support/axe';
import { openChamber, type Chamber } from './support/browser';
import { keyBoardMeeting } from './support/live-meeting';
import { poll } from './support/wait';
import { minuteStoredSince, pageNow, recordMinuteWrites } from './support/minute-stored';

let chamber: Chamber | undefined;

const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

/** The text of each row's cells, as the clerk sees the table in the minute. */
const tableRows = (editor: Locator) =>
  editor.evaluate((element) =>
    Array.from(element.querySelectorAll('table tr'), (row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) => (cell.textContent ?? '').trim()),
    ),
  );

async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

/** Type into the cell the cursor is in, then Tab to the next one (Tab in the last cell adds a row, as in Word). */
async function typeCells(page: Page, ...cells: string[]): Promise<void> {
  for (const [index, text] of cells.entries()) {
    if (index > 0) await press(page, 'Tab');
    await page.keyboard.type(text);
  }
}

/** What Word puts on the clipboard for a copied table (trimmed): its own <style>, Office markup and widths. */
const wordClipboard = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset="utf-8"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;} --></style></head>
<body lang=EN-GB><!--StartFragment-->
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
 <tr><td width=200 valign=top><p class=MsoNormal><b><span lang=EN-GB>Library<o:p></o:p></span></b></p></td>
  <td width=100 valign=top><p class=MsoNormal><b><span lang=EN-GB>Hours now<o:p></o:p></span></b></p></td>
  <td width=100 valign=top><p class=MsoNormal><b><span lang=EN-GB>Hours proposed<o:p></o:p></span></b></p></td></tr>
 <tr><td width=200 valign=top><p class=MsoNormal><span lang=EN-GB>Stonegate<o:p></o:p></span></p></td>
  <td width=100 valign=top><p class=MsoNormal><span lang=EN-GB>38<o:p></o:p></span></p></td>
  <td width=100 valign=top><p class=MsoNormal><span lang=EN-GB>42<o:p></o:p></span></p></td></tr>
</table><!--EndFragment--></body></html>`;

describe('a table in a minute, from the live screen to the saved minutes', () => {
  it('is made by keyboard, typed into cell by cell, kept on reload, pasted from Word, and printed as a table', async () => {
    chamber = await openChamber();
    const { page } = chamber;
    const meetingUrl = await keyBoardMeeting(page, inject('baseUrl'));
    await page.goto(`${meetingUrl.replace(/\/$/, '')}/live`);
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    for (const title of ['Apologies for Absence', 'Attendance by Substitute Members']) {
      await press(page, 'Alt+N');
      await poll(() => focusedLabel(page)).toMatch(new RegExp(`^Minute \\d+: ${title}$`));
    }
    await press(page, 'Alt+N');
    await poll(() => focusedLabel(page)).toBe('Minute 3: Declarations of Interest');
    const declarations = page.getByRole('textbox', { name: 'Minute 3: Declarations of Interest' });
    await page.keyboard.type('The following interests were declared:');
    await press(page, 'Enter', 'Control+Shift+9');
    await poll(() => tableRows(declarations)).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
    await poll(() => focusedLabel(page)).toBe('Minute 3: Declarations of Interest');

    // The header row, a fourth column added with Alt+Shift+Right, then the declarations: Tab runs on into new rows.
    await typeCells(page, 'Name', 'Minute', 'Reason');
    await press(page, 'Alt+Shift+ArrowRight');
    await poll(() => tableRows(declarations)).toEqual([
      ['Name', 'Minute', 'Reason', ''],
      ['', '', '', ''],
    ]);
    await press(page, 'Tab');
    await typeCells(
      page,
      'Interest',
      ...['Councillor Susan Hall', '3', 'Director of Harrow Leisure Centres Ltd', 'Pecuniary'],
      ...['Steve Porter', '3', 'Trustee of a local charity', 'Non-registrable'],
    );
    // A row added below with Alt+Shift+Down, and taken away again with Alt+Shift+Backspace from inside it.
    await press(page, 'Alt+Shift+ArrowDown');
    await poll(() => tableRows(declarations).then((rows) => rows.length)).toBe(4);
    await press(page, 'ArrowDown', 'Alt+Shift+Backspace');
    const declared = [
      ['Name', 'Minute', 'Reason', 'Interest'],
      ['Councillor Susan Hall', '3', 'Director of Harrow Leisure Centres Ltd', 'Pecuniary'],
      ['Steve Porter', '3', 'Trustee of a local charity', 'Non-registrable'],
    ];
    await poll(() => tableRows(declarations)).toEqual(declared);
    // With the cursor in the table its row and column buttons show, and the screen still passes axe-core.
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    await toolbar.getByRole('button', { name: /^Remove column/ }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    // The buttons do what the keys do, and leave the focus in the text for the next key.
    await toolbar.getByRole('button', { name: /^Row below/ }).click();
    await poll(() => tableRows(declarations).then((rows) => rows.length)).toBe(4);
    await poll(() => focusedLabel(page)).toBe('Minute 3: Declarations of Interest');
    await press(page, 'ArrowDown');
    await toolbar.getByRole('button', { name: /^Remove row/ }).click();
    await poll(() => tableRows(declarations)).toEqual(declared);
    await poll(() => focusedLabel(page)).toBe('Minute 3: Declarations of Interest');
    // Out of the table to the paragraph after it, and on with the minute.
    await press(page, 'Control+End');
    await page.keyboard.type('No other interests were declared.');
    await poll(() => declarations.innerText()).toMatch(
      /Non-registrable\s*No other interests were declared\.$/,
    );
    expect(await declarations.locator('th').count()).toBe(4);
    // Kept for a person to look at: the table as the clerk sees it on the live screen.
    await mkdir('.test-results/documents', { recursive: true });
    await page.screenshot({ path: '.test-results/documents/minute-tables-live.png' });

    // A table copied from Word and pasted into the next minute arrives as a table, not a run-on line.
    await press(page, 'Alt+N');
    await poll(() => focusedLabel(page)).toBe('Minute 4: Minutes');
    const minutes = page.getByRole('textbox', { name: 'Minute 4: Minutes' });
    await page.keyboard.type('The proposed library hours were:');
    await press(page, 'Enter');
    await recordMinuteWrites(page);
    const pastedAt = await pageNow(page);
    await minutes.evaluate((element, html) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/html', html);
      clipboardData.setData('text/plain', 'Library\tHours now\tHours proposed\nStonegate\t38\t42');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, wordClipboard);
    const libraries = [
      ['Library', 'Hours now', 'Hours proposed'],
      ['Stonegate', '38', '42'],
    ];
    await poll(() => tableRows(minutes)).toEqual(libraries);

    // Stored: once the paste is stored, a fresh load of the screen shows both tables as they were typed and pasted.
    await minuteStoredSince(page, pastedAt);
    await page.reload();
    const rail = page.getByRole('navigation', { name: 'Agenda' });
    await rail.getByRole('button', { name: /Declarations of Interest/ }).click();
    await poll(() => tableRows(declarations)).toEqual(declared);
    await press(page, 'Alt+ArrowDown');
    await poll(() => tableRows(minutes)).toEqual(libraries);

    // The saved minutes, as LibreOffice prints them: each row on its line, each cell in its column.
    await page.goto(meetingUrl);
    await page.getByRole('tab', { name: 'Minutes' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save minutes (.docx)' }).click(),
    ]);
    const bytes = await readFile((await download.path()) ?? '');
    await writeFile('.test-results/documents/minute-tables-e2e.docx', bytes);
    const printed = await renderDocx(bytes, 'minute-tables-e2e.docx');
    const text = printed.pages.join('\n');
    expect(text).toMatch(/\n\s*Name\s{2,}Minute\s{2,}Reason\s{2,}Interest\s*\n/);
    expect(text).toMatch(
      /\n\s*Councillor Susan Hall\s{2,}3\s{2,}Director of Harrow( Leisure Centres Ltd)?\s{2,}Pecuniary\s*\n/,
    );
    expect(text).toMatch(
      /\n\s*Steve Porter\s{2,}3\s{2,}Trustee of a local( charity)?\s{2,}Non-registrable\s*\n/,
    );
    expect(text).toMatch(
      /\n\s*Library\s{2,}Hours now\s{2,}Hours proposed\s*\n\s*Stonegate\s{2,}38\s{2,}42\s*\n/,
    );
    const flat = printed.flatText;
    expect(flat.indexOf('The following interests were declared:')).toBeLessThan(flat.indexOf('Name Minute'));
    expect(flat.indexOf('Non-registrable')).toBeLessThan(flat.indexOf('No other interests were declared.'));
    expect(flat).not.toContain('StonegateHours');
  });
});
