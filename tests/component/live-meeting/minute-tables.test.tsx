// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { addAgendaItem } from '../../../renderer/db/repositories/agenda';
import { createCommittee } from '../../../renderer/db/repositories/committees';
import { createMeeting } from '../../../renderer/db/repositories/meetings';
import { takeItemInMeeting } from '../../../renderer/db/repositories/minutes';
import { emptyRichText, richTextToPlain } from '../../../renderer/domain/rich-text';
import { MinuteEditor } from '../../../renderer/ui/features/live-meeting/minute-editor';
import { freshDatabase } from '../../unit/db/reset';

beforeEach(freshDatabase);
afterEach(cleanup);

// ProseMirror reads the <style> Word puts on the clipboard through the legacy `rules` list, which Chromium has
// and happy-dom does not: the same list under its standard name.
if (!('rules' in CSSStyleSheet.prototype)) {
  Object.defineProperty(CSSStyleSheet.prototype, 'rules', {
    get(this: CSSStyleSheet) {
      return this.cssRules;
    },
  });
}

/** What Word puts on the clipboard for a copied table (trimmed): Office markup, widths, spans inside paragraphs. */
const wordTable = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset="utf-8"><style><!-- p.MsoNormal {margin:0cm;} --></style></head>
<body lang=EN-GB><!--StartFragment-->
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=150 valign=top style='width:112.7pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b><span lang=EN-GB>Name<o:p></o:p></span></b></p></td>
  <td width=60 valign=top style='width:45pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b><span lang=EN-GB>Minute<o:p></o:p></span></b></p></td>
  <td width=200 valign=top style='width:150pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b><span lang=EN-GB>Reason<o:p></o:p></span></b></p></td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
  <td width=150 valign=top><p class=MsoNormal><span lang=EN-GB>Councillor Susan Hall<o:p></o:p></span></p></td>
  <td width=60 valign=top><p class=MsoNormal><span lang=EN-GB>105<o:p></o:p></span></p></td>
  <td width=200 valign=top><p class=MsoNormal><span lang=EN-GB>Director of Harrow Leisure Centres Ltd<o:p></o:p></span></p></td>
 </tr>
</table>
<!--EndFragment--></body></html>`;

/** LibreOffice Writer's clipboard HTML for a table: a colgroup, a thead of th cells, paragraphs in cells. */
const libreOfficeTable = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8"/></head><body lang="en-GB" dir="ltr">
<table width="100%" cellpadding="4" cellspacing="0"><col width="128*"/><col width="128*"/>
<thead><tr valign="top"><th width="50%" style="border: 1px solid #000000; padding: 0.1cm"><p>Library</p></th>
<th width="50%" style="border: 1px solid #000000; padding: 0.1cm"><p>Hours proposed</p></th></tr></thead>
<tbody><tr valign="top"><td width="50%" style="border: 1px solid #000000; padding: 0.1cm"><p>Stonegate</p></td>
<td width="50%" style="border: 1px solid #000000; padding: 0.1cm"><p>42</p></td></tr></tbody></table></body></html>`;

async function showMinute() {
  const committee = await createCommittee(
    { name: 'Harrow Partnership Board', type: 'board', firstMinuteNumber: 105 },
    [{ role: 'chair', person: { title: 'Councillor', name: 'Thaya Idaikkadar' } }],
  );
  const meeting = await createMeeting(committee.id, { date: '2012-12-06', startTime: '18:00' });
  const item = await addAgendaItem(meeting.id, { title: 'Declarations of Interest' });
  const minute = await takeItemInMeeting(meeting.id, item.id, '18:02');
  render(
    <FluentProvider theme={webLightTheme}>
      <MinuteEditor
        minuteId={minute.id}
        initial={emptyRichText()}
        label="Minute 105: Declarations of Interest"
        phrases={[]}
        onEditor={() => undefined}
      />
    </FluentProvider>,
  );
  const text = await screen.findByRole('textbox', { name: 'Minute 105: Declarations of Interest' });
  return { text, minuteId: minute.id };
}

