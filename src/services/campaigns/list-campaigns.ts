// Use-case: the workspace's campaigns, newest first, each with how many partnerships it has
// in each status.
import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";

export interface CampaignSummary {
  id: number;
  name: string;
  goal: string;
  startsOn: string;
  endsOn: string;
  partnerships: Record<string, number>;
}

export async function listCampaigns(db: Kysely<DB>, workspaceId: number): Promise<CampaignSummary[]> {
  const rows = await db
    .selectFrom("campaigns as c")
    .select([
      "c.id",
      "c.name",
      "c.goal",
      sql<string>`to_char(c.starts_on, 'YYYY-MM-DD')`.as("starts_on"),
      sql<string>`to_char(c.ends_on, 'YYYY-MM-DD')`.as("ends_on"),
      sql<Record<
        string,
        number
      > | null>`(select jsonb_object_agg(s.status, s.n) from (select p.status, count(*)::int as n from partnerships p where p.campaign_id = c.id group by p.status) s)`.as(
        "statuses",
      ),
    ])
    .where("c.workspace_id", "=", workspaceId)
    .orderBy("c.created_at", "desc")
    .orderBy("c.id", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    goal: r.goal,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    partnerships: r.statuses ?? {},
  }));
}
