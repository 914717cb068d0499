// `npm run bench` (delivery part, issue 16): 1,000 accepted partnerships of 10 reels each
// and 50,000 imported posts (50 per creator, one in five carrying the contract's code),
// then `checkDeliverables` over the whole workspace: match every post, work out every
// state, store them all. Target: ≤ 2 s. Seeded with set-based SQL (the seeding is not
// timed); on PGlite in memory, or PostgreSQL when DATABASE_URL is set. Median of runs.
import { cpus, totalmem } from "node:os";
import { sql } from "kysely";
import { openDatabase } from "../db/open-database.js";
import { checkDeliverables } from "../services/delivery/check-deliverables.js";
import { localWorkspaceId } from "../services/local-workspace.js";
import { median, ms, time } from "./bench-stats.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PARTNERSHIPS = 1_000;
const PER_PARTNERSHIP = 10;
const POSTS_PER_CREATOR = 50;
const TARGET_MS = 2_000;

const TERMS = { disclosure: { jurisdictions: ["FTC", "ASA/CAP"], wording: "#ad" } };

const d = await openDatabase({ databaseUrl: process.env.DATABASE_URL ?? null, dataDir: "memory://" });
const ws = await localWorkspaceId(d.db);
const seeded = performance.now();
await sql`insert into creators (workspace_id, name) select ${ws}, 'bench_' || g from generate_series(1, ${PARTNERSHIPS}) g`.execute(
  d.db,
);
await sql`insert into accounts (workspace_id, creator_id, platform, username)
  select ${ws}, id, 'instagram', name from creators where workspace_id = ${ws} and name like 'bench_%'`.execute(
  d.db,
);
// 50 posts per account across March, one in five with the code and "#ad" up front.
await sql`insert into posts (account_id, platform_post_id, taken_at, kind, caption)
  select a.id, a.id || '_' || g, timestamptz '2027-03-01' + (g * interval '14 hours'), 'reel',
    case when g % 5 = 0 then '#ad Spring with @brand: code SPRING' || (g / 5) else 'An ordinary day ' || g end
  from accounts a cross join generate_series(1, ${POSTS_PER_CREATOR}) g
  where a.workspace_id = ${ws} and a.username like 'bench_%'`.execute(d.db);
const campaign = await sql<{
  id: number;
}>`insert into campaigns (workspace_id, name, starts_on, ends_on, currency, goal,
  kpis, call_to_action, products) values (${ws}, 'Bench', '2027-03-01', '2027-04-30', 'EUR', 'sell', '[]', '[]', '[]')
  returning id`.execute(d.db);
await sql`insert into partnerships (workspace_id, campaign_id, creator_id, status)
  select ${ws}, ${campaign.rows[0]?.id}, id, 'accepted' from creators where workspace_id = ${ws} and name like 'bench_%'`.execute(
  d.db,
);
await sql`insert into contract_versions (workspace_id, partnership_id, number, terms, document, pdf, pdf_sha256, status,
  created_by, created_at)
  select ${ws}, id, 1, ${JSON.stringify(TERMS)}::jsonb, '{}', '\\x00', md5(id::text), 'issued', 'bench', now()
  from partnerships where workspace_id = ${ws}`.execute(d.db);
// Ten reels, live every third day from 3 March, each asking for its own code SPRING1…SPRING10.
await sql`insert into deliverables (workspace_id, partnership_id, contract_version_id, number, platform, kind, of_index,
  of_count, go_live, up_until, link_sticker, disclosure_wording, disclosure_placement, mentions, hashtags, links, codes,
  created_at)
  select ${ws}, v.partnership_id, v.id, n, 'instagram', 'reel', n, ${PER_PARTNERSHIP}, date '2027-03-01' + 3 * n,
    date '2027-03-01' + 3 * n + 30, false, '#ad', '[]', '["brand"]', '[]', '[]', jsonb_build_array('SPRING' || n), now()
  from contract_versions v cross join generate_series(1, ${PER_PARTNERSHIP}) n where v.workspace_id = ${ws}`.execute(
  d.db,
);
const seedMs = performance.now() - seeded;

const now = Date.parse("2027-04-15T12:00:00Z");
const runs: number[] = [];
let last: Awaited<ReturnType<typeof checkDeliverables>> | null = null;
for (let i = 0; i < RUNS; i++)
  runs.push(
    await time(async () => {
      last = await checkDeliverables(d.db, ws, null, now);
    }),
  );
await d.close();

console.log(
  `\nDelivery check — machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${d.kind}`,
);
console.log(
  `  ${PARTNERSHIPS.toLocaleString("en-US")} partnerships × ${PER_PARTNERSHIP} deliverables, ${(PARTNERSHIPS * POSTS_PER_CREATOR).toLocaleString("en-US")} posts (seeded in ${ms(seedMs)})`,
);
console.log(`  result: ${JSON.stringify(last)}`);
console.log(
  `  checkDeliverables, whole workspace: median ${ms(median(runs))} of ${RUNS} (runs: ${runs.map(ms).join(", ")}); target ≤ ${ms(TARGET_MS)}: ${median(runs) <= TARGET_MS ? "met" : "missed"}`,
);
