// Use-case: the workspace's brand targets, by name.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { BRAND_TARGET_COLUMNS, type BrandTargetView, brandTargetView } from "./brand-target-input.js";

export async function listBrandTargets(db: Kysely<DB>, workspaceId: number): Promise<BrandTargetView[]> {
  const rows = await db
    .selectFrom("brand_targets")
    .select([...BRAND_TARGET_COLUMNS])
    .where("workspace_id", "=", workspaceId)
    .orderBy("name")
    .orderBy("id")
    .execute();
  return rows.map(brandTargetView);
}
