// One round of the contract builder: the form read (every field a string, checkboxes
// of one name joined), a deliverable row added or removed with everything else kept,
// and every problem of the terms at once: what is not a number (contract-form.ts),
// what the API's schema refuses, then checkContractTerms' errors and warnings, each
// under the form field it belongs to.
import { type CreatorFacts, checkContractTerms } from "../../core/check-contract-terms.js";
import { cleanText } from "../../core/clean-text.js";
import type { ContractTerms } from "../../core/contract-terms.js";
import { VouchError } from "../../core/errors.js";
import {
  type ContractFormValues,
  DELIVERABLE_FIELDS,
  deliverableRows,
  formName,
  formToTerms,
  MAX_DELIVERABLES,
  shapeIssues,
} from "./contract-form.js";
import type { FormIssues } from "./form-issues.js";
import type { PageContext } from "./page-context.js";

/** The posted form and the button pressed ("issue", "preview", "add", "remove:2"…). */
export async function readBuilderForm(
  c: PageContext,
): Promise<{ values: ContractFormValues; action: string }> {
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    throw new VouchError("invalid_input", "the form could not be read");
  }
  const values: ContractFormValues = {};
  for (const [k, v] of Object.entries(body)) {
    const texts = [v].flat().filter((x): x is string => typeof x === "string");
    if (texts.length) values[k] = cleanText(texts.join(","));
  }
  const action = values.action ?? "preview";
  delete values.action;
  return { values, action };
}

/** The values with one more deliverable row (an Instagram post live on the first day), or one fewer. */
export function changeRows(v: ContractFormValues, action: string): ContractFormValues {
  const rows = deliverableRows(v);
  const out = { ...v };
  if (action === "add" && rows < MAX_DELIVERABLES) {
    const at = (f: string) => `deliverables[${rows}].${f}`;
    Object.assign(out, {
      rows: String(rows + 1),
      [at("platform")]: "instagram",
      [at("kind")]: "feed_post",
      [at("media")]: "both",
      [at("count")]: "1",
      [at("goLive")]: v.from ?? "",
    });
  }
  const removed = /^remove:(\d+)$/.exec(action);
  if (removed) {
    const gone = Number(removed[1]);
    if (gone >= rows) return out;
    for (let i = gone; i < rows; i++)
      for (const f of DELIVERABLE_FIELDS) {
        const next = v[`deliverables[${i + 1}].${f}`];
        if (i + 1 < rows && next !== undefined) out[`deliverables[${i}].${f}`] = next;
        else delete out[`deliverables[${i}].${f}`];
      }
    out.rows = String(rows - 1);
  }
  return out;
}

export interface BuilderCheck {
  terms: ContractTerms;
  errors: FormIssues;
  warnings: FormIssues;
}

/** Every error and warning of the form's terms, the first message of each field kept. */
export function checkBuilderForm(values: ContractFormValues, creator: CreatorFacts): BuilderCheck {
  const { terms, issues } = formToTerms(values);
  const errors: FormIssues = { ...issues };
  const warnings: FormIssues = {};
  const shape = shapeIssues(terms);
  for (const [name, message] of Object.entries(shape)) errors[name] ??= message;
  // A value no select offers was posted: the domain rules cannot judge what they do not know.
  if (Object.keys(shape).length) return { terms, errors, warnings };
  for (const issue of checkContractTerms(terms, creator)) {
    // A value the form could not read (NaN) was reported where it was typed; a sum over it
    // ("the fee is NaN EUR") would say nothing more.
    if (issue.message.includes("NaN")) continue;
    const into = issue.severity === "error" ? errors : warnings;
    into[formName(issue.field)] ??= issue.message;
  }
  return { terms, errors, warnings };
}
