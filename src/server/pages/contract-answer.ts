// "Answer with a new version": the builder opens on the newest version's terms with
// each change the creator proposed on it typed into the term's field (the oldest first,
// so the newest proposal on a term wins). A proposal on a whole deliverable or on a
// term with no single field is listed for the brand to carry over by hand.
import type { ContractProposal } from "../../services/contracts/list-contract-proposals.js";
import { type ContractFormValues, formName } from "./contract-form.js";
import { fieldId } from "./form-field.js";
import { type Html, html } from "./html.js";

export function answerProposals(
  start: ContractFormValues,
  proposals: ContractProposal[],
): { values: ContractFormValues; notice: Html } {
  const values = { ...start };
  const placed: { label: string; name: string; proposed: string }[] = [];
  const byHand: ContractProposal[] = [];
  for (const p of proposals.filter((x) => x.now === null).reverse()) {
    const name = [p.field, formName(p.field), `${p.field}.amount`].find((n) => n in values);
    if (name) {
      values[name] = typedAs(name, p.proposed);
      placed.push({ label: p.label, name, proposed: p.proposed });
    } else byHand.push(p);
  }
  if (!placed.length && !byHand.length)
    return { values, notice: html`<p>The creator has proposed no change to the newest version.</p>` };
  const notice = html`<p>The creator's proposals are applied below: check each, then issue the new version.</p>
${placed.length ? html`<ul>${placed.map((x) => html`<li><a href="#${fieldId(x.name)}">${x.label}</a>: “${x.proposed}”</li>`)}</ul>` : ""}
${
  byHand.length
    ? html`<p>To change by hand (no single field holds them):</p><ul>${byHand.map(
        (p) => html`<li>${p.label} (${p.field}): “${p.proposed}”</li>`,
      )}</ul>`
    : ""
}`;
  return { values, notice };
}

/** An amount proposed as the document prints it ("1,500.00 EUR") typed as the form takes it. */
function typedAs(name: string, proposed: string): string {
  const amount = /^([\d.,\s]+?)\s*(?:[A-Z]{3})?$/.exec(proposed.trim());
  return /\.(amount|value|perSale)$/.test(name) && amount
    ? (amount[1] as string).replaceAll(/[,\s]/g, "")
    : proposed;
}
