// Use-case: add a brand target to a workspace. Names are unique per workspace: a
// second target of the same name is a conflict, not a silent overwrite.
import type { Kysely } from "kysely";
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

export async function createBrandTarget(
  db: Kysely<DB>,
  workspaceId: number,
  input: unknown,
  now: number,
): Promise<BrandTargetView> {
  const target = parseBrandTarget(input);
  await assertNameFree(db, workspaceId, target.name);
  try {
    const row = await db
      .insertInto("brand_targets")
      .values({
        workspace_id: workspaceId,
        name: target.name,
        spec: specJson(target),
        created_at: new Date(now),
        updated_at: new Date(now),
      })
      .returning([...BRAND_TARGET_COLUMNS])
      .executeTakeFirstOrThrow();
    return brandTargetView(row);
  } catch (err) {
    // Another request added the name between the check and the insert.
    if (isUniqueViolation(err)) throw nameTaken(target.name);
    throw err;
  }
}
