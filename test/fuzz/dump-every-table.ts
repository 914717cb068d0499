// A fingerprint of every table, to check that a refused request changed nothing: the
// workspace's users, sessions, tokens, targets and media kits as well as the imported data
// (test/helpers/databases.ts's dumpTables reads only the latter, row by row). Each table's
// rows are hashed by the database in one query (md5 of the sorted rows as text), so a
// fuzz case can afford two of them even with large audit documents stored.
import { sql } from "kysely";
import type { Database } from "../../src/db/open-database.js";
import type { DB } from "../../src/db/schema.js";

/** Every table: a new one in schema.ts fails to compile until it is listed. */
const EVERY_TABLE: Record<keyof DB, true> = {
  workspaces: true,
  users: true,
  memberships: true,
  sessions: true,
  api_tokens: true,
  invitations: true,
  password_resets: true,
  creators: true,
  creator_tags: true,
  creator_notes: true,
  accounts: true,
  account_usernames: true,
  profile_snapshots: true,
  posts: true,
  comments: true,
  follower_samples: true,
  daily_counts: true,
  audits: true,
  brand_targets: true,
  media_kit_requests: true,
  media_kit_files: true,
  account_demographics: true,
  campaigns: true,
  partnerships: true,
  partnership_events: true,
  contract_trail: true,
  contract_versions: true,
  contract_links: true,
  contract_proposals: true,
  deliverables: true,
  deliverable_decisions: true,
  contract_templates: true,
  links: true,
  clicks: true,
  click_salts: true,
};

const FINGERPRINTS = sql.join(
  Object.keys(EVERY_TABLE).map(
    (table) =>
      sql`select ${table} as "table", count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from ${sql.table(table)} t`,
  ),
  sql` union all `,
);

/** Table → its number of rows and the hash of its rows. */
export async function dumpEveryTable(d: Database): Promise<Record<string, string>> {
  const { rows } = await sql<{ table: string; rows: number; hash: string }>`${FINGERPRINTS}`.execute(d.db);
  return Object.fromEntries(rows.map((r) => [r.table, `${r.rows} rows, ${r.hash}`]));
}
