// Use-case: replace a brand target of the workspace (the whole target, as the form
// and PUT send it). Another workspace's id is not found; renaming onto another
// target's name is a conflict.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import {
  assertNameFree,
  BRAND_TARGET_COLUMNS,
  type BrandTargetView,
  brandTargetView,
  isUniqueViolation,
  nameTaken,
  parseBrandTarget,
  specJson,
} from "./brand-target-input.js";

export async function updateBrandTarget(
  db: Kysely<DB>,
  workspaceId: number,
  targetId: number,
  input: unknown,
  now: number,
): Promise<BrandTargetView> {
  const target = parseBrandTarget(input);
  await assertNameFree(db, workspaceId, target.name, targetId);
  try {
    const row = await db
      .updateTable("brand_targets")
      .set({ name: target.name, spec: specJson(target), updated_at: new Date(now) })
      .where("id", "=", targetId)
      .where("workspace_id", "=", workspaceId)
      .returning([...BRAND_TARGET_COLUMNS])
      .executeTakeFirst();
    if (!row) throw new VouchError("not_found", `no brand target ${targetId} in this workspace`);
    return brandTargetView(row);
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken(target.name);
    throw err;
  }
}
