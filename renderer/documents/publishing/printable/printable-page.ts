import { escapeHtml } from '../html';

/**
 * A document for Chromium's print engine to make into a PDF (Electron's printToPDF; page.pdf() in tests): one HTML
 * file with everything inline and no script, so it prints the same with no network. Its <title> becomes the PDF's
 * title and its lang the PDF's language, which the accessibility regulations (SI 2018/952) ask for; the print is
 * tagged, so headings, lists and tables keep their structure for screen readers.
 *
 * @example printablePage({ title: 'Minutes', council: 'Wrenmoor', body: '<h1>Minutes</h1>' })
 */
export function printablePage(page: { title: string; council: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${escapeHtml(page.title)}</title>
<meta name="author" content="${escapeHtml(page.council)}">
<style>
@page { size: A4; margin: 20mm 18mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #000; margin: 0; }
h1 { font-size: 18pt; margin: 0 0 6pt; }
h2 { font-size: 14pt; margin: 14pt 0 6pt; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; }
h4, h5 { font-size: 11pt; margin: 8pt 0 4pt; }
.council { font-size: 12pt; font-weight: bold; }
.part { break-before: page; }
.paper-page { break-before: page; }
dl.details { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; }
dl.details dt { font-weight: bold; }
dl.attendance { display: grid; grid-template-columns: max-content 1fr; gap: 0 12pt; }
dl.attendance dt { font-weight: bold; grid-column: 1; }
dl.attendance dd { grid-column: 2; margin: 0; }
table.attendance { border-collapse: collapse; margin: 0 0 6pt 18pt; }
table.attendance td { padding: 0 12pt 0 0; vertical-align: top; }
.minutes .indent { margin-left: 18pt; }
ul.papers { list-style: none; padding: 0; }
.pages { white-space: nowrap; }
.exempt { font-style: italic; }
.resolution { font-weight: bold; }
.minutes { margin-left: 12pt; }
.minutes table { border-collapse: collapse; margin: 4pt 0 8pt; }
.minutes th, .minutes td { border: 0.75pt solid #000; padding: 2pt 5pt; text-align: left; vertical-align: top; }
.minutes th p, .minutes td p { margin: 0; }
.minutes tr { break-inside: avoid; }
.minutes thead { display: table-header-group; }
.blank { break-before: page; padding-top: 120mm; text-align: center; }
</style>
</head>
<body>
${page.body}
</body>
</html>
`;
}
