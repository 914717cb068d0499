// Entry point of ingest: turns the paths a user names (files or folders, any
// supported format) into AccountData, one per account. Folders are read as
// Instaloader profile folders when they hold `*_UTC*.json[.xz]` files, else
// file by file. A file is read by its extension (.json, .json.xz, .csv); where the
// extension says nothing (none, or one like `.info`), by its content (sniff-content.ts):
// a file named on its own is refused, naming it, when the content is no format Vouch
// reads; in a folder such a file is left aside, as photos and notes are.
import { open, readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { VouchError } from "../core/errors.js";
import type { AccountData } from "../core/types.js";
import { assertUniqueIds, mergeAccounts } from "./account-data.js";
import { readCsv } from "./csv-file.js";
import { accountFromGraphql, looksLikePostNode } from "./graphql-json.js";
import type { ImportContext } from "./import-context.js";
import { instaloaderFiles, isInstaloaderFolder, readInstaloaderFolder } from "./instaloader-folder.js";
import { parseJson, readText } from "./read-text.js";
import { isSniffedKind, type SniffedKind, sniffContent, type UnknownContent } from "./sniff-content.js";
import { accountFromSnapshot, isSnapshot } from "./vouch-snapshot.js";

/** How a file is read: by its extension, or as its content showed. */
type FileFormat = SniffedKind;

type Source =
  | { kind: "instaloader"; dir: string; names: string[] }
  | { kind: "file"; path: string; format: FileFormat };

export interface SourcePlan {
  sources: Source[];
  /** Files that will be read, for progress reporting. */
  totalFiles: number;
}

const DATA_FILE = /\.(json|json\.xz|csv)$/i;
/** Extensions that say what a file is, and it is no data file: left aside in a folder unread. */
const NOT_DATA = /\.(jpe?g|png|webp|gif|heic|mp4|mov|m4a|mp3|txt|md|pdf|zip|html?)$/i;
/** Bytes read to recognise a file by its content. */
const SNIFF_BYTES = 4096;

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
        const files: Source[] = [];
        for (const n of names) {
          const file = join(path, n);
          if (DATA_FILE.test(n)) files.push({ kind: "file", path: file, format: formatByName(n) });
          else if (!n.startsWith(".") && !NOT_DATA.test(n) && (await stat(file)).isFile()) {
            const sniffed = await sniffFile(file);
            if (isSniffedKind(sniffed)) files.push({ kind: "file", path: file, format: sniffed });
          }
        }
        if (files.length === 0)
          throw new VouchError(
            "invalid_input",
            `${path}: the folder holds no file to import (.json, .json.xz, .csv, or JSON or CSV under another name)`,
          );
        sources.push(...files);
        totalFiles += files.length;
      }
    } else {
      sources.push({
        kind: "file",
        path,
        format: DATA_FILE.test(path) ? formatByName(path) : await sniffed(path),
      });
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
      for (const part of await readFile(source.path, source.format, ctx))
        yield assertUniqueIds(part, basename(source.path));
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

function formatByName(name: string): FileFormat {
  return /\.csv$/i.test(name) ? "csv" : /\.xz$/i.test(name) ? "json.xz" : "json";
}

/** The first bytes of a file, as sniffContent reads them. */
async function sniffFile(path: string): Promise<SniffedKind | UnknownContent> {
  const handle = await open(path, "r").catch((err: NodeJS.ErrnoException) => {
    throw new VouchError("invalid_input", `${path}: cannot be read (${err.code ?? err.message})`);
  });
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return sniffContent(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

const UNKNOWN_WORDS: Record<UnknownContent, string> = {
  zip: "a zip archive (unpack it, or upload it named .zip)",
  binary: "binary data, not text",
  text: "text that is neither JSON nor CSV with a header Vouch knows",
};

/** A file named on its own whose extension says nothing: its format by content, or a refusal naming it. */
async function sniffed(path: string): Promise<FileFormat> {
  const kind = await sniffFile(path);
  if (isSniffedKind(kind)) return kind;
  throw new VouchError(
    "invalid_input",
    `${path}: unsupported file type: its name does not say what it holds and its content is ${UNKNOWN_WORDS[kind]}; import a Vouch snapshot or Instagram post JSON, CSV, .json.xz, or a folder`,
    { file: basename(path) },
  );
}

async function readFile(path: string, format: FileFormat, ctx: ImportContext): Promise<AccountData[]> {
  const file = basename(path);
  const text = await readText(path, file, format === "json.xz");
  ctx.onFile?.(file);
  if (format === "csv") return readCsv(text, file, ctx);
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
