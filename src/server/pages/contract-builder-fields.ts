// The contract builder's controls, one per term, named by the term's path (see
// contract-form.ts) and drawn by form-field.ts, so each error of checkContractTerms
// stands next to its field and a warning (the link-sticker rule) under it. Deliverables
// are rows with their own "Remove" button; "Add a deliverable" posts the form and comes
// back with one more row and everything typed kept: no JavaScript needed.
import { KIND_WORDS, PLATFORM_WORDS } from "../../contract/contract-model.js";
import {
  CONTRACT_PLATFORMS,
  DELIVERABLE_KINDS,
  JURISDICTIONS,
  MEDIA_KINDS,
  UNPAID_ON_CANCEL,
} from "../../core/contract-terms.js";
import { DELIVERABLE_LABELS, fieldWords } from "./contract-field-labels.js";
import {
  type ContractFormValues,
  type DELIVERABLE_FIELDS,
  deliverableRows,
  instalmentRows,
  MAX_DELIVERABLES,
} from "./contract-form.js";
import { type Choice, checkboxes, field, fieldId, fieldset, select, textArea } from "./form-field.js";
import type { FormIssues } from "./form-issues.js";
import { type Html, html } from "./html.js";

type DeliverableField = (typeof DELIVERABLE_FIELDS)[number];

export interface BuilderFormState {
  values: ContractFormValues;
  errors: FormIssues;
  warnings: FormIssues;
}

const MEDIA_WORDS = { video: "Video", stills: "Still pictures", both: "Video and stills" } as const;
const UNPAID_WORDS = {
  paid_pro_rata: "Paid for the work done (pro rata)",
  paid_in_full: "Paid in full",
  not_paid: "Not paid",
} as const;
const choices = <T extends string>(values: readonly T[], words: Record<T, string>): Choice[] =>
  values.map((value) => ({ value, label: words[value] }));

/** The controls of every term, in the contract's order. */
export function builderFields(s: BuilderFormState): Html {
  const v = s.values;
  const err = (name: string) => s.errors[name] ?? null;
  const hint = (name: string, text: string | null = null) => {
    const w = s.warnings[name];
    if (!w) return text;
    return html`${text ? html`${text} ` : ""}<strong class="field-warning">Warning: ${w}</strong>`;
  };
  const f = (name: string, more: { type?: string; hint?: string; optional?: boolean; attrs?: Html } = {}) =>
    field({
      name,
      label: fieldWords(name),
      type: more.type ?? "text",
      value: v[name] ?? "",
      optional: more.optional ?? false,
      hint: hint(name, more.hint ?? null),
      error: err(name),
      attrs: more.attrs,
    });
  const sel = (name: string, options: Choice[]) =>
    select({
      name,
      label: fieldWords(name),
      options,
      chosen: v[name] ?? null,
      error: err(name),
      hint: hint(name),
    });
  const rows = deliverableRows(v);
  return html`<fieldset class="builder-group">
  <legend>Campaign dates</legend>
  <div class="field-row">${f("from", { type: "date" })}${f("to", { type: "date" })}</div>
</fieldset>
${fieldset({
  name: "deliverables",
  id: fieldId("deliverables"),
  legend: "Deliverables",
  hint: "One row per kind of content on one platform: “2 reels on Instagram”.",
  error: err("deliverables"),
  className: "builder-group",
  body: html`<input type="hidden" name="rows" value="${String(rows)}">
${Array.from({ length: rows }, (_, i) => deliverableRow(i, v, err, hint))}
${rows < MAX_DELIVERABLES ? html`<button type="submit" name="action" value="add" class="button-secondary">Add a deliverable</button>` : ""}`,
})}
<fieldset class="builder-group">
  <legend>What every piece says</legend>
  ${textArea({ name: "content.captionRules", label: fieldWords("content.captionRules"), value: v["content.captionRules"], rows: 2, error: err("content.captionRules"), hint: "What a caption must or must not say." })}
  ${f("content.mentions", { optional: true, hint: "Handles, separated by commas: @crumb_and_co" })}
  ${f("content.hashtags", { optional: true, hint: "Separated by commas: #springbake" })}
  ${f("content.links", { optional: true, hint: "http(s) links, separated by commas" })}
  ${f("content.codes", { optional: true, hint: "Separated by commas" })}
</fieldset>
${fieldset({
  name: "compensation",
  id: fieldId("compensation"),
  legend: "What the creator gets",
  hint: "Any mix; at least one. Amounts in the currency below, e.g. 1200.00.",
  error: err("compensation"),
  className: "builder-group",
  body: html`${f("currency", { hint: "ISO 4217 code: EUR, USD, GBP…", attrs: html` maxlength="3" autocapitalize="characters"` })}
  ${f("compensation.fee.amount", { optional: true, attrs: html` inputmode="decimal"` })}
  ${fieldset({
    name: "payment.instalments",
    id: fieldId("payment.instalments"),
    legend: "Fee instalments",
    hint: "They add up to the fee exactly. Fill the empty row to add one.",
    error: err("payment.instalments"),
    optional: true,
    body: html`${Array.from(
      { length: instalmentRows(v) },
      (_, i) => html`<div class="field-row">
      ${f(`payment.instalments[${i}].amount`, { optional: true, attrs: html` inputmode="decimal"` })}
      ${f(`payment.instalments[${i}].due`, { type: "date", optional: true })}
    </div>`,
    )}`,
  })}
  <div class="field-row">
    ${f("compensation.visit.from", { type: "date", optional: true })}
    ${f("compensation.visit.to", { type: "date", optional: true })}
  </div>
  ${f("compensation.visit.covers", { optional: true, hint: "e.g. two nights, meals and train fares" })}
  ${f("compensation.visit.value", { optional: true, attrs: html` inputmode="decimal"` })}
  ${f("compensation.product.description", { optional: true })}
  ${f("compensation.product.value", { optional: true, attrs: html` inputmode="decimal"` })}
  ${sel("compensation.commission.kind", [
    { value: "", label: "None" },
    { value: "percent", label: "A percent of each sale" },
    { value: "flat", label: "A flat amount per sale" },
  ])}
  <div class="field-row">
    ${f("compensation.commission.percent", { optional: true, attrs: html` inputmode="decimal"` })}
    ${f("compensation.commission.perSale", { optional: true, attrs: html` inputmode="decimal"` })}
    ${f("compensation.commission.windowDays", { optional: true, attrs: html` inputmode="numeric"` })}
  </div>`,
})}
<fieldset class="builder-group">
  <legend>Usage rights and exclusivity</legend>
  ${f("usage.channels", { optional: true, hint: "Separated by commas: brand's Instagram, website" })}
  ${checkbox("usage.paidAdsAllowlisting", fieldWords("usage.paidAdsAllowlisting"), v, err)}
  ${f("usage.expires", { type: "date", optional: true, hint: "Needed when there are rights; empty when there are none." })}
  ${f("exclusivity.category", { optional: true, hint: "What the creator promotes for no competitor, e.g. running shoes" })}
  ${f("exclusivity.until", { type: "date", optional: true })}
</fieldset>
<fieldset class="builder-group">
  <legend>Disclosure and cancellation</legend>
  ${checkboxes({
    name: "disclosure.jurisdictions",
    id: fieldId("disclosure.jurisdictions"),
    legend: fieldWords("disclosure.jurisdictions"),
    hint: "The authorities whose rules the creator follows.",
    options: JURISDICTIONS.map((j) => ({ value: j, label: j === "FTC" ? "FTC (US)" : "ASA/CAP (UK)" })),
    chosen: (v["disclosure.jurisdictions"] ?? "").split(",").filter(Boolean),
    error: err("disclosure.jurisdictions"),
  })}
  ${f("disclosure.wording", { hint: "A label every chosen authority calls clear: #ad or Ad" })}
  ${f("cancellation.noticeDays", { attrs: html` inputmode="numeric"` })}
  ${sel("cancellation.unpaid", choices(UNPAID_ON_CANCEL, UNPAID_WORDS))}
</fieldset>`;
}

