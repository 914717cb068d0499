// /targets — the workspace's brand targets (the audiences a brand wants to reach):
// everyone in the workspace reads the list; owners and members create, edit and
// delete. Plain forms, no JavaScript: countries and cities as comma-separated text,
// bands, niches and languages as checkboxes, the gender split as three optional
// percentages. A rejected form comes back with what was typed and each error next to
// its field (the services name the field; this page maps it to the input).
import type { Hono } from "hono";
import type { BrandTarget } from "../../core/brand-target.js";
import { cleanText } from "../../core/clean-text.js";
import { VouchError } from "../../core/errors.js";
import { AGE_BANDS, GENDERS, INCOME_BANDS, SHARE_TOLERANCE } from "../../core/media-kit.js";
import type { Caller } from "../../services/auth/sessions.js";
import { type BrandTargetView, NICHE_CHOICES } from "../../services/brand-targets/brand-target-input.js";
import { createBrandTarget } from "../../services/brand-targets/create-brand-target.js";
import { deleteBrandTarget } from "../../services/brand-targets/delete-brand-target.js";
import { getBrandTarget } from "../../services/brand-targets/get-brand-target.js";
import { listBrandTargets } from "../../services/brand-targets/list-brand-targets.js";
import { updateBrandTarget } from "../../services/brand-targets/update-brand-target.js";
import type { AppEnv } from "../env.js";
import { type Html, html } from "./html.js";
import { layout } from "./layout.js";
import { type PageContext, pageCaller } from "./page-context.js";

/** Languages offered as checkboxes (ISO 639-1); a target's other codes are kept and shown too. */
const LANGUAGES: readonly { code: string; label: string }[] = [
  { code: "en", label: "English" },
  { code: "de", label: "German" },
  { code: "fr", label: "French" },
  { code: "es", label: "Spanish" },
  { code: "it", label: "Italian" },
  { code: "pt", label: "Portuguese" },
  { code: "nl", label: "Dutch" },
  { code: "pl", label: "Polish" },
  { code: "sv", label: "Swedish" },
  { code: "da", label: "Danish" },
  { code: "no", label: "Norwegian" },
  { code: "fi", label: "Finnish" },
  { code: "tr", label: "Turkish" },
  { code: "ar", label: "Arabic" },
  { code: "hi", label: "Hindi" },
  { code: "ja", label: "Japanese" },
  { code: "ko", label: "Korean" },
  { code: "zh", label: "Chinese" },
];

const INCOME_LABELS: Record<(typeof INCOME_BANDS)[number], string> = {
  under_25k: "under 25k",
  "25k_50k": "25k–50k",
  "50k_75k": "50k–75k",
  "75k_100k": "75k–100k",
  "100k_150k": "100k–150k",
  over_150k: "over 150k",
};

const GENDER_LABELS: Record<(typeof GENDERS)[number], string> = {
  female: "Female",
  male: "Male",
  other: "Other",
};

/** The form as typed: text stays text, so a rejected form shows exactly what was sent. */
interface FormValues {
  name: string;
  countries: string;
  cities: string;
  ageBands: string[];
  incomeBands: string[];
  niches: string[];
  languages: string[];
  gender: Record<(typeof GENDERS)[number], string>;
}

/** Errors by form field: name, countries, cities, ageBands, incomeBands, niches, languages, gender. */
type FieldErrors = Partial<Record<string, string[]>>;

const EMPTY: FormValues = {
  name: "",
  countries: "",
  cities: "",
  ageBands: [],
  incomeBands: [],
  niches: [],
  languages: [],
  gender: { female: "", male: "", other: "" },
};

