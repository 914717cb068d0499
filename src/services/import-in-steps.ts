// Use-case: an import into the embedded database while others use it. The web server's
// PGlite is one session, and a transaction holds it whole: a 100,000-comment import in
// one transaction would stall every other request for seconds. So everything is read
// and checked first, each part written to a journal; the accounts are found or created
// and the comments' posts checked in one short transaction; then the rows go in in
// transactions of at most STEP_ROWS rows, and other requests take turns between them.
// Bad input still stores nothing (it fails before the first row is written). A process
// that dies while writing leaves its journal, and the folder's next owner finishes it
// (resumeImports). While the steps run, readers may see the account partly imported.
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Kysely } from "kysely";
import { formatAccountKey } from "../core/account-key.js";
import type { AccountData } from "../core/types.js";
import { journalsFolder } from "../db/import-journals.js";
import { saveAccountData } from "../db/save-account-data.js";
import type { DB } from "../db/schema.js";
import { planSources, readParts } from "../ingest/read-sources.js";
import {
  type AccountState,
  addCounts,
  assertCommentPostsKnown,
  newAccountState,
  openAccount,
  refreshCounts,
  trackPosts,
} from "./import-accounts.js";
import { ImportInterrupted } from "./import-interrupted.js";
import type { ImportOptions, ImportSummary } from "./import-sources.js";

/** Rows per transaction: PGlite writes 1,000 comments in about 40 ms on the benchmark machine. */
export const STEP_ROWS = 1000;

/** What a journal holds once the accounts exist: enough to finish the import without the upload. */
export interface JournalManifest {
  workspaceId: number;
  files: number;
  accounts: { key: string; id: number; created: boolean }[];
  /** The parts in order: their file in the journal and account. */
  parts: { file: string; key: string }[];
}

const MANIFEST = "manifest.json";
const APPLIED = "applied";

/** importSources, in short transactions; `journal` is a new folder only this import uses. */
export async function importSourcesInSteps(
  db: Kysely<DB>,
  workspaceId: number,
  paths: readonly string[],
  opts: ImportOptions,
  journal: string,
): Promise<ImportSummary> {
  await mkdir(journal, { recursive: true, mode: 0o700 });
  let manifest: JournalManifest;
  try {
    manifest = await readAndCheck(db, workspaceId, paths, opts, journal);
  } catch (err) {
    await rm(journal, { recursive: true, force: true });
    throw err;
  }
  const files = manifest.files;
  return applyJournal(db, journal, manifest, 0, (done, total) =>
    opts.onProgress?.(files + Math.floor((files * done) / total), 2 * files),
  );
}

/** Reads every part into the journal, then finds or creates the accounts and checks the comments' posts in one transaction. */
async function readAndCheck(
  db: Kysely<DB>,
  workspaceId: number,
  paths: readonly string[],
  opts: ImportOptions,
  journal: string,
): Promise<JournalManifest> {
  const plan = await planSources(paths);
  // Progress counts each file twice: once read, once written.
  const total = 2 * plan.totalFiles;
  let done = 0;
  opts.onProgress?.(0, total);
  const states = new Map<string, { state: AccountState; first: AccountData }>();
  const parts: JournalManifest["parts"] = [];
  for await (const part of readParts(plan, {
    account: opts.account ?? null,
    capturedAt: opts.capturedAt ?? null,
    now: opts.now,
    onFile: () => opts.onProgress?.(++done, total),
  })) {
    const key = formatAccountKey(part.account);
    let entry = states.get(key);
    if (!entry) {
      entry = { state: newAccountState(key), first: part };
      states.set(key, entry);
    }
    trackPosts(entry.state, part);
    const file = `part-${String(parts.length).padStart(6, "0")}.v8`;
    await writeFile(join(journal, file), serialize(part));
    parts.push({ file, key });
  }
  return db.transaction().execute(async (trx) => {
    for (const { state, first } of states.values()) {
      await openAccount(trx, workspaceId, state, first);
      await assertCommentPostsKnown(trx, state);
    }
    const manifest: JournalManifest = {
      workspaceId,
      files: plan.totalFiles,
      accounts: [...states.values()].map(({ state }) => ({
        key: state.summary.account,
        id: state.id,
        created: state.summary.created,
      })),
      parts,
    };
    // Written before the commit: a journal without a manifest is dropped on resume, so a
    // manifest must exist whenever the accounts do. (Should the commit fail, the manifest
    // goes with the journal below.)
    await writeJson(join(journal, MANIFEST), manifest);
    return manifest;
  });
}

