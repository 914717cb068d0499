// One labelled form input with an optional hint and error, tied to it by aria-describedby.
import { type Html, html } from "./html.js";

export interface FieldProps {
  label: string;
  name: string;
  type?: string;
  value?: string | null;
  hint?: string;
  required?: boolean;
  autocomplete?: string;
  attrs?: Html;
  /** What is wrong with the value, shown under the input. */
  error?: string | null;
}

export function field(p: FieldProps): Html {
  const id = `f-${p.name}`;
  const hint = p.hint ? `${id}-hint` : null;
  const error = p.error ? `${id}-error` : null;
  const describedBy = [hint, error].filter(Boolean).join(" ");
  return html`<div class="field">
  <label for="${id}">${p.label}${p.required ? "" : html` <span class="optional">(optional)</span>`}</label>
  ${hint ? html`<p class="hint" id="${hint}">${p.hint}</p>` : ""}
  <input id="${id}" name="${p.name}" type="${p.type ?? "text"}" value="${p.value ?? ""}"${
    p.required ? html` required` : ""
  }${p.autocomplete ? html` autocomplete="${p.autocomplete}"` : ""}${
    describedBy ? html` aria-describedby="${describedBy}"` : ""
  }${error ? html` aria-invalid="true"` : ""}${p.attrs ?? ""}>
  ${error ? html`<p class="field-error" id="${error}"><span class="visually-hidden">Error: </span>${p.error}</p>` : ""}
</div>`;
}

/** The form's error, announced when the page loads. */
export function formError(message: string | null | undefined): Html {
  return message ? html`<div class="alert" role="alert"><p>${message}</p></div>` : html``;
}