export function registerBrandTargetsPage(pages: Hono<AppEnv>) {
  pages.get("/targets", async (c) => listPage(c, EMPTY, {}));

  pages.post("/targets", async (c) => {
    const caller = pageCaller(c, "write");
    const values = await readForm(c);
    const { input, errors } = toInput(values);
    if (input) {
      try {
        await createBrandTarget(c.var.deps.db, caller.workspaceId, input, c.var.deps.now());
        return c.redirect("/targets", 303);
      } catch (err) {
        const e = formErrors(err);
        return listPage(c, values, e.errors, e.status);
      }
    }
    return listPage(c, values, errors, 400);
  });

  pages.get("/targets/:targetId", async (c) => {
    const caller = pageCaller(c, "write");
    const target = await getBrandTarget(c.var.deps.db, caller.workspaceId, targetId(c));
    return editPage(c, caller, target, valuesOf(target), {});
  });

  pages.post("/targets/:targetId", async (c) => {
    const caller = pageCaller(c, "write");
    const id = targetId(c);
    const { db, now } = c.var.deps;
    const target = await getBrandTarget(db, caller.workspaceId, id);
    const values = await readForm(c);
    const { input, errors } = toInput(values);
    if (input) {
      try {
        await updateBrandTarget(db, caller.workspaceId, id, input, now());
        return c.redirect("/targets", 303);
      } catch (err) {
        const e = formErrors(err);
        return editPage(c, caller, target, values, e.errors, e.status);
      }
    }
    return editPage(c, caller, target, values, errors, 400);
  });

  pages.get("/targets/:targetId/delete", async (c) => {
    const caller = pageCaller(c, "write");
    const target = await getBrandTarget(c.var.deps.db, caller.workspaceId, targetId(c));
    return c.html(
      layout({
        title: `Delete ${target.name}`,
        caller,
        current: "targets",
        main: html`<h1>Delete the target “${target.name}”?</h1>
<p>The target is removed for everyone in ${caller.workspaceName}. Creators, audits and media kits stay.</p>
<form method="post" action="/targets/${target.id}/delete" class="inline-form">
  <button type="submit" class="button-danger">Delete ${target.name}</button>
</form>
<a class="button-link" href="/targets">Cancel</a>`,
      }),
    );
  });

  pages.post("/targets/:targetId/delete", async (c) => {
    const caller = pageCaller(c, "write");
    await deleteBrandTarget(c.var.deps.db, caller.workspaceId, targetId(c));
    return c.redirect("/targets", 303);
  });
}

function targetId(c: PageContext): number {
  const id = Number(c.req.param("targetId"));
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647)
    throw new VouchError("not_found", "no such brand target");
  return id;
}

async function readForm(c: PageContext): Promise<FormValues> {
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    throw new VouchError("invalid_input", "the form could not be read");
  }
  const list = (k: string): string[] => {
    const v = body[k];
    const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
    return all.filter((x): x is string => typeof x === "string").map(cleanText);
  };
  const text = (k: string) => list(k)[0] ?? "";
  return {
    name: text("name"),
    countries: text("countries"),
    cities: text("cities"),
    ageBands: list("ageBands"),
    incomeBands: list("incomeBands"),
    niches: list("niches"),
    languages: list("languages"),
    gender: { female: text("genderFemale"), male: text("genderMale"), other: text("genderOther") },
  };
}

const splitList = (s: string) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

/** The service's input from the form; a percentage that is not a number is caught here. */
function toInput(v: FormValues): { input: unknown | null; errors: FieldErrors } {
  const gender: Partial<Record<(typeof GENDERS)[number], number>> = {};
  const errors: string[] = [];
  for (const g of GENDERS) {
    const raw = v.gender[g].trim();
    if (!raw) continue;
    const n = Number(raw.replace(",", "."));
    if (!Number.isFinite(n)) errors.push(`${GENDER_LABELS[g]}: “${raw}” is not a number`);
    else gender[g] = n;
  }
  if (errors.length) return { input: null, errors: { gender: errors } };
  return {
    input: {
      name: v.name,
      countries: splitList(v.countries),
      cities: splitList(v.cities),
      ageBands: v.ageBands,
      incomeBands: v.incomeBands,
      niches: v.niches,
      languages: v.languages,
      gender: Object.keys(gender).length ? gender : null,
    },
    errors: {},
  };
}

/** A service's refusal as errors next to the fields; anything else is the error page's. */
function formErrors(err: unknown): { errors: FieldErrors; status: 400 | 409 } {
  if (!(err instanceof VouchError) || (err.code !== "invalid_input" && err.code !== "conflict")) throw err;
  const issues = Array.isArray(err.details.issues)
    ? (err.details.issues as { path: string; message: string }[])
    : [{ path: String(err.details.field ?? ""), message: stripField(err.message) }];
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = /^[A-Za-z]+/.exec(issue.path)?.[0] ?? "name";
    const where = entryName(issue.path, key);
    errors[key] = [...(errors[key] ?? []), where ? `${where}: ${issue.message}` : issue.message];
  }
  return { errors, status: err.code === "conflict" ? 409 : 400 };
}

const stripField = (message: string) => message.replace(/^[\w.[\]]+: /, "");

