// A link as every reader shows it (the API, the page, `vouch links list`): its slug and
// where it goes, and its clicks counted three ways, so bots and repeats stay visible
// beside the count that matters. One select for the list and the single link.
import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";

export interface LinkSummary {
  id: number;
  partnershipId: number;
  slug: string;
  destination: string;
  /** The destination with UTM parameters: where the redirect sends visitors (plus vclid). */
  targetUrl: string;
  enabled: boolean;
  expiresAt: string | null;
  createdAt: string;
  /** Every 302 answered and stored. */
  clicks: number;
  /** People's first click per hour: the count pay-back uses. */
  counted: number;
  bots: number;
  duplicates: number;
}

/** The workspace's links, with their counts; narrow it with where() on `l`. */
export function selectLinkSummaries(db: Kysely<DB>, workspaceId: number) {
  return db
    .selectFrom("links as l")
    .leftJoin(
      db
        .selectFrom("clicks")
        .select("link_id")
        .select([
          sql<number>`count(*)::int`.as("clicks"),
          sql<number>`(count(*) filter (where bot_reason is null and not duplicate))::int`.as("counted"),
          sql<number>`(count(*) filter (where bot_reason is not null))::int`.as("bots"),
          sql<number>`(count(*) filter (where duplicate))::int`.as("duplicates"),
        ])
        .groupBy("link_id")
        .as("c"),
      "c.link_id",
      "l.id",
    )
    .select([
      "l.id",
      "l.partnership_id",
      "l.slug",
      "l.destination",
      "l.target_url",
      "l.enabled",
      "l.expires_at",
      "l.created_at",
      "c.clicks",
      "c.counted",
      "c.bots",
      "c.duplicates",
    ])
    .where("l.workspace_id", "=", workspaceId);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectLinkSummaries>["executeTakeFirstOrThrow"]>>;

export function toLinkSummary(r: Row): LinkSummary {
  return {
    id: r.id,
    partnershipId: r.partnership_id,
    slug: r.slug,
    destination: r.destination,
    targetUrl: r.target_url,
    enabled: r.enabled,
    expiresAt: r.expires_at ? new Date(r.expires_at).toISOString() : null,
    createdAt: new Date(r.created_at).toISOString(),
    clicks: r.clicks ?? 0,
    counted: r.counted ?? 0,
    bots: r.bots ?? 0,
    duplicates: r.duplicates ?? 0,
  };
}