/** Writes the journal's parts from step `from` on, then the accounts' counts, and removes the journal. */
async function applyJournal(
  db: Kysely<DB>,
  journal: string,
  manifest: JournalManifest,
  from: number,
  onStep: (done: number, total: number) => void,
): Promise<ImportSummary> {
  const ids = new Map(manifest.accounts.map((a) => [a.key, a.id]));
  const summaries = new Map(
    manifest.accounts.map((a) => [
      a.key,
      { account: a.key, created: a.created, posts: 0, comments: 0, followers: 0, snapshotAdded: false },
    ]),
  );
  const loaded: AccountData[] = [];
  for (const p of manifest.parts)
    loaded.push(deserialize(await readFile(join(journal, p.file))) as AccountData);
  const steps = loaded.flatMap((part, i) =>
    splitPart(part).map((step) => ({ step, key: manifest.parts[i]?.key ?? "" })),
  );
  try {
    for (let n = from; n < steps.length; n++) {
      const { step, key } = steps[n] as (typeof steps)[number];
      const summary = summaries.get(key);
      const id = ids.get(key);
      if (summary === undefined || id === undefined) throw new Error(`journal ${journal}: no account ${key}`);
      // Always upserts: another import of the account may run between two steps (and a
      // resumed step may have been stored just before the stop).
      const counts = await db.transaction().execute((trx) => saveAccountData(trx, id, step));
      await writeFile(join(journal, APPLIED), String(n + 1));
      addCounts(summary, counts);
      onStep(n + 1, steps.length);
    }
    await db.transaction().execute(async (trx) => {
      for (const a of manifest.accounts) await refreshCounts(trx, a.id, null);
    });
  } catch (err) {
    throw new ImportInterrupted(journal, err);
  }
  await rm(journal, { recursive: true, force: true });
  return { files: manifest.files, accounts: [...summaries.values()] };
}

/** A part as steps of at most STEP_ROWS rows each; the first carries the profile and the few small lists. */
export function splitPart(part: AccountData): AccountData[] {
  const bare: AccountData = {
    ...part,
    profile: null,
    usernames: [],
    posts: [],
    comments: [],
    followers: [],
    dailyCounts: [],
    demographics: [],
  };
  const steps: AccountData[] = [];
  if (part.profile || part.usernames.length || part.dailyCounts.length || part.demographics.length)
    steps.push({
      ...bare,
      profile: part.profile,
      usernames: part.usernames,
      dailyCounts: part.dailyCounts,
      demographics: part.demographics,
    });
  for (let i = 0; i < part.posts.length; i += STEP_ROWS)
    steps.push({ ...bare, posts: part.posts.slice(i, i + STEP_ROWS) });
  for (let i = 0; i < part.comments.length; i += STEP_ROWS)
    steps.push({ ...bare, comments: part.comments.slice(i, i + STEP_ROWS) });
  for (let i = 0; i < part.followers.length; i += STEP_ROWS)
    steps.push({ ...bare, followers: part.followers.slice(i, i + STEP_ROWS) });
  return steps;
}

async function writeJson(path: string, value: unknown) {
  await writeFile(`${path}.tmp`, JSON.stringify(value));
  await rename(`${path}.tmp`, path);
}

/** A new journal folder for one import into the data folder. */
export function newJournal(dataDir: string): string {
  return join(journalsFolder(dataDir), `${Date.now()}-${randomUUID()}`);
}

/**
 * Finishes the imports a stopped process left in the data folder (its owner calls this on
 * start, before anything else writes). A journal without a manifest stopped before any row
 * was stored, and goes; so does one whose accounts do not exist (stopped before its first
 * commit). Returns what each finished import stored in this run.
 */
export async function resumeImports(db: Kysely<DB>, dataDir: string): Promise<ImportSummary[]> {
  const root = journalsFolder(dataDir);
  let names: string[];
  try {
    names = (await readdir(root)).sort();
  } catch {
    return [];
  }
  const finished: ImportSummary[] = [];
  for (const name of names) {
    const journal = join(root, name);
    const manifest = await readFile(join(journal, MANIFEST), "utf8").then(
      (text) => JSON.parse(text) as JournalManifest,
      () => null,
    );
    const ids = manifest?.accounts.map((a) => a.id) ?? [];
    const found = ids.length
      ? await db.selectFrom("accounts").select("id").where("id", "in", ids).execute()
      : [];
    if (!manifest || found.length !== ids.length) {
      await rm(journal, { recursive: true, force: true });
      continue;
    }
    const applied = Number(await readFile(join(journal, APPLIED), "utf8").catch(() => "0")) || 0;
    finished.push(await applyJournal(db, journal, manifest, applied, () => {}));
  }
  return finished;
}
