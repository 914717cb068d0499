// The terms a document shows, by field path, with their label and value as printed: what
// a proposal may point at, and what the brand sees beside the creator's proposal.
import type { ContractDocument } from "../../contract/contract-types.js";

export function termFields(doc: ContractDocument): Map<string, { label: string; value: string }> {
  const out = new Map<string, { label: string; value: string }>();
  for (const s of doc.sections)
    for (const b of s.blocks) {
      if (b.kind === "term") out.set(b.field, { label: b.label, value: b.value });
      if (b.kind === "deliverable" && !out.has(b.field))
        out.set(b.field, {
          label: b.title.replace(/^Deliverable \d+: /, "").replace(/ \(\d+ of \d+\)$/, ""),
          value: b.facts.map((f) => `${f.label}: ${f.value}`).join("; "),
        });
    }
  return out;
}
