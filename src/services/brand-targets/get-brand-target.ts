// Use-case: one brand target of the workspace; another workspace's id is not found,
// exactly like an id that does not exist.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { BRAND_TARGET_COLUMNS, type BrandTargetView, brandTargetView } from "./brand-target-input.js";

export async function getBrandTarget(
  db: Kysely<DB>,
  workspaceId: number,
  targetId: number,
): Promise<BrandTargetView> {
  const row = await db
    .selectFrom("brand_targets")
    .select([...BRAND_TARGET_COLUMNS])
    .where("id", "=", targetId)
    .where("workspace_id", "=", workspaceId)
    .executeTakeFirst();
  if (!row) throw new VouchError("not_found", `no brand target ${targetId} in this workspace`);
  return brandTargetView(row);
}
