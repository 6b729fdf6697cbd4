import { esc } from './escape';

/** One entry of the site navigation. */
export interface NavItem {
  label: string;
  href: string;
  /** The file it belongs to, to mark the current page. */
  file: string;
}

/** What every page shares: the head, the branded header with the navigation, the footer. */
export interface Shell {
  language: string;
  /** "Tesults Trust Center", in the page's language. */
  siteName: string;
  /** The feed's title, for the link to it in the head. */
  feedTitle: string;
  /** The skip link's words and the navigation's name, in the page's language. */
  skip: string;
  navLabel: string;
  /** `assets/logo.svg` and the like, when the brand has a logo. */
  logoHref?: string;
  nav: NavItem[];
  footer: string;
}

/** A whole HTML page; `body` is already-escaped HTML. No script, no external request. */
export function pageHtml(shell: Shell, file: string, title: string, description: string, body: string): string {
  const nav = shell.nav
    .map((item) => `<li><a href="${esc(item.href)}"${item.file === file && !item.href.includes('#') ? ' aria-current="page"' : ''}>${esc(item.label)}</a></li>`)
    .join('');
  const logo = shell.logoHref ? `<img src="${esc(shell.logoHref)}" alt="">` : '';
  return `<!DOCTYPE html>
<html lang="${esc(shell.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<meta name="description" content="${esc(description)}">
<link rel="stylesheet" href="style.css">
<link rel="alternate" type="application/atom+xml" title="${esc(shell.feedTitle)}" href="feed.xml">
<link rel="icon" href="${esc(shell.logoHref ?? 'data:,')}">
</head>
<body>
<a class="skip" href="#page_main">${esc(shell.skip)}</a>
<header class="band">
<div class="inner">
<a class="brand" href="index.html">${logo}<span>${esc(shell.siteName)}</span></a>
<nav aria-label="${esc(shell.navLabel)}"><ul>${nav}</ul></nav>
</div>
</header>
<main id="page_main">
<div class="inner">
${body}
</div>
</main>
<footer>
<div class="inner">
${shell.footer}
</div>
</footer>
</body>
</html>
`;
}
