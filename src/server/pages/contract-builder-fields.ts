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
  const f = (
    name: string,
    label: string,
    more: { type?: string; hint?: string; optional?: boolean; attrs?: Html } = {},
  ) =>
    field({
      name,
      label,
      type: more.type ?? "text",
      value: v[name] ?? "",
      optional: more.optional ?? false,
      hint: hint(name, more.hint ?? null),
      error: err(name),
      attrs: more.attrs,
    });
  const sel = (name: string, label: string, options: Choice[]) =>
    select({ name, label, options, chosen: v[name] ?? null, error: err(name), hint: hint(name) });
  const rows = deliverableRows(v);
  return html`<fieldset class="builder-group">
  <legend>Campaign dates</legend>
  <div class="field-row">${f("from", "From", { type: "date" })}${f("to", "To", { type: "date" })}</div>
</fieldset>
${fieldset({
  name: "deliverables",
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
  ${textArea({ name: "content.captionRules", label: "Caption rules", value: v["content.captionRules"], rows: 2, error: err("content.captionRules"), hint: "What a caption must or must not say." })}
  ${f("content.mentions", "Mentions", { optional: true, hint: "Handles, separated by commas: @crumb_and_co" })}
  ${f("content.hashtags", "Hashtags", { optional: true, hint: "Separated by commas: #springbake" })}
  ${f("content.links", "Links", { optional: true, hint: "http(s) links, separated by commas" })}
  ${f("content.codes", "Discount codes", { optional: true, hint: "Separated by commas" })}
</fieldset>
${fieldset({
  name: "compensation",
  legend: "What the creator gets",
  hint: "Any mix; at least one. Amounts in the currency below, e.g. 1200.00.",
  error: err("compensation"),
  className: "builder-group",
  body: html`${f("currency", "Currency", { hint: "ISO 4217 code: EUR, USD, GBP…", attrs: html` maxlength="3" autocapitalize="characters"` })}
  ${f("compensation.fee.amount", "Fee", { optional: true, attrs: html` inputmode="decimal"` })}
  ${fieldset({
    name: "payment.instalments",
    legend: "Fee instalments",
    hint: "They add up to the fee exactly. Fill the empty row to add one.",
    error: err("payment.instalments"),
    optional: true,
    body: html`${Array.from(
      { length: instalmentRows(v) },
      (_, i) => html`<div class="field-row">
      ${f(`payment.instalments[${i}].amount`, `Instalment ${i + 1}`, { optional: true, attrs: html` inputmode="decimal"` })}
      ${f(`payment.instalments[${i}].due`, `Due on`, { type: "date", optional: true })}
    </div>`,
    )}`,
  })}
  <div class="field-row">
    ${f("compensation.visit.from", "Hosted visit from", { type: "date", optional: true })}
    ${f("compensation.visit.to", "Visit to", { type: "date", optional: true })}
  </div>
  ${f("compensation.visit.covers", "What the visit covers", { optional: true, hint: "e.g. two nights, meals and train fares" })}
  ${f("compensation.visit.value", "Visit's value", { optional: true, attrs: html` inputmode="decimal"` })}
  ${f("compensation.product.description", "Free product", { optional: true })}
  ${f("compensation.product.value", "Product's value", { optional: true, attrs: html` inputmode="decimal"` })}
  ${sel("compensation.commission.kind", "Affiliate commission", [
    { value: "", label: "None" },
    { value: "percent", label: "A percent of each sale" },
    { value: "flat", label: "A flat amount per sale" },
  ])}
  <div class="field-row">
    ${f("compensation.commission.percent", "Percent", { optional: true, attrs: html` inputmode="decimal"` })}
    ${f("compensation.commission.perSale", "Per sale", { optional: true, attrs: html` inputmode="decimal"` })}
    ${f("compensation.commission.windowDays", "Attribution window (days)", { optional: true, attrs: html` inputmode="numeric"` })}
  </div>`,
})}
<fieldset class="builder-group">
  <legend>Usage rights and exclusivity</legend>
  ${f("usage.channels", "Where the brand may reuse the content", { optional: true, hint: "Separated by commas: brand's Instagram, website" })}
  ${checkbox("usage.paidAdsAllowlisting", "The brand may run it as paid ads from the creator's handle (allowlisting)", v, err)}
  ${f("usage.expires", "Usage rights end on", { type: "date", optional: true, hint: "Needed when there are rights; empty when there are none." })}
  ${f("exclusivity.category", "Exclusive category", { optional: true, hint: "What the creator promotes for no competitor, e.g. running shoes" })}
  ${f("exclusivity.until", "Exclusive until", { type: "date", optional: true })}
</fieldset>
<fieldset class="builder-group">
  <legend>Disclosure and cancellation</legend>
  ${checkboxes({
    name: "disclosure.jurisdictions",
    legend: "Disclosure rules",
    hint: "The authorities whose rules the creator follows.",
    options: JURISDICTIONS.map((j) => ({ value: j, label: j === "FTC" ? "FTC (US)" : "ASA/CAP (UK)" })),
    chosen: (v["disclosure.jurisdictions"] ?? "").split(",").filter(Boolean),
    error: err("disclosure.jurisdictions"),
  })}
  ${f("disclosure.wording", "Disclosure wording", { hint: "A label every chosen authority calls clear: #ad or Ad" })}
  ${f("cancellation.noticeDays", "Notice (days)", { attrs: html` inputmode="numeric"` })}
  ${sel("cancellation.unpaid", "Unpaid amounts on cancelling", choices(UNPAID_ON_CANCEL, UNPAID_WORDS))}
</fieldset>`;
}

