// Every table that holds a creator's rows, and how its rows are found from the creator's
// id: what the delete confirmation counts and what delete-creator.ts deletes, in one list so
// the two cannot disagree. Children come before their parents. Comments have no foreign key
// (ARCHITECTURE.md: it slowed imports), so nothing would cascade to them: each table is
// deleted by name. A new table that hangs off a creator or account belongs here. The contract
// trail of the creator's partnerships is not: it is append-only evidence (migration 0012),
// kept when the partnership goes, and so are the contract's versions (migration 0013:
// the accepted one is frozen, a signed contract both sides keep). The deliverables made
// from it (migration 0015) are the partnership's working rows and go with it.
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { DB } from "../../db/schema.js";

export const CREATOR_DATA_TABLES = [
  "comments",
  "posts",
  "profile_snapshots",
  "follower_samples",
  "daily_counts",
  "account_demographics",
  "account_usernames",
  "audits",
  "media_kit_files",
  "media_kit_requests",
  "creator_tags",
  "creator_notes",
  "contract_proposals",
  "contract_links",
  "deliverable_decisions",
  "deliverables",
  "clicks",
  "links",
  "partnership_events",
  "partnerships",
  "accounts",
  "creators",
] as const satisfies readonly (keyof DB)[];

export type CreatorDataTable = (typeof CREATOR_DATA_TABLES)[number];

/** Rows per table; every table is named, 0 included. */
export type CreatorDataCounts = Record<CreatorDataTable, number>;

/** Words for the confirmation page and the CLI (one, many), in the order the tables are listed. */
export const CREATOR_DATA_LABELS: Record<CreatorDataTable, [string, string]> = {
  comments: ["comment", "comments"],
  posts: ["post", "posts"],
  profile_snapshots: ["profile snapshot", "profile snapshots"],
  follower_samples: ["sampled follower", "sampled followers"],
  daily_counts: ["daily count", "daily counts"],
  account_demographics: ["audience demographics row", "audience demographics rows"],
  account_usernames: ["username in the history", "usernames in the history"],
  audits: ["audit", "audits"],
  media_kit_files: ["media-kit file", "media-kit files"],
  media_kit_requests: ["media-kit request", "media-kit requests"],
  creator_tags: ["tag", "tags"],
  creator_notes: ["note", "notes"],
  contract_proposals: ["contract change proposed", "contract changes proposed"],
  contract_links: ["contract review link", "contract review links"],
  deliverable_decisions: ["deliverable match made by hand", "deliverable matches made by hand"],
  deliverables: ["contract deliverable", "contract deliverables"],
  clicks: ["click on a tracked link", "clicks on tracked links"],
  links: ["tracked link", "tracked links"],
  partnership_events: ["partnership status change", "partnership status changes"],
  partnerships: ["campaign partnership", "campaign partnerships"],
  accounts: ["account", "accounts"],
  creators: ["creator", "creators"],
};

/** "3 posts", "1 note": a table's count in words. */
export function creatorDataWords(table: CreatorDataTable, count: number): string {
  const [one, many] = CREATOR_DATA_LABELS[table];
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}

/** The rows of `table` that belong to the creator (already checked to be the workspace's). */
export function creatorRows(table: CreatorDataTable, creatorId: number): RawBuilder<unknown> {
  const accounts = sql`(select id from accounts where creator_id = ${creatorId})`;
  switch (table) {
    case "creators":
      return sql`id = ${creatorId}`;
    case "accounts":
    case "media_kit_requests":
    case "creator_tags":
    case "creator_notes":
    case "partnerships":
      return sql`creator_id = ${creatorId}`;
    case "clicks":
      return sql`link_id in (select id from links where partnership_id in (select id from partnerships where creator_id = ${creatorId}))`;
    case "partnership_events":
    case "links":
    case "contract_links":
    case "contract_proposals":
    case "deliverables":
      return sql`partnership_id in (select id from partnerships where creator_id = ${creatorId})`;
    case "media_kit_files":
      return sql`request_id in (select id from media_kit_requests where creator_id = ${creatorId})`;
    default:
      return sql`account_id in ${accounts}`;
  }
}

export async function countCreatorRows(db: Kysely<DB>, creatorId: number): Promise<CreatorDataCounts> {
  const counts = {} as CreatorDataCounts;
  for (const table of CREATOR_DATA_TABLES) {
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.table(table)} where ${creatorRows(table, creatorId)}`.execute(db);
    counts[table] = rows[0]?.n ?? 0;
  }
  return counts;
}
