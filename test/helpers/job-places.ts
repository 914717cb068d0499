// Where a test runs the job queue: the embedded server's socket (a PGlite folder on
// disk, as `npm start` serves it) or the PostgreSQL test server, each with its own
// pg-boss schema, removed after.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type EmbeddedServer, openEmbeddedServer } from "../../src/db/embedded-server.js";
import type { Database } from "../../src/db/open-database.js";
import type { QueueTarget } from "../../src/jobs/job-queue.js";
import { DATABASE_KINDS, openTestDatabase, TEST_PG_URL } from "./databases.js";

export interface JobPlace {
  target(): QueueTarget;
  /** The app's own tables, in the same database. */
  database(): Database;
  /** Stops the database as a server restart would, and starts it again. */
  restart(): Promise<void>;
  schema: string;
  close(): Promise<void>;
}

async function embeddedPlace(): Promise<JobPlace> {
  const dir = mkdtempSync(join(tmpdir(), "vouch-jobs-"));
  let server: EmbeddedServer = await openEmbeddedServer({ dataDir: dir });
  return {
    schema: "vouch_jobs",
    database: () => server,
    target: () => ({ host: server.socketDir, port: server.port, user: "postgres", database: "postgres" }),
    restart: async () => {
      await server.close();
      server = await openEmbeddedServer({ dataDir: dir });
    },
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A test database of its own (a fresh schema) and, beside it, the queue's own schema. */
async function postgresPlace(): Promise<JobPlace> {
  const schema = `vouch_jobs_test_${randomBytes(5).toString("hex")}`;
  const d = await openTestDatabase("postgres");
  return {
    schema,
    database: () => d,
    target: () => d.env.DATABASE_URL ?? TEST_PG_URL,
    restart: async () => {},
    close: async () => {
      await d.close();
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

export const JOB_PLACES = DATABASE_KINDS.map((kind) => ({
  kind,
  open: kind === "pglite" ? embeddedPlace : postgresPlace,
}));