/** "countries[1]" → "entry 2"; "gender.female" → "Female"; the field itself → "". */
function entryName(path: string, key: string): string {
  const rest = path.slice(key.length);
  const index = /^\[(\d+)\]/.exec(rest);
  if (index) return `entry ${Number(index[1]) + 1}`;
  const sub = /^\.(\w+)/.exec(rest)?.[1];
  return sub ? (GENDER_LABELS[sub as (typeof GENDERS)[number]] ?? sub) : "";
}

function valuesOf(t: BrandTarget): FormValues {
  const pct = (g: (typeof GENDERS)[number]) => (t.gender?.[g] === undefined ? "" : String(t.gender[g]));
  return {
    name: t.name,
    countries: t.countries.join(", "),
    cities: t.cities.join(", "),
    ageBands: t.ageBands,
    incomeBands: t.incomeBands,
    niches: t.niches,
    languages: t.languages,
    gender: { female: pct("female"), male: pct("male"), other: pct("other") },
  };
}

async function listPage(
  c: PageContext,
  values: FormValues,
  errors: FieldErrors,
  status: 200 | 400 | 409 = 200,
) {
  const caller = pageCaller(c, "read");
  const targets = await listBrandTargets(c.var.deps.db, caller.workspaceId);
  const canWrite = caller.role !== "viewer";
  return c.html(
    layout({
      title: "Brand targets",
      caller,
      current: "targets",
      main: html`<h1>Brand targets</h1>
<p>The audiences your brand wants to reach. Vouch compares each creator's media kit with every target: where the
audience lives, its ages, gender split, income, niches and languages. An empty part means “any”.</p>
${targetsList(targets, canWrite)}
${
  canWrite
    ? html`<section aria-labelledby="create-h">
<h2 id="create-h">Add a target</h2>
${targetForm("/targets", values, errors, "Add target")}
</section>`
    : ""
}`,
    }),
    status,
  );
}

function editPage(
  c: PageContext,
  caller: Caller,
  target: BrandTargetView,
  values: FormValues,
  errors: FieldErrors,
  status: 200 | 400 | 409 = 200,
) {
  return c.html(
    layout({
      title: `Edit ${target.name}`,
      caller,
      current: "targets",
      main: html`<p><a href="/targets">All targets</a></p>
<h1>Edit the target “${target.name}”</h1>
${targetForm(`/targets/${target.id}`, values, errors, "Save target")}
<p><a href="/targets/${target.id}/delete">Delete this target…</a></p>`,
    }),
    status,
  );
}

function targetsList(targets: BrandTargetView[], canWrite: boolean): Html {
  if (!targets.length) return html`<p class="empty">No targets yet.</p>`;
  const any = (xs: string[]) => (xs.length ? xs.join(", ") : html`<span class="optional">any</span>`);
  const niche = (id: string) => NICHE_CHOICES.find((n) => n.id === id)?.label ?? id;
  return html`<div class="table-wrap" role="region" aria-labelledby="targets-caption" tabindex="0">
<table class="data">
  <caption id="targets-caption">${targets.length} target${targets.length === 1 ? "" : "s"}</caption>
  <thead><tr><th scope="col">Name</th><th scope="col">Countries</th><th scope="col">Cities</th><th scope="col">Ages</th><th scope="col">Gender</th><th scope="col">Income</th><th scope="col">Niches</th><th scope="col">Languages</th>${
    canWrite ? html`<th scope="col"><span class="visually-hidden">Actions</span></th>` : ""
  }</tr></thead>
  <tbody>${targets.map(
    (t) => html`<tr>
    <th scope="row">${t.name}</th>
    <td>${any(t.countries)}</td>
    <td>${any(t.cities)}</td>
    <td>${any(t.ageBands)}</td>
    <td>${
      t.gender
        ? GENDERS.filter((g) => t.gender?.[g] !== undefined)
            .map((g) => `${GENDER_LABELS[g].toLowerCase()} ${t.gender?.[g]}%`)
            .join(", ")
        : html`<span class="optional">any</span>`
    }</td>
    <td>${any(t.incomeBands.map((b) => INCOME_LABELS[b]))}</td>
    <td>${any(t.niches.map(niche))}</td>
    <td>${any(t.languages)}</td>
    ${
      canWrite
        ? html`<td><a href="/targets/${t.id}" aria-label="Edit ${t.name}">Edit</a> <a href="/targets/${t.id}/delete" aria-label="Delete ${t.name}">Delete</a></td>`
        : ""
    }
  </tr>`,
  )}</tbody>
</table>
</div>`;
}

