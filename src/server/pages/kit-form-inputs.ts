// The media-kit form's controls, bound to what was typed and to the errors by anchor:
// form-field.ts's input, select, textarea and fieldset with the form's "k-" ids, the
// kinds of number a creator types (decimal, count, currency or country code) as input
// hints, and the share inputs labelled from core's label tables.
import {
  AGE_BAND_LABELS,
  DELIVERABLE_LABELS,
  GENDER_LABELS,
  INCOME_BAND_LABELS,
  KIT_PLATFORM_LABELS,
} from "../../core/labels.js";
import { DELIVERABLES } from "../../core/media-kit.js";
import { type Choice, field, fieldId, fieldset, select, textArea } from "./form-field.js";
import { type Html, html } from "./html.js";
import type { ErrorMap } from "./kit-form-errors.js";
import { type FormValues, KIT_FORM_ROWS, KIT_PLATFORMS } from "./kit-form-fields.js";

export const kitId = (name: string) => fieldId(name, "k");

interface InputOptions {
  hint?: string;
  kind?: "text" | "decimal" | "count" | "code";
  placeholder?: string;
  autocomplete?: string;
  optional?: boolean;
}

const SHARE_LABELS: Record<string, Record<string, string>> = {
  gender: GENDER_LABELS,
  ageBands: AGE_BAND_LABELS,
  incomeBands: INCOME_BAND_LABELS,
};

const PLATFORM_CHOICES: Choice[] = KIT_PLATFORMS.map((p) => ({ value: p, label: KIT_PLATFORM_LABELS[p] }));
const DELIVERABLE_CHOICES: Choice[] = DELIVERABLES.map((d) => ({ value: d, label: DELIVERABLE_LABELS[d] }));

export type KitInputs = ReturnType<typeof kitInputs>;

export function kitInputs(values: FormValues, errs: ErrorMap) {
  const bound = (name: string) => ({ name, id: kitId(name), error: errs.get(name) ?? null });
  const input = (name: string, label: string, o: InputOptions = {}): Html =>
    field({
      ...bound(name),
      label,
      value: values[name],
      hint: o.hint,
      optional: o.optional ?? false,
      autocomplete: o.autocomplete,
      attrs: html`${mode(o.kind)}${o.placeholder ? html` placeholder="${o.placeholder}"` : ""}`,
    });
  const choose = (name: string, label: string, options: Choice[], fallback: string): Html =>
    select({ ...bound(name), label, options, chosen: values[name] ?? fallback });
  return {
    input,
    /** A share in percent; "gender.female" is labelled "Female (%)" from core's labels. */
    share: (name: string, label?: string): Html => {
      const [section = "", key = ""] = name.split(".");
      return input(name, `${label ?? SHARE_LABELS[section]?.[key] ?? key} (%)`, { kind: "decimal" });
    },
    textArea: (name: string, label: string): Html => textArea({ ...bound(name), label, value: values[name] }),
    platform: (name: string) => choose(name, "Platform", PLATFORM_CHOICES, "instagram"),
    deliverable: (name: string, fallback: string) =>
      choose(name, "Deliverable", DELIVERABLE_CHOICES, fallback),
    /** A section of the form; its own errors (a sum, a list too long) are announced with it. */
    section: (name: string, legend: string, hint: string | null, body: Html, optional = false): Html =>
      fieldset({ ...bound(name), legend, hint, body, optional }),
    /** A group around one input, which carries the id and the error itself. */
    group: (legend: string, body: Html): Html => fieldset({ name: "", legend, body }),
    /** The fixed rows of a list, each a fieldset an error of the whole row lands on. */
    rows: (
      list: keyof typeof KIT_FORM_ROWS,
      legend: (i: number) => string,
      row: (p: string, i: number) => Html,
    ): Html[] =>
      Array.from({ length: KIT_FORM_ROWS[list] }, (_, i) => {
        const p = `${list}[${i}]`;
        return fieldset({
          ...bound(p),
          legend: legend(i),
          className: "kit-row-set",
          body: html`<div class="kit-row">${row(p, i)}</div>`,
        });
      }),
  };
}

function mode(kind: InputOptions["kind"]): Html | string {
  if (kind === "decimal") return html` inputmode="decimal"`;
  if (kind === "count") return html` inputmode="numeric"`;
  if (kind === "code") return html` autocapitalize="characters" maxlength="3"`;
  return "";
}
