// Deleting a creator removes every row of it and nothing else, checked table by table, on
// PGlite and PostgreSQL. Three creators get rows in every table that can hold a creator's
// data: X (deleted) and Y in workspace W, and Z, of another workspace V, under X's very
// handle. X's rows, counted by hand from seed() below: 1 creator, 1 account, 2 posts,
// 3 comments (which have no foreign key, so nothing would cascade to them), 1 profile
// snapshot, 2 follower samples, 2 daily counts, 2 demographics rows, 1 username, 1 audit,
// 2 media-kit requests with 1 file, 2 tags, 1 note, 1 campaign partnership with 1 status
// change and 2 deliverables (migration 0015), one with a post matched by hand (migration
// 0019); its partnership's contract-trail entry and
// contract version stay (evidence, migrations 0012 and 0013), as does the campaign. The test lists the database's own
// tables, so a table added later fails it until the test says whose rows it holds.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCreatorNote } from "../../src/services/creators/add-creator-note.js";
import { countCreatorData } from "../../src/services/creators/count-creator-data.js";
import { deleteCreator } from "../../src/services/creators/delete-creator.js";
import { setCreatorTags } from "../../src/services/creators/set-creator-tags.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";

const NOW = Date.parse("2026-11-20T12:00:00Z");
const at = (day: number) => new Date(Date.UTC(2026, 10, day));

/** How each table's rows name their creator: by creator, account or media-kit request id. */
const OWNER_COLUMN: Record<string, "creator" | "account" | "request" | "partnership" | "none"> = {
  creators: "creator",
  accounts: "creator",
  creator_tags: "creator",
  creator_notes: "creator",
  media_kit_requests: "creator",
  media_kit_files: "request",
  posts: "account",
  comments: "account",
  profile_snapshots: "account",
  follower_samples: "account",
  daily_counts: "account",
  account_demographics: "account",
  account_usernames: "account",
  audits: "account",
  partnerships: "creator",
  partnership_events: "partnership",
  contract_links: "partnership",
  contract_proposals: "partnership",
  deliverables: "partnership",
  deliverable_decisions: "account",
  links: "partnership",
  // None seeded here: a link's clicks go with it (test/db/links.test.ts).
  clicks: "none",
  // Kept: the campaign is the workspace's, the contract trail append-only evidence.
  campaigns: "none",
  contract_trail: "none",
  contract_versions: "none",
  // The workspace's contract template (migration 0016) names no creator.
  contract_templates: "none",
  // The workspace's own tables and Kysely's record of migrations: no creator's rows.
  workspaces: "none",
  users: "none",
  memberships: "none",
  sessions: "none",
  api_tokens: "none",
  invitations: "none",
  password_resets: "none",
  brand_targets: "none",
  kysely_migration: "none",
  click_salts: "none",
};

interface Seeded {
  creatorId: number;
  accountId: number;
  requestIds: number[];
  partnershipId: number;
}

