// /kit/:token — the media-kit form a creator fills in from the link a brand sent,
// without an account or a session cookie. Mobile first (one column, large
// targets, public/kit-form.css), accessible (every input labelled; errors listed
// in a summary at the top, each linked to its input and tied to it with
// aria-describedby) and complete without JavaScript: a plain POST of fixed rows
// (kit-form-fields.ts) with "Save draft" or "Submit" (action=draft|submit), and a
// separate multipart upload for screenshots and PDF kits. It shows the asking
// workspace's name and nothing else of it. Unknown or withdrawn links answer a
// 404 page, expired ones 410. Reads and posts are rate-limited per client, each
// on its own budget (rate-limit.ts). Cross-site posts are refused by the app's CSRF check like
// any form post; the creator's own same-origin posts pass it without a cookie.
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { VouchError } from "../../core/errors.js";
import { KIT_FILE_TYPES } from "../../core/kit-file-type.js";
import { KIT_REQUEST_LIMITS } from "../../core/kit-request-status.js";
import { AGE_BANDS, DELIVERABLES, GENDERS, INCOME_BANDS, type KitShareError } from "../../core/media-kit.js";
import { type KitFormView, openKitForm } from "../../services/media-kits/open-kit-form.js";
import { saveKitDraft } from "../../services/media-kits/save-kit-draft.js";
import { submitKit } from "../../services/media-kits/submit-kit.js";
import { uploadKitFile } from "../../services/media-kits/upload-kit-file.js";
import type { AppEnv } from "../env.js";
import { rateLimit } from "../rate-limit.js";
import { when } from "./format.js";
import { type Html, html } from "./html.js";
import {
  type FormValues,
  formToKit,
  KIT_FORM_ROWS,
  KIT_PLATFORMS,
  kitFieldNames,
  kitToForm,
} from "./kit-form-fields.js";
import { formFields, type PageContext } from "./page-context.js";

/** The upload path, which app.ts exempts from its 256 KB body limit (this page sets its own). */
export const KIT_FILES_PATH = /^\/kit\/[^/]+\/files$/;
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
  kit.use(
    "/:token/files",
    bodyLimit({
      maxSize: KIT_UPLOAD_BODY_BYTES,
      onError: () => {
        throw new VouchError(
          "payload_too_large",
          `the upload is larger than ${KIT_UPLOAD_BODY_BYTES / MB} MB; send fewer files at once (each at most ${KIT_REQUEST_LIMITS.maxFileBytes / MB} MB)`,
        );
      },
    }),
  );

  kit.get("/:token", async (c) => {
    const view = await openKitForm(c.var.deps.db, c.req.param("token"), c.var.deps.now());
    const notice =
      c.req.query("saved") === "1" ? "Your draft is saved. Come back to this link to go on." : null;
    return kitFormPage(c, view, { values: kitToForm(view.saved), errors: [], notice });
  });

  kit.post("/:token", async (c) => {
    const token = c.req.param("token");
    const { db, now } = c.var.deps;
    const values = await formFields(c);
    const action = values.action === "submit" ? "submit" : "draft";
    const parsed = formToKit(values);
    try {
      if (parsed.errors.length > 0) throw new VouchError("invalid_input", "", { errors: parsed.errors });
      if (action === "draft") {
        await saveKitDraft(db, token, parsed.kit, now());
        return c.redirect(`/kit/${encodeURIComponent(token)}?saved=1`, 303);
      }
      const done = await submitKit(db, token, parsed.kit, now());
      const view = await openKitForm(db, token, now());
      return c.html(thanksPage(token, view, done.outcome));
    } catch (err) {
      if (!(err instanceof VouchError) || err.code !== "invalid_input") throw err;
      const errors = (err.details.errors as KitShareError[] | undefined) ?? [
        { field: (err.details.field as string) ?? "kit", message: err.message },
      ];
      const view = await openKitForm(db, token, now());
      return kitFormPage(c, view, { values, errors, notice: null }, 400);
    }
  });

  kit.post("/:token/files", async (c) => {
    const token = c.req.param("token");
    const { db, now } = c.var.deps;
    // An unknown, revoked or expired link is refused before its body is read.
    const before = await openKitForm(db, token, now());
    let body: Record<string, unknown>;
    try {
      body = await c.req.parseBody({ all: true });
    } catch {
      throw new VouchError("invalid_input", "the upload could not be read");
    }
    const files = [body.files ?? []].flat().filter((f): f is File => f instanceof File && f.size > 0);
    const errors: KitShareError[] = [];
    let stored = 0;
    let status: ContentfulStatusCode = 201;
    if (files.length === 0) {
      errors.push({ field: "files", message: "choose a file to upload" });
      status = 400;
    }
    // One refusal for a post holding more files than the request has room for, not one per file.
    const room = KIT_REQUEST_LIMITS.maxFiles - before.files.length;
    if (files.length > room) {
      errors.push({
        field: "files",
        message: `this request has room for ${Math.max(0, room)} more file(s) (at most ${KIT_REQUEST_LIMITS.maxFiles}); ${files.length} were sent`,
      });
      status = 409;
      files.length = 0;
    }
    for (const f of files) {
      try {
        await uploadKitFile(db, token, { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }, now());
        stored++;
      } catch (err) {
        if (!(err instanceof VouchError) || err.code === "not_found" || err.code === "gone") throw err;
        errors.push({ field: "files", message: err.message });
        if (status === 201) status = err.status as ContentfulStatusCode;
      }
    }
    const view = await openKitForm(db, token, now());
    const notice = stored > 0 ? `${stored} ${stored === 1 ? "file" : "files"} uploaded.` : null;
    return kitFormPage(c, view, { values: kitToForm(view.saved), errors, notice }, status);
  });

  pages.route("/kit", kit);
}

