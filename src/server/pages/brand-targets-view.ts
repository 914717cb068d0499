// The brand-target pages' markup: the list (with the add form for those who may write),
// the edit form and the delete confirmation. The form is plain HTML without JavaScript,
// its controls from form-field.ts, each error next to its field; labels from core.
import { AGE_BAND_LABELS, GENDER_LABELS, INCOME_BAND_LABELS, LANGUAGE_LABELS } from "../../core/labels.js";
import { AGE_BANDS, GENDERS, INCOME_BANDS, SHARE_TOLERANCE } from "../../core/media-kit.js";
import { type BrandTargetView, NICHE_CHOICES } from "../../services/brand-targets/brand-target-input.js";
import { type BrandTargetFormValues, type FieldErrors, GENDER_FIELDS } from "./brand-targets-form.js";
import { brandTargetsTable } from "./brand-targets-table.js";
import { type Choice, checkboxes, field, fieldset } from "./form-field.js";
import { type Html, html } from "./html.js";

export interface TargetFormState {
  values: BrandTargetFormValues;
  errors: FieldErrors;
  /** What the last save read differently from what was typed ("UK was read as GB…"). */
  notice?: string | null;
}

export function brandTargetsView(targets: BrandTargetView[], canWrite: boolean, form: TargetFormState): Html {
  return html`<h1>Brand targets</h1>
<p>The audiences your brand wants to reach. Vouch compares each creator's media kit with every target: where the
audience lives, its ages, gender split, income, niches and languages. An empty part means “any”.</p>
${form.notice ? html`<div class="alert success" role="status"><p>${form.notice}</p></div>` : ""}
${brandTargetsTable(targets, canWrite)}
${
  canWrite
    ? html`<section aria-labelledby="create-h">
<h2 id="create-h">Add a target</h2>
${targetForm("/targets", form, "Add target")}
</section>`
    : ""
}`;
}

export function editTargetView(target: BrandTargetView, form: TargetFormState): Html {
  return html`<p><a href="/targets">All targets</a></p>
<h1>Edit the target “${target.name}”</h1>
${targetForm(`/targets/${target.id}`, form, "Save target")}
<p><a href="/targets/${target.id}/delete">Delete this target…</a></p>`;
}

export function deleteTargetView(target: BrandTargetView, workspaceName: string): Html {
  return html`<h1>Delete the target “${target.name}”?</h1>
<p>The target is removed for everyone in ${workspaceName}. Creators, audits and media kits stay.</p>
<form method="post" action="/targets/${target.id}/delete" class="inline-form">
  <button type="submit" class="button-danger">Delete ${target.name}</button>
</form>
<a class="button-link" href="/targets">Cancel</a>`;
}

const AGE_CHOICES = AGE_BANDS.map((b) => ({ value: b, label: AGE_BAND_LABELS[b] }));
const INCOME_CHOICES = INCOME_BANDS.map((b) => ({ value: b, label: INCOME_BAND_LABELS[b] }));
const NICHE_OPTIONS = NICHE_CHOICES.map((n) => ({ value: n.id, label: n.label }));
const LANGUAGE_CHOICES = Object.entries(LANGUAGE_LABELS).map(([code, name]) => ({
  value: code,
  label: `${name} (${code})`,
}));

function targetForm(action: string, { values: v, errors }: TargetFormState, submit: string): Html {
  const problems = Object.keys(errors).length;
  const error = (name: string) => errors[name]?.join("; ") ?? null;
  const text = (name: "name" | "countries" | "cities", label: string, hint: string) =>
    field({ name, label, hint, value: v[name], error: error(name) });
  const ticks = (
    name: "ageBands" | "incomeBands" | "niches" | "languages",
    legend: string,
    options: readonly Choice[],
  ) =>
    checkboxes({ name, legend, options, chosen: v[name], error: error(name), optional: "none ticked: any" });
  return html`${
    problems
      ? html`<div class="alert" role="alert"><p>The target was not saved: check the field${problems === 1 ? "" : "s"} marked below.</p></div>`
      : ""
  }
<form method="post" action="${action}" class="stack" novalidate>
  ${field({
    name: "name",
    label: "Name",
    hint: 'What the target stands for, e.g. "DACH runners"',
    value: v.name,
    required: true,
    attrs: html` maxlength="80"`,
    error: error("name"),
  })}
  ${text("countries", "Countries", "Two-letter ISO country codes, separated by commas, e.g. DE, AT, CH (UK is read as GB)")}
  ${text("cities", "Cities or regions", "Separated by commas, e.g. Berlin, Munich")}
  ${ticks("ageBands", "Age bands", AGE_CHOICES)}
  ${fieldset({
    name: "gender",
    legend: "Gender split",
    optional: true,
    hint: `Percent of the audience; when given, they add up to 100 (±${SHARE_TOLERANCE}). Leave all empty for any.`,
    error: error("gender"),
    body: html`${GENDERS.map((g) =>
      field({
        name: GENDER_FIELDS[g],
        label: `${GENDER_LABELS[g]} %`,
        type: "number",
        optional: false,
        value: v[GENDER_FIELDS[g]],
        attrs: html` inputmode="decimal" min="0" max="100" step="any"`,
      }),
    )}`,
  })}
  ${ticks("incomeBands", "Income bands (yearly household income)", INCOME_CHOICES)}
  ${ticks("niches", "Niches", NICHE_OPTIONS)}
  ${ticks("languages", "Languages", LANGUAGE_CHOICES)}
  <button type="submit">${submit}</button>
</form>`;
}
