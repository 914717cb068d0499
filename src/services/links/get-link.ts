// Use-case: one tracked link of the workspace with its click counts, or not_found as if
// it did not exist (another workspace's id learns nothing).
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { type LinkSummary, selectLinkSummaries, toLinkSummary } from "./link-summary.js";

export async function getLink(db: Kysely<DB>, workspaceId: number, linkId: number): Promise<LinkSummary> {
  const row = await selectLinkSummaries(db, workspaceId).where("l.id", "=", linkId).executeTakeFirst();
  if (!row) throw new VouchError("not_found", `no link ${linkId}`);
  return toLinkSummary(row);
}
