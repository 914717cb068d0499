// The frame of the public media-kit pages: Vouch's styles and nothing of the app (no
// navigation, no workspace but its name in the page), and their own error page, since
// a creator has no account to sign in with: an unknown or withdrawn link is a 404 page,
// an expired one 410, in this frame.
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { VouchError } from "../../core/errors.js";
import { type Html, html } from "./html.js";
import type { PageContext } from "./page-context.js";

export function kitFrame(title: string, main: Html): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} — Vouch</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
<link rel="stylesheet" href="/assets/kit-form.css">
</head>
<body class="kit-page">
<a class="skip-link" href="#main">Skip to content</a>
<main id="main" tabindex="-1">
${main}
</main>
<footer class="site-footer"><p>Sent with Vouch. Your answers go to the brand that sent you this link, and to no one else.</p></footer>
</body>
</html>`;
}

const ERROR_TITLES: Partial<Record<number, string>> = {
  404: "This link does not work",
  410: "This link has expired",
  413: "The upload is too large",
  429: "Too many requests",
};

export function kitErrorPage(c: PageContext, err: Error) {
  if (!(err instanceof VouchError)) console.error(err);
  const status = (err instanceof VouchError ? err.status : 500) as ContentfulStatusCode;
  const title = ERROR_TITLES[status] ?? (status >= 500 ? "Something went wrong" : "Check your input");
  const message = err instanceof VouchError ? err.message : "An unexpected failure; please try again later.";
  return c.html(kitFrame(title, html`<h1>${title}</h1><p class="error-message">${message}</p>`), status);
}
