// The HTML answer to a failed page request: 403, 404, 400… in the layout, with
// the error's message (which names no other workspace's data: services say
// "not found" for those). Not signed in → the sign-in page, then back here.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { VouchError } from "../../core/errors.js";
import type { AppEnv } from "../env.js";
import { html } from "./html.js";
import { layout } from "./layout.js";

const TITLES: Record<number, string> = {
  400: "Check your input",
  403: "Not allowed",
  404: "Not found",
  409: "Conflict",
  413: "Upload too large",
  421: "Wrong address",
  422: "Invalid file",
  429: "Too many attempts",
  500: "Something went wrong",
};

export function pageError(err: Error, c: Context<AppEnv>) {
  if (err instanceof VouchError && err.code === "unauthorized") {
    const next = c.req.method === "GET" ? `?next=${encodeURIComponent(c.req.path + search(c.req.url))}` : "";
    return c.redirect(`/sign-in${next}`, 303);
  }
  if (!(err instanceof VouchError)) console.error(err);
  const status = (err instanceof VouchError ? err.status : 500) as ContentfulStatusCode;
  const message =
    err instanceof VouchError ? err.message : "An unexpected failure; the server log has the details.";
  return errorPage(c, status, message);
}

export function errorPage(c: Context<AppEnv>, status: ContentfulStatusCode, message: string) {
  const title = TITLES[status] ?? "Error";
  return c.html(
    layout({
      title,
      caller: c.var.caller ?? null,
      main: html`<h1>${title}</h1>
<p class="error-message">${message}</p>
<p><a href="/">Back to the creators</a></p>`,
    }),
    status,
  );
}

function search(url: string): string {
  const i = url.indexOf("?");
  return i === -1 ? "" : url.slice(i);
}
