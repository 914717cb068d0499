// Use-case: an owner keeps a contract's terms as the workspace's template, the terms
// every new contract builder starts from. The days are stored as offsets from the
// campaign's start (core/contract-days.ts), so the template fits any campaign; the
// terms are checked first, as for a version: a template is a contract one could send.
import type { Kysely } from "kysely";
import { dayOffset, mapContractDays } from "../../core/contract-days.js";
import type { DB } from "../../db/schema.js";
import { parseContractTerms } from "./contract-terms-input.js";

export async function saveContractTemplate(
  db: Kysely<DB>,
  workspaceId: number,
  input: unknown,
  savedBy: string,
  now: number,
): Promise<{ savedAt: string }> {
  // The creator's followers matter to warnings only, and a template has no creator.
  const { terms } = parseContractTerms(input, { username: "creator", followers: null, measuredOn: null });
  const offsets = mapContractDays(terms, (day) => dayOffset(terms.from, day));
  const savedAt = new Date(now);
  await db
    .insertInto("contract_templates")
    .values({
      workspace_id: workspaceId,
      terms: JSON.stringify(offsets),
      saved_by: savedBy,
      saved_at: savedAt,
    })
    .onConflict((oc) =>
      oc
        .column("workspace_id")
        .doUpdateSet({ terms: JSON.stringify(offsets), saved_by: savedBy, saved_at: savedAt }),
    )
    .execute();
  return { savedAt: savedAt.toISOString() };
}
