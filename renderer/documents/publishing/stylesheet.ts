import type { WebsiteColours } from '../../domain/model';

/** The council's colours: the masthead, and links and headings (Settings, Website colours). */
export type PublishingColours = WebsiteColours;

/** Dark enough on white, and white on it, for WCAG AA text contrast. */
export const defaultColours: PublishingColours = {
  masthead: '#1d3557',
  mastheadText: '#ffffff',
  accent: '#1d3557',
};

const colourPattern = /^#[0-9a-f]{6}$/i;

/**
 * One stylesheet for every page. The council's colours (from Settings) are set once as CSS variables (--masthead,
 * --masthead-text, --accent), so the web team can set others in the page template's <style> without touching this
 * file, which Chamber rewrites. Colours must be #rrggbb: anything else could break out of the CSS.
 */
export function publishedStylesheet(colours: PublishingColours = defaultColours): string {
  for (const [name, value] of Object.entries(colours)) {
    if (!colourPattern.test(value)) {
      throw new Error(`The ${name} colour "${value}" is not a colour like #1d3557. Correct it in Settings.`);
    }
  }
  return `/* Chamber's published pages. Written by Chamber: changes here are replaced when it publishes again. */
:root { --masthead: ${colours.masthead}; --masthead-text: ${colours.mastheadText}; --accent: ${colours.accent}; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 1rem; line-height: 1.5; color: #1a1a1a; margin: 0; }
.skip { position: absolute; left: -10000px; }
.skip:focus { position: static; }
.masthead { background: var(--masthead, ${colours.masthead}); color: var(--masthead-text, ${colours.mastheadText}); padding: 0.75rem 1.5rem; display: flex; align-items: center; gap: 1rem; }
.masthead img { max-height: 4rem; }
.council { font-size: 1.4rem; font-weight: bold; margin: 0; }
.breadcrumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0.5rem 1.5rem; margin: 0; }
.breadcrumbs li + li::before { content: '›'; margin-right: 0.5rem; }
main, footer { max-width: 60rem; padding: 0 1.5rem 1.5rem; }
a { color: var(--accent, ${colours.accent}); }
a:focus { outline: 3px solid #ffbf47; }
h1, h2, h3 { color: var(--accent, ${colours.accent}); }
.item { border-top: 1px solid #b1b4b6; padding-top: 0.5rem; }
.item h3 { display: flex; gap: 1rem; }
.papers { list-style: none; padding: 0; }
.size { color: #505a5f; }
.minutes { border-left: 4px solid #b1b4b6; padding-left: 1rem; }
.exempt { font-style: italic; }
.resolution { font-weight: bold; }
.minutes table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
.minutes th, .minutes td { border: 1px solid #505a5f; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
.minutes th p, .minutes td p { margin: 0; }
dl.details { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.details dt { font-weight: bold; }
dl.attendance { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; }
dl.attendance dt { font-weight: bold; grid-column: 1; }
dl.attendance dd { grid-column: 2; margin: 0; }
table.attendance { border-collapse: collapse; margin: 0 0 0.5rem 1.5rem; }
table.attendance td { padding: 0 1rem 0 0; vertical-align: top; }
.minutes .indent { margin-left: 2rem; }
@media print { .masthead { background: none; color: #000; } .skip, .breadcrumbs { display: none; } }
`;
}