function paste(target: HTMLElement, html: string, plain: string) {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/html', html);
  clipboardData.setData('text/plain', plain);
  const event = new Event('paste', { bubbles: true, cancelable: true }) as ClipboardEvent;
  Object.defineProperty(event, 'clipboardData', { value: clipboardData });
  return act(async () => void target.dispatchEvent(event));
}

const cellTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));

async function storedText(minuteId: string): Promise<string> {
  return richTextToPlain((await db.minutes.get(minuteId))!.text);
}

describe('a table in the minute editor', () => {
  it('arrives as a table when pasted from Word, and is stored as one', async () => {
    const { text, minuteId } = await showMinute();
    text.focus();
    await paste(
      text,
      wordTable,
      'Name\tMinute\tReason\nCouncillor Susan Hall\t105\tDirector of Harrow Leisure Centres Ltd',
    );
    const table = await within(text).findByRole('table');
    expect(cellTexts(table)).toEqual([
      ['Name', 'Minute', 'Reason'],
      ['Councillor Susan Hall', '105', 'Director of Harrow Leisure Centres Ltd'],
    ]);
    await waitFor(async () =>
      expect(await storedText(minuteId)).toContain(
        'Name | Minute | Reason\nCouncillor Susan Hall | 105 | Director of Harrow Leisure Centres Ltd',
      ),
    );
  });

  it('arrives as a table with its header row when pasted from LibreOffice', async () => {
    const { text, minuteId } = await showMinute();
    text.focus();
    await paste(text, libreOfficeTable, 'Library\tHours proposed\nStonegate\t42');
    const table = await within(text).findByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Library', 'Hours proposed']);
    await waitFor(async () =>
      expect(await storedText(minuteId)).toContain('Library | Hours proposed\nStonegate | 42'),
    );
  });

  it('is made from the keyboard: Ctrl+Shift+9, typing, Tab to the next cell, Tab in the last cell for a row', async () => {
    const user = userEvent.setup();
    const { text, minuteId } = await showMinute();
    await user.click(text);
    // As a browser sends Ctrl+Shift+9 (user-event leaves out the keyCode ProseMirror reads a shifted digit by).
    fireEvent.keyDown(text, { key: '(', code: 'Digit9', keyCode: 57, ctrlKey: true, shiftKey: true });
    const table = await within(text).findByRole('table');
    await user.keyboard('Name{Tab}Minute{Tab}Reason{Tab}Cllr Hall{Tab}105{Tab}Director{Tab}Steve Porter');
    await waitFor(() =>
      expect(cellTexts(table)).toEqual([
        ['Name', 'Minute', 'Reason'],
        ['Cllr Hall', '105', 'Director'],
        ['Steve Porter', '', ''],
      ]),
    );
    // A column to the right of the cursor's with its key; Tab goes into it, and the toolbar's button removes it.
    fireEvent.keyDown(document.activeElement!, {
      key: 'ArrowRight',
      code: 'ArrowRight',
      altKey: true,
      shiftKey: true,
    });
    await user.keyboard('{Tab}Trustee');
    await waitFor(() => expect(cellTexts(table)[2]).toEqual(['Steve Porter', 'Trustee', '', '']));
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    await user.click(within(toolbar).getByRole('button', { name: /^Remove column/ }));
    await waitFor(() => expect(cellTexts(table)[2]).toEqual(['Steve Porter', '', '']));
    expect(
      within(toolbar)
        .getByRole('button', { name: /^Table/ })
        .hasAttribute('disabled'),
    ).toBe(true);
    await waitFor(async () =>
      expect(await storedText(minuteId)).toContain(
        'Name | Minute | Reason\nCllr Hall | 105 | Director\nSteve Porter |  | \n',
      ),
    );
  });
});
