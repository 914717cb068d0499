// One labelled form input with an optional hint, tied to it by aria-describedby.
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
}

export function field(p: FieldProps): Html {
  const id = `f-${p.name}`;
  const hint = p.hint ? `${id}-hint` : null;
  return html`<div class="field">
  <label for="${id}">${p.label}${p.required ? "" : html` <span class="optional">(optional)</span>`}</label>
  ${hint ? html`<p class="hint" id="${hint}">${p.hint}</p>` : ""}
  <input id="${id}" name="${p.name}" type="${p.type ?? "text"}" value="${p.value ?? ""}"${
    p.required ? html` required` : ""
  }${p.autocomplete ? html` autocomplete="${p.autocomplete}"` : ""}${
    hint ? html` aria-describedby="${hint}"` : ""
  }${p.attrs ?? ""}>
</div>`;
}

/** The form's error, announced when the page loads. */
export function formError(message: string | null | undefined): Html {
  return message ? html`<div class="alert" role="alert"><p>${message}</p></div>` : html``;
}