describe.each(DATABASE_KINDS)("deleting a creator on %s", (kind) => {
  let d: TestDatabase;
  let w: number;
  let v: number;
  let userId: number;
  const seeded: Record<"x" | "y" | "z", Seeded> = {} as never;

  async function seed(workspaceId: number, handle: string, tag: string): Promise<Seeded> {
    const db = d.db;
    const { id: creatorId } = await db
      .insertInto("creators")
      .values({ workspace_id: workspaceId, name: handle })
      .returning("id")
      .executeTakeFirstOrThrow();
    const { id: accountId } = await db
      .insertInto("accounts")
      .values({ workspace_id: workspaceId, creator_id: creatorId, platform: "instagram", username: handle })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("posts")
      .values([1, 2].map((n) => ({ account_id: accountId, platform_post_id: `p${n}`, taken_at: at(n) })))
      .execute();
    await db
      .insertInto("comments")
      .values(
        [1, 2, 3].map((n) => ({
          account_id: accountId,
          platform_comment_id: `c${n}`,
          platform_post_id: "p1",
          text: `comment ${n}`,
          created_at: at(n),
        })),
      )
      .execute();
    await db
      .insertInto("profile_snapshots")
      .values({ account_id: accountId, captured_at: at(3) })
      .execute();
    await db
      .insertInto("follower_samples")
      .values(["f1", "f2"].map((u) => ({ account_id: accountId, username: u, captured_at: at(3) })))
      .execute();
    await db
      .insertInto("daily_counts")
      .values(["2026-11-01", "2026-11-02"].map((day) => ({ account_id: accountId, day, followers: 10 })))
      .execute();
    await db
      .insertInto("account_demographics")
      .values(
        ["DE", "AT"].map((key) => ({
          account_id: accountId,
          captured_at: at(3),
          dimension: "country" as const,
          key,
          value: 5,
        })),
      )
      .execute();
    await db
      .insertInto("account_usernames")
      .values({ account_id: accountId, username: handle, first_seen: at(1), last_seen: at(2) })
      .execute();
    await db
      .insertInto("audits")
      .values({ account_id: accountId, method_version: "audit-v4", computed_at: at(4), result: "{}" })
      .execute();
    const requestIds: number[] = [];
    for (const n of [1, 2])
      requestIds.push(
        (
          await db
            .insertInto("media_kit_requests")
            .values({
              workspace_id: workspaceId,
              creator_id: creatorId,
              token_hash: `${handle}-${workspaceId}-${n}`,
              expires_at: at(20),
            })
            .returning("id")
            .executeTakeFirstOrThrow()
        ).id,
      );
    await db
      .insertInto("media_kit_files")
      .values({
        request_id: requestIds[0] as number,
        name: "kit.pdf",
        mime: "application/pdf",
        size: 3,
        data: new Uint8Array([1, 2, 3]),
      })
      .execute();
    const { rows: campaign } = await sql<{ id: number }>`
      insert into campaigns (workspace_id, name, starts_on, ends_on, currency, goal, kpis, call_to_action, products)
      values (${workspaceId}, ${`launch ${handle}`}, '2026-11-01', '2026-11-30', 'EUR', 'sell', '[]', '{}', '[]')
      returning id`.execute(db);
    const { rows: partnership } = await sql<{ id: number }>`
      insert into partnerships (workspace_id, campaign_id, creator_id, status)
      values (${workspaceId}, ${campaign[0]?.id}, ${creatorId}, 'proposed') returning id`.execute(db);
    const partnershipId = partnership[0]?.id as number;
    await sql`insert into partnership_events (partnership_id, at, actor, to_status)
      values (${partnershipId}, ${at(5)}, 'Ann', 'proposed')`.execute(db);
    await sql`insert into contract_trail (workspace_id, partnership_id, seq, at, kind, actor, detail, prev_sha256, sha256)
      values (${workspaceId}, ${partnershipId}, 1, ${at(5)}, 'proposed', 'Ann', '{}', '', 'x')`.execute(db);
    const { rows: version } = await sql<{ id: number }>`
      insert into contract_versions (workspace_id, partnership_id, number, terms, document, pdf, pdf_sha256, status, created_by, created_at)
      values (${workspaceId}, ${partnershipId}, 1, '{}', '{}', '\\x00', 'x', 'issued', 'Ann', ${at(5)}) returning id`.execute(
      db,
    );
    for (const number of [1, 2])
      await sql`insert into deliverables (workspace_id, partnership_id, contract_version_id, number, platform, kind,
        of_index, of_count, go_live, link_sticker, disclosure_wording, disclosure_placement, mentions, hashtags, links, codes, created_at)
        values (${workspaceId}, ${partnershipId}, ${version[0]?.id}, ${number}, 'instagram', 'reel', ${number}, 2,
        '2026-11-10', false, '#ad', '[]', '[]', '[]', '[]', '[]', ${at(5)})`.execute(db);
    await sql`insert into deliverable_decisions (deliverable_id, account_id, post_id, decision, decided_by, decided_at)
      select id, ${accountId}, ${`${handle}-p1`}, 'match', 'Ann', ${at(6)} from deliverables
      where partnership_id = ${partnershipId} and number = 1`.execute(db);
    await setCreatorTags(db, workspaceId, creatorId, { set: [tag, "summer"] });
    await addCreatorNote(
      db,
      { workspaceId, userId, email: null },
      creatorId,
      { text: `about ${handle}` },
      NOW,
    );
    return { creatorId, accountId, requestIds, partnershipId };
  }

  beforeAll(async () => {
    d = await openTestDatabase(kind);
    w = (
      await d.db
        .insertInto("workspaces")
        .values({ slug: "w", name: "W" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    v = (
      await d.db
        .insertInto("workspaces")
        .values({ slug: "v", name: "V" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    userId = (
      await d.db
        .insertInto("users")
        .values({ email: "ann@example.invalid", name: "Ann", password_hash: "x" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    seeded.x = await seed(w, "x_creator", "beauty");
    seeded.y = await seed(w, "y_creator", "food");
    seeded.z = await seed(v, "x_creator", "beauty");
  });
  afterAll(async () => {
    await d?.close();
  });

  /** Every base table of the database's current schema, with all of its rows as JSON text. */
  async function dumpAll(): Promise<Map<string, string[]>> {
    const { rows } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(d.db);
    const out = new Map<string, string[]>();
    for (const { name } of rows) {
      const r = await sql<{ j: string }>`select row_to_json(t)::text as j from ${sql.table(name)} t`.execute(
        d.db,
      );
      out.set(name, r.rows.map((x) => x.j).sort());
    }
    return out;
  }

  /** Whether a row (as JSON) belongs to X, by the table's owner column. */
  function isX(table: string, json: string): boolean {
    const row = JSON.parse(json) as Record<string, unknown>;
    const x = seeded.x;
    switch (OWNER_COLUMN[table]) {
      case "creator":
        return (table === "creators" ? row.id : row.creator_id) === x.creatorId;
      case "account":
        return row.account_id === x.accountId;
      case "request":
        return x.requestIds.includes(row.request_id as number);
      case "partnership":
        return row.partnership_id === x.partnershipId;
      default:
        return false;
    }
  }

  it("counts what goes, deletes exactly that, and leaves every other row as it was", async () => {
    const expected = {
      comments: 3,
      posts: 2,
      profile_snapshots: 1,
      follower_samples: 2,
      daily_counts: 2,
      account_demographics: 2,
      account_usernames: 1,
      audits: 1,
      media_kit_files: 1,
      media_kit_requests: 2,
      creator_tags: 2,
      creator_notes: 1,
      contract_proposals: 0,
      contract_links: 0,
      deliverable_decisions: 1,
      deliverables: 2,
      clicks: 0,
      links: 0,
      partnership_events: 1,
      partnerships: 1,
      accounts: 1,
      creators: 1,
    };
    const preview = await countCreatorData(d.db, w, seeded.x.creatorId);
    expect(preview).toEqual({
      creatorId: seeded.x.creatorId,
      accounts: ["instagram:x_creator"],
      rows: expected,
    });

    // Another workspace's id is not found, and deletes nothing.
    const before = await dumpAll();
    await expect(deleteCreator(d.db, v, seeded.x.creatorId)).rejects.toMatchObject({ code: "not_found" });
    expect(await dumpAll()).toEqual(before);

    const unknown = [...before.keys()].filter((t) => !(t in OWNER_COLUMN));
    expect(unknown, "tables this test does not know whose rows they hold").toEqual([]);

    const deleted = await deleteCreator(d.db, w, seeded.x.creatorId);
    expect(deleted).toEqual(preview);
    const after = await dumpAll();
    for (const [table, rows] of before) {
      const kept = rows.filter((r) => !isX(table, r));
      // Table by table: X's rows are gone, everyone else's are byte for byte as they were.
      expect(after.get(table), table).toEqual(kept);
      const xRows = rows.length - kept.length;
      expect(xRows, table).toBe(expected[table as keyof typeof expected] ?? 0);
    }
    await expect(countCreatorData(d.db, w, seeded.x.creatorId)).rejects.toMatchObject({ code: "not_found" });
  });
});
