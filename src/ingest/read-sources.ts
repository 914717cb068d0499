// Entry point of ingest: turns the paths a user names (files or folders, any
// supported format) into AccountData, one per account. Folders are read as
// Instaloader profile folders when they hold `*_UTC*.json[.xz]` files, else
// file by file.
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { VouchError } from "../core/errors.js";
import type { AccountData } from "../core/types.js";
import { assertUniqueIds, mergeAccounts } from "./account-data.js";
import { readCsv } from "./csv-file.js";
import { accountFromGraphql, looksLikePostNode } from "./graphql-json.js";
import type { ImportContext } from "./import-context.js";
import { instaloaderFiles, isInstaloaderFolder, readInstaloaderFolder } from "./instaloader-folder.js";
import { parseJson, readText } from "./read-text.js";
import { accountFromSnapshot, isSnapshot } from "./vouch-snapshot.js";

type Source = { kind: "instaloader"; dir: string; names: string[] } | { kind: "file"; path: string };

export interface SourcePlan {
  sources: Source[];
  /** Files that will be read, for progress reporting. */
  totalFiles: number;
}

const DATA_FILE = /\.(json|json\.xz|csv)$/i;

export async function planSources(paths: readonly string[]): Promise<SourcePlan> {
  const sources: Source[] = [];
  let totalFiles = 0;
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new VouchError("invalid_input", `${path}: no such file or folder`);
    });
    if (info.isDirectory()) {
      const names = (await readdir(path)).sort();
      if (isInstaloaderFolder(names)) {
        sources.push({ kind: "instaloader", dir: path, names });
        totalFiles += instaloaderFiles(names).length;
      } else {
        const files = names.filter((n) => DATA_FILE.test(n));
        if (files.length === 0)
          throw new VouchError(
            "invalid_input",
            `${path}: the folder holds no .json, .json.xz or .csv file to import`,
          );
        for (const n of files) sources.push({ kind: "file", path: join(path, n) });
        totalFiles += files.length;
      }
    } else {
      if (!DATA_FILE.test(path))
        throw new VouchError(
          "invalid_input",
          `${path}: unsupported file type; import .json, .json.xz, .csv or a folder`,
        );
      sources.push({ kind: "file", path });
      totalFiles++;
    }
  }
  return { sources, totalFiles };
}

/**
 * Reads the plan part by part, each part validated (ids unique within its file or
 * folder). Parts of one account may repeat: a caller stores them in turn, or
 * merges them with readSources.
 */
export async function* readParts(plan: SourcePlan, ctx: ImportContext): AsyncGenerator<AccountData> {
  for (const source of plan.sources) {
    if (source.kind === "instaloader") instagramOnly(ctx, basename(source.dir));
    if (source.kind === "instaloader") yield* readInstaloaderFolder(source.dir, source.names, ctx);
    else
      for (const part of await readFile(source.path, ctx)) yield assertUniqueIds(part, basename(source.path));
  }
}

/** Everything at once, one AccountData per account. */
export async function readSources(plan: SourcePlan, ctx: ImportContext): Promise<AccountData[]> {
  const parts: AccountData[] = [];
  for await (const part of readParts(plan, ctx)) parts.push(part);
  return mergeAccounts(parts);
}

/** Instagram's formats cannot belong to a YouTube or TikTok account named with --account. */
function instagramOnly(ctx: ImportContext, file: string) {
  if (ctx.account && ctx.account.platform !== "instagram")
    throw new VouchError(
      "invalid_input",
      `${file}: Instagram data cannot be imported as ${ctx.account.platform}:${ctx.account.username}`,
    );
}

async function readFile(path: string, ctx: ImportContext): Promise<AccountData[]> {
  const file = basename(path);
  const text = await readText(path);
  ctx.onFile?.(file);
  if (/\.csv$/i.test(path)) return readCsv(text, file, ctx);
  const value = parseJson(text, file);
  if (isSnapshot(value)) return [accountFromSnapshot(value, file)];
  const nodeType = (value as { instaloader?: { node_type?: unknown } } | null)?.instaloader?.node_type;
  if (nodeType !== undefined && nodeType !== "Post")
    throw new VouchError(
      "invalid_input",
      `${file}: an Instaloader ${String(nodeType)} file; only posts are imported from single files (import the whole folder for its profile)`,
    );
  instagramOnly(ctx, file);
  if (looksLikePostNode(value) || (Array.isArray(value) && value.length > 0 && looksLikePostNode(value[0])))
    return [accountFromGraphql(value, file, ctx.account)];
  throw new VouchError(
    "invalid_input",
    `${file}: not a format Vouch reads (expected a Vouch snapshot with "format": "vouch.snapshot/v1", or an Instagram post node with "shortcode"); an Instaloader _comments.json file is read with its whole folder`,
  );
}
