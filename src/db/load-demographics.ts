// An account's follower demographics as stored (account_demographics): the latest capture of
// each dimension, so a CSV of countries imported after a snapshot with ages and genders
// does not hide those. Largest counts first within a dimension.
import { type Kysely, sql } from "kysely";
import type { AccountDemographic, DemographicDimension } from "../core/types.js";
import type { DB } from "./schema.js";

export async function loadDemographics(db: Kysely<DB>, accountId: number): Promise<AccountDemographic[]> {
  const rows = await db
    .selectFrom("account_demographics as d")
    .select([
      sql<number>`(extract(epoch from d.captured_at) * 1000)::float8`.as("capturedAt"),
      "d.dimension",
      "d.key",
      "d.value",
    ])
    .where("d.account_id", "=", accountId)
    .where(
      "d.captured_at",
      "=",
      sql<Date>`(select max(l.captured_at) from account_demographics l
                 where l.account_id = d.account_id and l.dimension = d.dimension)`,
    )
    .orderBy(sql`array_position(array['age', 'gender', 'country', 'city'], d.dimension)`)
    .orderBy("d.value", "desc")
    .orderBy("d.key")
    .execute();
  return rows.map((r) => ({
    capturedAt: Number(r.capturedAt),
    dimension: r.dimension as DemographicDimension,
    key: r.key,
    value: Number(r.value),
  }));
}
