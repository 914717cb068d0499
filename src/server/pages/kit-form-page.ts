// /kit/:token — the media-kit form a creator fills in from the link a brand sent,
// without an account or a session cookie: the form (kit-form-view.ts) as a plain POST
// with "Save draft" or "Submit" (action=draft|submit), and a separate multipart upload
// for screenshots and PDF kits. Unknown or withdrawn links answer a 404 page, expired
// ones 410 (kit-form-frame.ts). Reads and posts are rate-limited per client, each on its
// own budget (rate-limit.ts). Cross-site posts are refused by the app's CSRF check like
// any form post; the creator's own same-origin posts pass it without a cookie.
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { VouchError } from "../../core/errors.js";
import { COUNTRY_ALIAS_CODES } from "../../core/iso-codes.js";
import { KIT_REQUEST_LIMITS } from "../../core/kit-request-status.js";
import type { KitShareError } from "../../core/media-kit.js";
import { type KitFormView, openKitForm } from "../../services/media-kits/open-kit-form.js";
import { kitInputErrors } from "../../services/media-kits/parse-kit-input.js";
import { saveKitDraft } from "../../services/media-kits/save-kit-draft.js";
import { submitKit } from "../../services/media-kits/submit-kit.js";
import { uploadKitFiles } from "../../services/media-kits/upload-kit-files.js";
import type { AppEnv } from "../env.js";
import { rateLimit } from "../rate-limit.js";
import { aliasesTyped, codeNotes, formToKit, kitToForm } from "./kit-form-fields.js";
import { thanksView } from "./kit-form-files-view.js";
import { kitErrorPage, kitFrame } from "./kit-form-frame.js";
import { type KitFormState, kitFormView } from "./kit-form-view.js";
import { multipartForm, type PageContext } from "./page-context.js";

/**
 * The form's posts (its own, with files, and the upload alone), which app.ts exempts from
 * its 256 KB body limit: this page sets its own.
 */
export const KIT_FILES_PATH = /^\/kit\/[^/]+(\/files)?$/;
/** One upload post: a couple of files at their largest, or several screenshots. */
export const KIT_UPLOAD_BODY_BYTES = 12 * 1024 * 1024;

const MB = 1024 * 1024;
/** Posts a minute per client unless AppDeps.kitRateLimit (VOUCH_KIT_RATE_LIMIT) says otherwise. */
const KIT_POSTS_PER_MINUTE = 30;

