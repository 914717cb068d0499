// Every form's controls, one shape for all: a label (with a muted "(optional)" or other
// note), a hint under it, the control, and the error next to it, hint and error tied to the
// control (or its fieldset) with aria-describedby, the control marked aria-invalid. Ids come
// from the field's name with a prefix per form ("f-" by default, "k-" on the media-kit form),
// so a name like "countries[2].share" still makes a valid, unique id an error summary links to.
import { type Html, html } from "./html.js";

/** A control's id from its name: the prefix, then the name with anything but [A-Za-z0-9_-] as "-". */
export function fieldId(name: string, prefix = "f"): string {
  return `${prefix}-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

interface Labelled {
  name: string;
  label: string | Html;
  /** The control's id; fieldId(name) unless given. */
  id?: string;
  hint?: string | Html | null;
  /** What is wrong with the value, shown next to the control. */
  error?: string | null;
  /** The muted note after the label: true → "(optional)", a text → "(text)", false → none. */
  optional?: boolean | string;
}

export interface FieldProps extends Labelled {
  type?: string;
  value?: string | null;
  required?: boolean;
  autocomplete?: string;
  /** More attributes (inputmode, min, maxlength…), written after the type. */
  attrs?: Html;
}

export interface Choice {
  value: string;
  label: string | Html;
}

/** A text-like input (text, email, password, number, search, file). Optional unless required. */
export function field(p: FieldProps): Html {
  const id = p.id ?? fieldId(p.name);
  return html`<div class="field">
  ${label(id, p.label, p.optional ?? !p.required)}
  ${hintText(id, p.hint)}
  <input id="${id}" name="${p.name}" type="${p.type ?? "text"}"${p.attrs ?? ""} value="${p.value ?? ""}"${
    p.required ? html` required` : ""
  }${p.autocomplete ? html` autocomplete="${p.autocomplete}"` : ""}${described(id, p)}>
  ${errorText(id, p.error)}
</div>`;
}

export function textArea(p: Labelled & { value?: string | null; rows?: number }): Html {
  const id = p.id ?? fieldId(p.name);
  return html`<div class="field">
  ${label(id, p.label, p.optional ?? true)}
  ${hintText(id, p.hint)}
  <textarea id="${id}" name="${p.name}"${described(id, p)} rows="${p.rows ?? 4}">${p.value ?? ""}</textarea>
  ${errorText(id, p.error)}
</div>`;
}

/** A select whose chosen option is `chosen` (else the first). A select always has a value: no note. */
export function select(p: Labelled & { options: readonly Choice[]; chosen?: string | null }): Html {
  const id = p.id ?? fieldId(p.name);
  return html`<div class="field">
  ${label(id, p.label, p.optional ?? false)}
  ${hintText(id, p.hint)}
  <select id="${id}" name="${p.name}"${described(id, p)}>
    ${p.options.map((o) => html`<option value="${o.value}"${o.value === p.chosen ? html` selected` : ""}>${o.label}</option>`)}
  </select>
  ${errorText(id, p.error)}
</div>`;
}

export interface FieldsetProps {
  legend: string | Html;
  body: Html;
  /** The ids of the fieldset's hint and error derive from it (fieldId(name) unless idBase says). */
  name: string;
  idBase?: string;
  /** An id on the fieldset itself, for an error summary's link. */
  id?: string;
  className?: string;
  hint?: string | Html | null;
  /** An error of the group as a whole (a sum, a list too long), announced with it. */
  error?: string | null;
  optional?: boolean | string;
}

/** A group of controls under a legend, with the group's own hint and error. */
export function fieldset(p: FieldsetProps): Html {
  const base = p.idBase ?? p.id ?? fieldId(p.name);
  const ids = [p.hint ? `${base}-hint` : null, p.error ? `${base}-error` : null].filter(Boolean).join(" ");
  return html`<fieldset${p.id ? html` id="${p.id}"` : ""}${ids ? html` aria-describedby="${ids}"` : ""}${
    p.className ? html` class="${p.className}"` : ""
  }>
  <legend>${p.legend}${note(p.optional ?? false)}</legend>
  ${hintText(base, p.hint)}
  ${errorText(base, p.error)}
  ${p.body}
</fieldset>`;
}

/** Checkboxes of one name under a legend; a chosen value the list does not offer is kept and shown. */
export function checkboxes(
  p: Omit<FieldsetProps, "body"> & { options: readonly Choice[]; chosen: readonly string[]; prefix?: string },
): Html {
  const offered = new Set(p.options.map((o) => o.value));
  const all = [...p.options, ...p.chosen.filter((v) => !offered.has(v)).map((v) => ({ value: v, label: v }))];
  return fieldset({
    ...p,
    body: html`<ul class="checkbox-list">${all.map((o) => {
      const id = fieldId(`${p.name}-${o.value}`, p.prefix);
      return html`<li><input type="checkbox" name="${p.name}" value="${o.value}" id="${id}"${
        p.chosen.includes(o.value) ? html` checked` : ""
      }> <label for="${id}">${o.label}</label></li>`;
    })}</ul>`,
  });
}

/** The form's error, announced when the page loads. */
export function formError(message: string | null | undefined): Html {
  return message ? html`<div class="alert" role="alert"><p>${message}</p></div>` : html``;
}

/** The error under a control or in a fieldset, its id the control's plus "-error". */
export function errorText(id: string, error: string | null | undefined): Html {
  return error
    ? html`<p class="field-error" id="${id}-error"><span class="visually-hidden">Error: </span>${error}</p>`
    : html``;
}

function label(id: string, text: string | Html, optional: boolean | string): Html {
  return html`<label for="${id}">${text}${note(optional)}</label>`;
}

function note(optional: boolean | string): Html | string {
  if (optional === false) return "";
  return html` <span class="optional">(${optional === true ? "optional" : optional})</span>`;
}

function hintText(id: string, hint: string | Html | null | undefined): Html | string {
  return hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : "";
}

function described(id: string, p: { hint?: unknown; error?: string | null }): Html | string {
  const ids = [p.hint ? `${id}-hint` : null, p.error ? `${id}-error` : null].filter(Boolean).join(" ");
  return ids ? html` aria-describedby="${ids}"${p.error ? html` aria-invalid="true"` : ""}` : "";
}
