// The public media-kit pages in the public frame (public-frame.ts: Vouch's styles and
// nothing of the app, no workspace but its name), and their own error page, since
// a creator has no account to sign in with: an unknown or withdrawn link is a 404 page,
// an expired one 410, in this frame.
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { VouchError } from "../../core/errors.js";
import { type Html, html } from "./html.js";
import type { PageContext } from "./page-context.js";
import { publicFrame } from "./public-frame.js";

export function kitFrame(title: string, main: Html): Html {
  return publicFrame({
    title,
    main,
    stylesheet: "kit-form.css",
    bodyClass: "kit-page",
    footer: "Sent with Vouch. Your answers go to the brand that sent you this link, and to no one else.",
  });
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