/** The ids of a field's hint and error, for aria-describedby. */
function describedBy(name: string, hint: boolean, errors: FieldErrors): Html {
  const ids = [hint ? `f-${name}-hint` : null, errors[name] ? `f-${name}-error` : null].filter(Boolean);
  return ids.length
    ? html` aria-describedby="${ids.join(" ")}"${errors[name] ? html` aria-invalid="true"` : ""}`
    : html``;
}

function fieldError(name: string, errors: FieldErrors): Html {
  const messages = errors[name];
  return messages ? html`<p class="error-message" id="f-${name}-error">${messages.join("; ")}</p>` : html``;
}

function textField(
  name: "name" | "countries" | "cities",
  label: string,
  value: string,
  errors: FieldErrors,
  hint: string | null,
  required = false,
): Html {
  return html`<div class="field">
  <label for="f-${name}">${label}${required ? "" : html` <span class="optional">(optional)</span>`}</label>
  ${hint ? html`<p class="hint" id="f-${name}-hint">${hint}</p>` : ""}
  ${fieldError(name, errors)}
  <input id="f-${name}" name="${name}" type="text" value="${value}"${required ? html` required maxlength="80"` : ""}${describedBy(name, hint !== null, errors)}>
</div>`;
}

function checkboxes(
  name: "ageBands" | "incomeBands" | "niches" | "languages",
  legend: string,
  options: readonly { value: string; label: string }[],
  chosen: string[],
  errors: FieldErrors,
): Html {
  // A chosen value the list does not offer (a language set through the API) stays on the form.
  const offered = new Set(options.map((o) => o.value));
  const all = [...options, ...chosen.filter((v) => !offered.has(v)).map((v) => ({ value: v, label: v }))];
  return html`<fieldset${errors[name] ? html` aria-describedby="f-${name}-error"` : ""}>
  <legend>${legend} <span class="optional">(none ticked: any)</span></legend>
  ${fieldError(name, errors)}
  <ul class="checkbox-list">${all.map(
    (o) =>
      html`<li><input type="checkbox" name="${name}" value="${o.value}" id="f-${name}-${o.value}"${
        chosen.includes(o.value) ? html` checked` : ""
      }> <label for="f-${name}-${o.value}">${o.label}</label></li>`,
  )}</ul>
</fieldset>`;
}

function targetForm(action: string, v: FormValues, errors: FieldErrors, submit: string): Html {
  const problems = Object.keys(errors).length;
  return html`${
    problems
      ? html`<div class="alert" role="alert"><p>The target was not saved: check the field${problems === 1 ? "" : "s"} marked below.</p></div>`
      : ""
  }
<form method="post" action="${action}" class="stack" novalidate>
  ${textField("name", "Name", v.name, errors, 'What the target stands for, e.g. "DACH runners"', true)}
  ${textField("countries", "Countries", v.countries, errors, "Two-letter country codes, separated by commas, e.g. DE, AT, CH")}
  ${textField("cities", "Cities or regions", v.cities, errors, "Separated by commas, e.g. Berlin, Munich")}
  ${checkboxes(
    "ageBands",
    "Age bands",
    AGE_BANDS.map((b) => ({ value: b, label: b })),
    v.ageBands,
    errors,
  )}
  <fieldset${describedBy("gender", true, errors)}>
    <legend>Gender split <span class="optional">(optional)</span></legend>
    <p class="hint" id="f-gender-hint">Percent of the audience; when given, they add up to 100 (±${SHARE_TOLERANCE}). Leave all empty for any.</p>
    ${fieldError("gender", errors)}
    ${GENDERS.map((g) => {
      const name = `gender${GENDER_LABELS[g]}`;
      return html`<div class="field">
      <label for="f-${name}">${GENDER_LABELS[g]} %</label>
      <input id="f-${name}" name="${name}" type="number" inputmode="decimal" min="0" max="100" step="any" value="${v.gender[g]}">
    </div>`;
    })}
  </fieldset>
  ${checkboxes(
    "incomeBands",
    "Income bands (yearly household income)",
    INCOME_BANDS.map((b) => ({ value: b, label: INCOME_LABELS[b] })),
    v.incomeBands,
    errors,
  )}
  ${checkboxes(
    "niches",
    "Niches",
    NICHE_CHOICES.map((n) => ({ value: n.id, label: n.label })),
    v.niches,
    errors,
  )}
  ${checkboxes(
    "languages",
    "Languages",
    LANGUAGES.map((l) => ({ value: l.code, label: `${l.label} (${l.code})` })),
    v.languages,
    errors,
  )}
  <button type="submit">${submit}</button>
</form>`;
}