function deliverableRow(
  i: number,
  v: ContractFormValues,
  err: (name: string) => string | null,
  hint: (name: string, text?: string | null) => string | Html | null,
): Html {
  const at = (f: (typeof DELIVERABLE_FIELDS)[number]) => `deliverables[${i}].${f}`;
  const f = (name: string, label: string, type = "text", attrs: Html = html` inputmode="numeric"`) =>
    field({
      name,
      label,
      type,
      value: v[name] ?? "",
      optional: type !== "date" || name.endsWith("draftDue"),
      hint: hint(name),
      error: err(name),
      attrs: type === "date" ? undefined : attrs,
    });
  const sel = (name: string, label: string, options: Choice[]) =>
    select({ name, label, options, chosen: v[name] ?? null, error: err(name), hint: hint(name) });
  return html`<fieldset class="deliverable-row" id="${fieldId(`deliverables[${i}]`)}">
  <legend>Deliverable ${i + 1}</legend>
  <div class="field-row">
    ${sel(at("platform"), "Platform", choices(CONTRACT_PLATFORMS, PLATFORM_WORDS))}
    ${sel(at("kind"), "Kind", choices(DELIVERABLE_KINDS, KIND_WORDS))}
    ${sel(at("media"), "Media", choices(MEDIA_KINDS, MEDIA_WORDS))}
  </div>
  <div class="field-row">
    ${field({ name: at("count"), label: "How many", value: v[at("count")] ?? "", error: err(at("count")), hint: hint(at("count")), optional: false, attrs: html` inputmode="numeric"` })}
    ${f(at("frames"), "Frames per story")}
    ${f(at("creatorShare"), "Creator in shot (%)")}
    ${f(at("productShare"), "Product in shot (%)")}
  </div>
  <div class="field-row">
    ${f(at("draftDue"), "Draft due", "date")}
    ${f(at("goLive"), "Live by", "date")}
    ${f(at("minDaysLive"), "Days up")}
    ${f(at("highlightDays"), "Days in highlight")}
  </div>
  ${checkbox(at("linkSticker"), "Link sticker (Instagram stories)", v, err, hint(at("linkSticker")))}
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
