// /contract/:token — the creator's review of a contract, from the link a brand sent,
// without an account: the document, its PDF, a change proposed per term, and acceptance
// (consent ticked, full name typed). Unknown and revoked links answer one 404 page,
// expired ones 410 (find-contract-link.ts). Reads and posts are rate-limited per client
// on their own budget (rate-limit.ts, as the media-kit pages); cross-site posts are
// refused by the app's CSRF check; nothing is cached.
import { type Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { VouchError } from "../../core/errors.js";
import { acceptContractVersion } from "../../services/contracts/accept-contract-version.js";
import { findContractLink } from "../../services/contracts/find-contract-link.js";
import { openContractReview } from "../../services/contracts/open-contract-review.js";
import { proposeContractChange } from "../../services/contracts/propose-contract-change.js";
import type { AppEnv } from "../env.js";
import { rateLimit } from "../rate-limit.js";
import { trailActor } from "../trail-actor.js";
import { contractFrame, contractReviewView, type ReviewFormState } from "./contract-review-view.js";
import { html } from "./html.js";
import { formFields, type PageContext } from "./page-context.js";

const POSTS_PER_MINUTE = 30;
/** The fields each form shows, where an error can stand next to its field; others go on top. */
const FORM_FIELDS = { propose: ["field", "proposed", "comment"], accept: ["consent", "fullName"] };

/** The visitor's address hash and user agent, for the trail (the workspace salts the hash). */
async function visitor(c: PageContext, token: string) {
  const { db, now } = c.var.deps;
  const target = await findContractLink(db, token, now());
  const { ipHash, userAgent } = trailActor(c, target.workspaceId, "");
  return { ipHash, userAgent };
}

export function registerContractReviewPage(pages: Hono<AppEnv>) {
  const review = new Hono<AppEnv>();
  review.onError((err, c) => contractErrorPage(c, err));
  const posts = (c: Context<AppEnv>) => c.var.deps.kitRateLimit ?? POSTS_PER_MINUTE;
  review.use(
    "*",
    rateLimit({ writesPerMinute: posts, readsPerMinute: (c) => 2 * posts(c), what: "requests" }),
  );
  review.use("*", async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  });

  review.get("/:token", async (c) => {
    const token = c.req.param("token");
    const r = await openContractReview(c.var.deps.db, token, await visitor(c, token), c.var.deps.now());
    const notice =
      c.req.query("proposed") === "1"
        ? "Your proposal is sent. The brand answers with a new version at this link."
        : c.req.query("accepted") === "1"
          ? "Thank you: the contract is accepted and signed. Download your copy above."
          : null;
    return page(c, token, r, { notice, error: null, errorFor: null, values: {} });
  });

  review.get("/:token/pdf", async (c) => {
    const token = c.req.param("token");
    const r = await openContractReview(c.var.deps.db, token, await visitor(c, token), c.var.deps.now());
    const v = r.version;
    return c.body(new Uint8Array(v.acceptedPdf ?? v.pdf), 200, {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="contract-v${v.number}${v.acceptedPdf ? "-signed" : ""}.pdf"`,
    });
  });

  for (const action of ["propose", "accept"] as const)
    review.post(`/:token/${action}`, async (c) => {
      const token = c.req.param("token");
      const { db, now } = c.var.deps;
      const who = await visitor(c, token);
      const values = await formFields(c);
      try {
        if (action === "propose") await proposeContractChange(db, token, values, who, now());
        else
          await acceptContractVersion(
            db,
            token,
            { version: values.version, fullName: values.fullName ?? "", consent: values.consent === "yes" },
            who,
            now(),
            c.var.deps.pdfSigner ?? null,
          );
        return c.redirect(
          `/contract/${encodeURIComponent(token)}?${action === "propose" ? "proposed" : "accepted"}=1`,
          303,
        );
      } catch (err) {
        if (!(err instanceof VouchError) || (err.code !== "invalid_input" && err.code !== "conflict"))
          throw err;
        // Shown again, not opened again: a refused post writes nothing.
        const r = await openContractReview(db, token, who, now(), false);
        const fieldName = err.details.field as string | undefined;
        const shown = FORM_FIELDS[action].includes(fieldName ?? "");
        return page(
          c,
          token,
          r,
          {
            notice: null,
            error: err.message,
            errorFor: shown && fieldName ? { form: action, field: fieldName } : null,
            values,
          },
          err.status as ContentfulStatusCode,
        );
      }
    });

  pages.route("/contract", review);
}

function page(
  c: PageContext,
  token: string,
  r: Awaited<ReturnType<typeof openContractReview>>,
  s: ReviewFormState,
  status: ContentfulStatusCode = 200,
) {
  return c.html(contractFrame(`Contract from ${r.workspaceName}`, contractReviewView(token, r, s)), status);
}

const ERROR_TITLES: Partial<Record<number, string>> = {
  404: "This link does not work",
  410: "This link has expired",
  429: "Too many requests",
};

function contractErrorPage(c: PageContext, err: Error) {
  if (!(err instanceof VouchError)) console.error(err);
  const status = (err instanceof VouchError ? err.status : 500) as ContentfulStatusCode;
  const title = ERROR_TITLES[status] ?? (status >= 500 ? "Something went wrong" : "Check your input");
  const message = err instanceof VouchError ? err.message : "An unexpected failure; please try again later.";
  return c.html(contractFrame(title, html`<h1>${title}</h1><p class="error-message">${message}</p>`), status);
}