interface FormState {
  values: FormValues;
  errors: KitShareError[];
  notice: string | null;
}

// ——— the frame: no navigation, nothing of Vouch's app but its styles ———

function kitFrame(title: string, main: Html): Html {
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

function kitErrorPage(c: PageContext, err: Error) {
  if (!(err instanceof VouchError)) console.error(err);
  const status = (err instanceof VouchError ? err.status : 500) as ContentfulStatusCode;
  const title = ERROR_TITLES[status] ?? (status >= 500 ? "Something went wrong" : "Check your input");
  const message = err instanceof VouchError ? err.message : "An unexpected failure; please try again later.";
  return c.html(kitFrame(title, html`<h1>${title}</h1><p class="error-message">${message}</p>`), status);
}

// ——— the form ———

function idFor(name: string): string {
  return `k-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

const SECTION_LABELS: Record<string, string> = {
  creatorName: "Your name",
  platforms: "Platforms",
  realFollowerShare: "Real followers",
  gender: "Gender",
  ageBands: "Age",
  countries: "Top countries",
  cities: "Top cities",
  languages: "Languages",
  incomeBands: "Household income",
  rates: "Rates",
  pastWork: "Past brand work",
  notes: "Notes",
  files: "Files",
  kit: "Media kit",
};
const COLUMN_LABELS: Record<string, string> = {
  platform: "platform",
  handle: "handle",
  followers: "followers",
  engagementRate: "engagement rate",
  country: "country",
  city: "city",
  language: "language",
  share: "share",
  deliverable: "deliverable",
  amount: "amount",
  currency: "currency",
  brand: "brand",
  year: "year",
  description: "what you did",
};
const DELIVERABLE_LABELS: Record<string, string> = {
  feed_post: "Feed post",
  reel: "Reel",
  story: "Story",
  story_link: "Story with link",
  blog_post: "Blog post",
  video: "Video",
};
const INCOME_LABELS: Record<string, string> = {
  under_25k: "Under 25k",
  "25k_50k": "25k–50k",
  "50k_75k": "50k–75k",
  "75k_100k": "75k–100k",
  "100k_150k": "100k–150k",
  over_150k: "Over 150k",
};
const PLATFORM_LABELS: Record<string, string> = {
  instagram: "Instagram",
  youtube: "YouTube",
  tiktok: "TikTok",
  blog: "Blog",
  other: "Other",
};

/** "countries[2].share" → "Top countries, row 3, share". */
function labelOf(field: string): string {
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.(.+))?$/.exec(field);
  if (!m) return field;
  const [, section = "", row, rest] = m;
  const parts = [SECTION_LABELS[section] ?? section];
  if (row !== undefined) parts.push(`row ${Number(row) + 1}`);
  if (rest) parts.push(COLUMN_LABELS[rest] ?? INCOME_LABELS[rest] ?? rest);
  return parts.join(", ");
}

const KNOWN = new Set([
  ...kitFieldNames(),
  ...Object.keys(SECTION_LABELS),
  ...Object.entries(KIT_FORM_ROWS).flatMap(([list, n]) =>
    Array.from({ length: n }, (_, i) => `${list}[${i}]`),
  ),
]);

/** The input, row or section an error belongs to: the field itself, else the nearest enclosing one. */
function anchorOf(field: string): string {
  let f = field;
  for (;;) {
    if (KNOWN.has(f)) return f;
    const shorter = f.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
    if (shorter === f || shorter === "") return "kit";
    f = shorter;
  }
}

type ErrorMap = Map<string, string[]>;

function errorMap(errors: KitShareError[]): ErrorMap {
  const m: ErrorMap = new Map();
  for (const e of errors) {
    const a = anchorOf(e.field);
    m.set(a, [...(m.get(a) ?? []), e.message]);
  }
  return m;
}

function errorText(name: string, errs: ErrorMap): Html {
  const list = errs.get(name);
  return list
    ? html`<p class="field-error" id="${idFor(name)}-error"><span class="visually-hidden">Error: </span>${list.join("; ")}</p>`
    : html``;
}

interface InputProps {
  name: string;
  label: string;
  values: FormValues;
  errs: ErrorMap;
  hint?: string;
  kind?: "text" | "decimal" | "count" | "code" | "textarea";
  placeholder?: string;
  autocomplete?: string;
}

function input(p: InputProps): Html {
  const id = idFor(p.name);
  const hint = p.hint ? `${id}-hint` : null;
  const bad = p.errs.has(p.name);
  const described = [hint, bad ? `${id}-error` : null].filter(Boolean).join(" ");
  const value = p.values[p.name] ?? "";
  const attrs = html`id="${id}" name="${p.name}"${described ? html` aria-describedby="${described}"` : ""}${
    bad ? html` aria-invalid="true"` : ""
  }`;
  const mode =
    p.kind === "decimal"
      ? html` inputmode="decimal"`
      : p.kind === "count"
        ? html` inputmode="numeric"`
        : p.kind === "code"
          ? html` autocapitalize="characters" maxlength="3"`
          : "";
  return html`<div class="field">
  <label for="${id}">${p.label}</label>
  ${hint ? html`<p class="hint" id="${hint}">${p.hint}</p>` : ""}
  ${
    p.kind === "textarea"
      ? html`<textarea ${attrs} rows="4">${value}</textarea>`
      : html`<input ${attrs} type="text" value="${value}"${mode}${
          p.placeholder ? html` placeholder="${p.placeholder}"` : ""
        }${p.autocomplete ? html` autocomplete="${p.autocomplete}"` : ""}>`
  }
  ${errorText(p.name, p.errs)}
</div>`;
}

function select(
  name: string,
  label: string,
  options: readonly string[],
  labels: Record<string, string>,
  values: FormValues,
  fallback: string,
  errs: ErrorMap,
): Html {
  const id = idFor(name);
  const chosen = values[name] ?? fallback;
  const bad = errs.has(name);
  return html`<div class="field">
  <label for="${id}">${label}</label>
  <select id="${id}" name="${name}"${bad ? html` aria-invalid="true" aria-describedby="${id}-error"` : ""}>
    ${options.map((o) => html`<option value="${o}"${o === chosen ? html` selected` : ""}>${labels[o] ?? o}</option>`)}
  </select>
  ${errorText(name, errs)}
</div>`;
}

/** A fieldset whose own errors (a sum, a list too long) are announced with it. */
function section(name: string, legend: string, hint: string | null, body: Html, errs: ErrorMap): Html {
  const id = idFor(name);
  const described = [hint ? `${id}-hint` : null, errs.has(name) ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return html`<fieldset id="${id}"${described ? html` aria-describedby="${described}"` : ""}>
  <legend>${legend}</legend>
  ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : ""}
  ${errorText(name, errs)}
  ${body}
</fieldset>`;
}

function rows(
  list: keyof typeof KIT_FORM_ROWS,
  legend: (i: number) => string,
  row: (p: string, i: number) => Html,
  errs: ErrorMap,
): Html[] {
  return Array.from({ length: KIT_FORM_ROWS[list] }, (_, i) => {
    const p = `${list}[${i}]`;
    return html`<fieldset id="${idFor(p)}" class="kit-row-set">
  <legend>${legend(i)}</legend>
  ${errorText(p, errs)}
  <div class="kit-row">${row(p, i)}</div>
</fieldset>`;
  });
}

function errorSummary(errors: KitShareError[]): Html {
  if (errors.length === 0) return html``;
  return html`<div class="alert error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>${errors.length === 1 ? "There is 1 problem" : `There are ${errors.length} problems`}</h2>
  <ul>
    ${errors.map((e) => html`<li><a href="#${idFor(anchorOf(e.field))}">${labelOf(e.field)}: ${e.message}</a></li>`)}
  </ul>
</div>`;
}

function kitFormPage(c: PageContext, view: KitFormView, s: FormState, status: ContentfulStatusCode = 200) {
  const token = c.req.param("token") ?? "";
  return c.html(kitFrame(`Media kit for ${view.workspaceName}`, kitFormView(token, view, s)), status);
}

function kitFormView(token: string, view: KitFormView, s: FormState): Html {
  const path = `/kit/${encodeURIComponent(token)}`;
  const v = s.values;
  const errs = errorMap(s.errors.filter((e) => e.field !== "files"));
  const fileErrors = s.errors.filter((e) => e.field === "files");
  const pct = (name: string, label: string) =>
    input({ name, label: `${label} (%)`, values: v, errs, kind: "decimal" });
  return html`<h1>Your media kit for ${view.workspaceName}</h1>
<p>${view.workspaceName} asks${view.creatorHandle ? html` <strong>@${view.creatorHandle}</strong>` : ""} for a media kit: your platforms, your audience as your insights show it, your rates and past brand work. You need no account. Fill in what you know, save a draft at any time and come back with the same link until ${when(view.expiresAt)}.</p>
${
  view.submittedAt
    ? html`<div class="alert success" role="status"><p>You submitted your media kit on ${when(view.submittedAt)}. You can still correct it and submit again until the link expires.</p></div>`
    : ""
}
${s.notice ? html`<div class="alert success" role="status"><p>${s.notice}</p></div>` : ""}
${errorSummary(s.errors)}
<form method="post" action="${path}" class="kit-form">
  ${section(
    "creatorName",
    "About you",
    null,
    input({ name: "creatorName", label: "Your name (optional)", values: v, errs, autocomplete: "name" }),
    errs,
  )}
  ${section(
    "platforms",
    "Platforms",
    "Up to three accounts. Engagement rate in percent, as your insights show it.",
    html`${rows(
      "platforms",
      (i) => `Platform ${i + 1}`,
      (p) => html`${select(`${p}.platform`, "Platform", KIT_PLATFORMS, PLATFORM_LABELS, v, "instagram", errs)}
  ${input({ name: `${p}.handle`, label: "Handle", values: v, errs, placeholder: "@yourname" })}
  ${input({ name: `${p}.followers`, label: "Followers", values: v, errs, kind: "count" })}
  ${input({ name: `${p}.engagementRate`, label: "Engagement rate (%)", values: v, errs, kind: "decimal" })}`,
      errs,
    )}
  ${input({
    name: "realFollowerShare",
    label: "Real followers (%) (optional)",
    hint: "If an audit tool measured it: the share of your followers that are real people.",
    values: v,
    errs,
    kind: "decimal",
  })}`,
    errs,
  )}
  ${section(
    "gender",
    "Audience gender",
    "Shares in percent; together about 100.",
    html`${GENDERS.map((g) => pct(`gender.${g}`, g === "other" ? "Other or unknown" : g[0]?.toUpperCase() + g.slice(1)))}`,
    errs,
  )}
  ${section(
    "ageBands",
    "Audience age",
    "Shares in percent per age band, as your insights show them; together about 100.",
    html`<div class="kit-row">${AGE_BANDS.map((a) => pct(`ageBands.${a}`, a))}</div>`,
    errs,
  )}
  ${section(
    "countries",
    "Top countries",
    "Two-letter country codes (DE, US, FR…) and the share of your audience in each.",
    html`${rows(
      "countries",
      (i) => `Country ${i + 1}`,
      (
        p,
      ) => html`${input({ name: `${p}.country`, label: "Country code", values: v, errs, kind: "code", placeholder: "DE" })}
  ${pct(`${p}.share`, "Share")}`,
      errs,
    )}`,
    errs,
  )}
  ${section(
    "cities",
    "Top cities",
    "The city, its country code (optional) and the share of your audience there.",
    html`${rows(
      "cities",
      (i) => `City ${i + 1}`,
      (p) => html`${input({ name: `${p}.city`, label: "City", values: v, errs })}
  ${input({ name: `${p}.country`, label: "Country code (optional)", values: v, errs, kind: "code" })}
  ${pct(`${p}.share`, "Share")}`,
      errs,
    )}`,
    errs,
  )}
  ${section(
    "languages",
    "Audience languages (optional)",
    "Two-letter language codes (de, en…) and their shares.",
    html`${rows(
      "languages",
      (i) => `Language ${i + 1}`,
      (
        p,
      ) => html`${input({ name: `${p}.language`, label: "Language code", values: v, errs, placeholder: "en" })}
  ${pct(`${p}.share`, "Share")}`,
      errs,
    )}`,
    errs,
  )}
  ${section(
    "incomeBands",
    "Household income (optional)",
    "Yearly household income of your audience, shares in percent; together about 100 if you fill it in.",
    html`<div class="kit-row">${INCOME_BANDS.map((b) => pct(`incomeBands.${b}`, INCOME_LABELS[b] ?? b))}</div>`,
    errs,
  )}
  ${section(
    "rates",
    "Rates",
    "Your price per deliverable and its three-letter currency code (EUR, USD…). Leave the amount empty for what you do not offer.",
    html`${rows(
      "rates",
      (i) => `Rate ${i + 1}`,
      (
        p,
        i,
      ) => html`${select(`${p}.deliverable`, "Deliverable", DELIVERABLES, DELIVERABLE_LABELS, v, DELIVERABLES[i] ?? "feed_post", errs)}
  ${input({ name: `${p}.amount`, label: "Amount", values: v, errs, kind: "decimal" })}
  ${input({ name: `${p}.currency`, label: "Currency", values: v, errs, kind: "code", placeholder: "EUR" })}`,
      errs,
    )}`,
    errs,
  )}
  ${section(
    "pastWork",
    "Past brand work (optional)",
    null,
    html`${rows(
      "pastWork",
      (i) => `Brand ${i + 1}`,
      (p) => html`${input({ name: `${p}.brand`, label: "Brand", values: v, errs })}
  ${input({ name: `${p}.year`, label: "Year", values: v, errs, kind: "count" })}
  ${input({ name: `${p}.description`, label: "What you did", values: v, errs })}`,
      errs,
    )}`,
    errs,
  )}
  ${section(
    "notes",
    "Anything else",
    null,
    input({ name: "notes", label: "Notes (optional)", values: v, errs, kind: "textarea" }),
    errs,
  )}
  <div class="kit-actions">
    <button type="submit" name="action" value="draft" class="button-secondary">Save draft</button>
    <button type="submit" name="action" value="submit">Submit media kit</button>
  </div>
</form>
<section class="kit-files" aria-labelledby="files-heading">
  <h2 id="files-heading">Screenshots and PDF kit</h2>
  <p class="hint" id="files-hint">Screenshots of your insights (PNG, JPEG or WebP) or your media kit as a PDF: at most ${KIT_REQUEST_LIMITS.maxFileBytes / MB} MB each, ${KIT_REQUEST_LIMITS.maxFiles} files in all. Save your draft first: uploading reloads this page.</p>
  ${
    view.files.length > 0
      ? html`<ul>${view.files.map((f) => html`<li>${f.name} (${KIT_FILE_TYPES[f.mime as keyof typeof KIT_FILE_TYPES] ?? f.mime}, ${sizeText(f.size)})</li>`)}</ul>`
      : html`<p>No files yet.</p>`
  }
  <form method="post" action="${path}/files" enctype="multipart/form-data" class="stack">
    <div class="field">
      <label for="k-files">Files</label>
      <input id="k-files" name="files" type="file" multiple accept="image/png,image/jpeg,image/webp,application/pdf,.png,.jpg,.jpeg,.webp,.pdf" aria-describedby="files-hint${fileErrors.length > 0 ? " k-files-error" : ""}"${
        fileErrors.length > 0 ? html` aria-invalid="true"` : ""
      }>
      ${
        fileErrors.length > 0
          ? html`<p class="field-error" id="k-files-error"><span class="visually-hidden">Error: </span>${fileErrors.map((e) => e.message).join("; ")}</p>`
          : ""
      }
    </div>
    <button type="submit">Upload</button>
  </form>
</section>`;
}

function thanksPage(token: string, view: KitFormView, outcome: "created" | "updated" | "unchanged"): Html {
  return kitFrame(
    "Thank you",
    html`<h1>Thank you</h1>
<div class="alert success" role="status"><p>${
      outcome === "created"
        ? html`${view.workspaceName} has your media kit.`
        : outcome === "updated"
          ? html`${view.workspaceName} has your corrected media kit.`
          : html`${view.workspaceName} has this media kit already; nothing changed.`
    }</p></div>
<p>You can still correct it with the same link until ${when(view.expiresAt)}: <a href="/kit/${encodeURIComponent(token)}">back to your media kit</a>.</p>`,
  );
}

function sizeText(n: number): string {
  return n >= MB ? `${(n / MB).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}
