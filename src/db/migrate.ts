// Runs the migrations in src/db/migrations, in name order, once each, all in one
// transaction under an advisory lock, so concurrent starts are safe. The record is
// Kysely's table (kysely_migration: name, timestamp). Kysely's own Migrator is not
// used: it introspects every schema of the database, which fails when another
// schema is dropped meanwhile (one schema per test suite or tenant on one server).
import { type Kysely, type Migration, sql } from "kysely";
import * as m0001 from "./migrations/0001-initial.js";
import * as m0002 from "./migrations/0002-workspaces.js";
import * as m0003 from "./migrations/0003-follower-fields.js";
import * as m0004 from "./migrations/0004-daily-counts.js";
import * as m0005 from "./migrations/0005-trust-score.js";
import * as m0006 from "./migrations/0006-media-kits.js";
import * as m0007 from "./migrations/0007-audit-fit-inputs.js";
import * as m0008 from "./migrations/0008-post-flags.js";
import * as m0009 from "./migrations/0009-username-history.js";
import * as m0010 from "./migrations/0010-password-resets.js";
import * as m0011 from "./migrations/0011-worklist.js";
import * as m0012 from "./migrations/0012-campaigns.js";
import * as m0013 from "./migrations/0013-contract-versions.js";
import * as m0014 from "./migrations/0014-score-coverage.js";
import * as m0015 from "./migrations/0015-contract-deliverables.js";
import * as m0016 from "./migrations/0016-contract-templates.js";
import * as m0017 from "./migrations/0017-links-clicks.js";
import * as m0019 from "./migrations/0019-delivery-checks.js";

const MIGRATIONS: Record<string, Migration> = {
  "0001-initial": m0001,
  "0002-workspaces": m0002,
  "0003-follower-fields": m0003,
  "0004-daily-counts": m0004,
  "0005-trust-score": m0005,
  "0006-media-kits": m0006,
  "0007-audit-fit-inputs": m0007,
  "0008-post-flags": m0008,
  "0009-username-history": m0009,
  "0010-password-resets": m0010,
  "0011-worklist": m0011,
  "0012-campaigns": m0012,
  "0013-contract-versions": m0013,
  "0014-score-coverage": m0014,
  "0015-contract-deliverables": m0015,
  "0016-contract-templates": m0016,
  "0017-links-clicks": m0017,
  "0019-delivery-checks": m0019,
};

/** Every migration's name, in the order they run (and are recorded in kysely_migration). */
export function migrationNames(): string[] {
  return Object.keys(MIGRATIONS).sort();
}

/** Any fixed number: every Vouch process takes the same lock while it migrates. */
const MIGRATION_LOCK = 7_305_823_311;

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  if (await isUpToDate(db)) return;
  const names = Object.keys(MIGRATIONS).sort();
  let current = "";
  try {
    await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK}::bigint)`.execute(trx);
      await sql`create table if not exists kysely_migration (name varchar(255) primary key, timestamp varchar(255) not null)`.execute(
        trx,
      );
      const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(trx);
      const done = new Set(rows.map((r) => r.name));
      for (const name of names) {
        if (done.has(name)) continue;
        current = name;
        await (MIGRATIONS[name] as Migration).up(trx);
        await sql`insert into kysely_migration (name, timestamp) values (${name}, ${new Date().toISOString()})`.execute(
          trx,
        );
      }
    });
  } catch (err) {
    throw new Error(`database migration ${current || "setup"} failed: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

/**
 * One cheap query instead of the lock and bookkeeping on every start of the CLI. Every name
 * is looked for, not only the latest: migrations written on parallel branches are merged
 * out of order (0010 may arrive after a database ran 0012), and must still run.
 */
async function isUpToDate(db: Kysely<unknown>): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const done = new Set(rows.map((r) => r.name));
    return Object.keys(MIGRATIONS).every((name) => done.has(name));
  } catch {
    return false; // no migration table yet: a new database
  }
}
