// The one frame of the pages a creator opens from a brand's link, with no account (the
// media-kit form, the contract review): Vouch's styles plus the page's own, noindex, a
// skip link, no navigation, and a footer saying where what they do goes.
import { type Html, html } from "./html.js";

export interface PublicFrame {
  title: string;
  /** The page's own stylesheet under /assets ("kit-form.css"). */
  stylesheet: string;
  /** The body's class, for the page's own styles. */
  bodyClass: string;
  /** Where the visitor's input goes, said in the footer. */
  footer: string;
  main: Html;
}

export function publicFrame(p: PublicFrame): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${p.title} — Vouch</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
<link rel="stylesheet" href="/assets/${p.stylesheet}">
</head>
<body class="${p.bodyClass}">
<a class="skip-link" href="#main">Skip to content</a>
<main id="main" tabindex="-1">
${p.main}
</main>
<footer class="site-footer"><p>${p.footer}</p></footer>
</body>
</html>`;
}