export function registerKitFormPage(pages: Hono<AppEnv>) {
  const kit = new Hono<AppEnv>();
  kit.onError((err, c) => kitErrorPage(c, err));
  // A GET looks a link's token up: reads count too, with twice the posts' budget.
  const posts = (c: Context<AppEnv>) => c.var.deps.kitRateLimit ?? KIT_POSTS_PER_MINUTE;
  kit.use("*", rateLimit({ writesPerMinute: posts, readsPerMinute: (c) => 2 * posts(c), what: "requests" }));
  // The pages carry the creator's saved kit: no browser or proxy cache keeps them.
  kit.use("*", async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  });
  kit.on(
    "POST",
    ["/:token", "/:token/files"],
    bodyLimit({ maxSize: KIT_UPLOAD_BODY_BYTES, onError: uploadTooLarge }),
  );

  kit.get("/:token", async (c) => {
    const view = await openKitForm(c.var.deps.db, c.req.param("token"), c.var.deps.now());
    const q = KitSavedQuery.parse(c.req.query());
    const notice = q.saved
      ? [
          q.files === undefined ? null : uploadedNote(q.files),
          "Your draft is saved. Come back to this link to go on.",
          ...q.read.map((alias) => codeNotes({ country: alias }).join(" ")),
        ]
          .filter(Boolean)
          .join(" ")
      : null;
    return kitFormPage(c, view, { values: kitToForm(view.saved), errors: [], notice });
  });

  // One post for every button (Save draft, Submit, Upload): the form is multipart, so
  // files chosen with any of them are stored and no typed answer is lost to an upload.
  kit.post("/:token", async (c) => {
    const token = c.req.param("token");
    const { db, now } = c.var.deps;
    // An unknown, revoked or expired link is refused before its body is read.
    await openKitForm(db, token, now());
    const { fields: values, files } = await multipartForm(c);
    const mode = values.action === "submit" ? "submit" : "draft";
    const parsed = formToKit(values);
    const errors = oneRound(parsed.errors, kitInputErrors(parsed.kit, mode));
    const uploaded = files.length > 0 ? await uploadKitFiles(db, token, files, now()) : null;
    const fileErrors = (uploaded?.refused ?? []).map((e) => ({ field: "files", message: e.message }));
    const notes = [...codeNotes(values), ...(uploaded ? [uploadedNote(uploaded.stored)] : [])];
    if (errors.length > 0 || fileErrors.length > 0) {
      if (errors.length === 0) await saveKitDraft(db, token, parsed.kit, now());
      const view = await openKitForm(db, token, now());
      const notice = [
        ...notes,
        errors.length > 0 ? "Your answers are not saved yet." : "Your draft is saved.",
      ];
      return kitFormPage(
        c,
        view,
        { values, errors: [...errors, ...fileErrors], notice: notice.join(" ") },
        400,
      );
    }
    if (mode === "submit") {
      const done = await submitKit(db, token, parsed.kit, now());
      const view = await openKitForm(db, token, now());
      return c.html(kitFrame("Thank you", thanksView(token, view, done.outcome, notes)));
    }
    await saveKitDraft(db, token, parsed.kit, now());
    const query = new URLSearchParams({ saved: "1" });
    if (uploaded) query.set("files", String(uploaded.stored));
    for (const alias of aliasesTyped(values)) query.append("read", alias);
    return c.redirect(`/kit/${encodeURIComponent(token)}?${query}`, 303);
  });

  kit.post("/:token/files", async (c) => {
    const token = c.req.param("token");
    const { db, now } = c.var.deps;
    // An unknown, revoked or expired link is refused before its body is read.
    await openKitForm(db, token, now());
    const files = (await multipartForm(c)).files.filter((f) => f.bytes.length > 0);
    const done =
      files.length === 0
        ? { stored: 0, refused: [new VouchError("invalid_input", "choose a file to upload")] }
        : await uploadKitFiles(db, token, files, now());
    const status = (done.refused[0]?.status ?? 201) as ContentfulStatusCode;
    const errors = done.refused.map((e) => ({ field: "files", message: e.message }));
    const notice = done.stored > 0 ? uploadedNote(done.stored) : null;
    const view = await openKitForm(db, token, now());
    return kitFormPage(c, view, { values: kitToForm(view.saved), errors, notice }, status);
  });

  pages.route("/kit", kit);
}

/** What the page says after a draft is saved (the redirect's query, read with zod). */
const KitSavedQuery = z.object({
  saved: z.literal("1").optional().catch(undefined),
  files: z.coerce.number().int().min(0).max(KIT_REQUEST_LIMITS.maxFiles).optional().catch(undefined),
  read: z.preprocess((v) => [v ?? []].flat(), z.array(z.enum(COUNTRY_ALIAS_CODES))).catch([]),
});

const uploadedNote = (n: number) => `${n} ${n === 1 ? "file" : "files"} uploaded.`;

/**
 * Format errors (a number that is none) and the kit's own (shape, codes, sums) in one
 * round; a field already named by its format is not named again by zod.
 */
function oneRound(format: KitShareError[], kit: KitShareError[]): KitShareError[] {
  const named = new Set(format.map((e) => e.field));
  return [...format, ...kit.filter((e) => !named.has(e.field))];
}

function uploadTooLarge(): never {
  throw new VouchError(
    "payload_too_large",
    `the upload is larger than ${KIT_UPLOAD_BODY_BYTES / MB} MB; send fewer files at once (each at most ${KIT_REQUEST_LIMITS.maxFileBytes / MB} MB)`,
  );
}

function kitFormPage(c: PageContext, view: KitFormView, s: KitFormState, status: ContentfulStatusCode = 200) {
  const token = c.req.param("token") ?? "";
  return c.html(kitFrame(`Media kit for ${view.workspaceName}`, kitFormView(token, view, s)), status);
}
