import { escapeHtml } from './html';

/**
 * The page every published page is poured into. Chamber puts it in the published folder as
 * chamber-page-template.html the first time it publishes there and reads it from there ever after, so the web team
 * adjust it (the council's header, footer and colours) where they upload from. It must keep the placeholders; each is replaced once, in one pass, so text that happens to
 * look like a placeholder inside a minute is never replaced again:
 * - {{title}}: the page's title, for <title> (already made safe for HTML)
 * - {{council}}: the council's name; {{logo}}: an <img> of its logo, or nothing
 * - {{stylesheet}}: the address of the one stylesheet; {{feed}}: the address of the Atom feed
 * - {{breadcrumbs}}: the trail back to the list of committees (a <nav>); {{content}}: the page itself (<h1> first)
 */
export const defaultPageTemplate = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} - {{council}}</title>
<link rel="stylesheet" href="{{stylesheet}}">
<!-- The council's colours come from Chamber's Settings (Website colours). To set others here instead, put
:root { --masthead: #1d3557; --masthead-text: #ffffff; --accent: #1d3557; } in a style element below this
comment (text on them must keep a contrast of 4.5:1). -->
<link rel="alternate" type="application/atom+xml" title="What {{council}} has published" href="{{feed}}">
</head>
<body>
<a class="skip" href="#content">Skip to content</a>
<header class="masthead">{{logo}}<p class="council">{{council}}</p></header>
{{breadcrumbs}}
<main id="content">
{{content}}
</main>
<footer><p>Published by {{council}}. <a href="{{feed}}">Feed of what is published</a></p></footer>
</body>
</html>
`;

export const pagePlaceholders = [
  'title',
  'council',
  'logo',
  'stylesheet',
  'feed',
  'breadcrumbs',
  'content',
] as const;
export type PagePlaceholder = (typeof pagePlaceholders)[number];

/** The template's placeholders it does not have: a template missing {{content}} would publish empty pages. */
export function missingPlaceholders(template: string): PagePlaceholder[] {
  const required: PagePlaceholder[] = ['title', 'content', 'stylesheet'];
  return required.filter((name) => !template.includes(`{{${name}}}`));
}

/** Values are HTML already: the builders escape every text they put in. Unknown {{names}} are left as they are. */
export function fillPageTemplate(template: string, values: Record<PagePlaceholder, string>): string {
  const missing = missingPlaceholders(template);
  if (missing.length > 0) {
    throw new Error(
      `The page template has no ${missing.map((name) => `{{${name}}}`).join(', ')}. Put it back in the template, or use Chamber's own.`,
    );
  }
  return template.replace(/\{\{([a-z]+)\}\}/g, (whole, name: string) =>
    (pagePlaceholders as readonly string[]).includes(name) ? values[name as PagePlaceholder] : whole,
  );
}

/** Breadcrumbs: each step a link but the last, which is the page itself. */
export function breadcrumbs(steps: { label: string; href?: string }[]): string {
  const entries = steps.map((step) =>
    step.href
      ? `<li><a href="${escapeHtml(step.href)}">${escapeHtml(step.label)}</a></li>`
      : `<li aria-current="page">${escapeHtml(step.label)}</li>`,
  );
  return `<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${entries.join('')}</ol></nav>`;
}