function deliverableRow(
  i: number,
  v: ContractFormValues,
  err: (name: string) => string | null,
  hint: (name: string, text?: string | null) => string | Html | null,
): Html {
  const at = (key: DeliverableField) => `deliverables[${i}].${key}`;
  // Numbers are typed with a numeric keyboard; all but the count may stay empty, as may the draft's day.
  const f = (key: DeliverableField, type: "number" | "date" = "number") =>
    field({
      name: at(key),
      label: DELIVERABLE_LABELS[key],
      type: type === "date" ? "date" : "text",
      value: v[at(key)] ?? "",
      optional: key !== "count" && key !== "goLive",
      hint: hint(at(key)),
      error: err(at(key)),
      attrs: type === "date" ? undefined : html` inputmode="numeric"`,
    });
  const sel = (key: DeliverableField, options: Choice[]) =>
    select({
      name: at(key),
      label: DELIVERABLE_LABELS[key],
      options,
      chosen: v[at(key)] ?? null,
      error: err(at(key)),
      hint: hint(at(key)),
    });
  return html`<fieldset class="deliverable-row" id="${fieldId(`deliverables[${i}]`)}">
  <legend>Deliverable ${i + 1}</legend>
  <div class="field-row">
    ${sel("platform", choices(CONTRACT_PLATFORMS, PLATFORM_WORDS))}
    ${sel("kind", choices(DELIVERABLE_KINDS, KIND_WORDS))}
    ${sel("media", choices(MEDIA_KINDS, MEDIA_WORDS))}
  </div>
  <div class="field-row">
    ${f("count")}
    ${f("frames")}
    ${f("creatorShare")}
    ${f("productShare")}
  </div>
  <div class="field-row">
    ${f("draftDue", "date")}
    ${f("goLive", "date")}
    ${f("minDaysLive")}
    ${f("highlightDays")}
  </div>
  ${checkbox(at("linkSticker"), DELIVERABLE_LABELS.linkSticker, v, err, hint(at("linkSticker")))}
  <button type="submit" name="action" value="remove:${String(i)}" class="button-secondary">Remove deliverable ${i + 1}</button>
</fieldset>`;
}

function checkbox(
  name: string,
  label: string,
  v: ContractFormValues,
  err: (name: string) => string | null,
  hintText: string | Html | null = null,
): Html {
  const id = fieldId(name);
  const error = err(name);
  const described = [hintText ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return html`<div class="field field-check">
  <input type="checkbox" id="${id}" name="${name}" value="on"${v[name] ? html` checked` : ""}${
    described ? html` aria-describedby="${described}"` : ""
  }${error ? html` aria-invalid="true"` : ""}> <label for="${id}">${label}</label>
  ${hintText ? html`<p class="hint" id="${id}-hint">${hintText}</p>` : ""}
  ${error ? html`<p class="field-error" id="${id}-error"><span class="visually-hidden">Error: </span>${error}</p>` : ""}
</div>`;
}
