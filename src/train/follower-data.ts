// Reads the three labelled follower sets in ../shared/datasets/followers into one
// table of feature rows. Each source keeps only the fields it has: the rest stay
// unknown (NaN), never zero (datasets README, docs/models/follower-authenticity.md).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { FEATURE_COUNT, FOLLOWER_FEATURES, writeFollowerFeatures } from "../core/follower-features.js";
import type { FollowerInput } from "../core/follower-input.js";

export const FOLLOWER_SOURCES = ["srf", "instafake", "kaggle"] as const;
export type FollowerSource = (typeof FOLLOWER_SOURCES)[number];

export interface FollowerRows {
  x: Float64Array;
  y: Uint8Array;
  source: FollowerSource[];
  /** File and 1-based record number of each row, for error messages and the card. */
  origin: string[];
}

function fail(file: string, record: number, field: string, message: string): never {
  throw new Error(`${file}: record ${record}, field ${field}: ${message}`);
}

function num(file: string, record: number, field: string, v: unknown): number {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : Number.NaN;
  if (!Number.isFinite(n)) fail(file, record, field, `expected a number, got ${JSON.stringify(v)}`);
  return n;
}

function bool(file: string, record: number, field: string, v: unknown): boolean {
  const s = String(v).trim().toLowerCase();
  if (s === "true" || s === "1") return true;
  if (s === "false" || s === "0") return false;
  return fail(file, record, field, `expected TRUE/FALSE or 1/0, got ${JSON.stringify(v)}`);
}

export async function readFollowerRows(datasetsDir: string): Promise<FollowerRows> {
  const rows: {
    input: FollowerInput;
    extra?: Partial<Record<(typeof FOLLOWER_FEATURES)[number], number>>;
    y: number;
    source: FollowerSource;
    origin: string;
  }[] = [];
  const dir = path.join(datasetsDir, "followers");

  const srfFile = "srf-train.csv";
  const srf: Record<string, string>[] = parse(await readFile(path.join(dir, srfFile), "utf8"), {
    columns: true,
    bom: true,
  });
  srf.forEach((r, i) => {
    const rec = i + 1;
    rows.push({
      source: "srf",
      origin: `${srfFile}#${rec}`,
      y: bool(srfFile, rec, "rating", r.rating) ? 1 : 0,
      input: {
        username: r.Username ?? fail(srfFile, rec, "Username", "missing"),
        posts: num(srfFile, rec, "Number.of.posts", r["Number.of.posts"]),
        following: num(srfFile, rec, "Number.of.people.they.follow", r["Number.of.people.they.follow"]),
        followers: num(srfFile, rec, "Number.of.followers", r["Number.of.followers"]),
        hasProfilePic: bool(srfFile, rec, "has_profile_picture", r.has_profile_picture),
        isPrivate: bool(srfFile, rec, "Private.account", r["Private.account"]),
      },
    });
  });

  for (const file of ["instafake-fakeAccountData.json", "instafake-realAccountData.json"]) {
    const list = JSON.parse(await readFile(path.join(dir, file), "utf8")) as Record<string, unknown>[];
    list.forEach((r, i) => {
      const rec = i + 1;
      rows.push({
        source: "instafake",
        origin: `${file}#${rec}`,
        y: num(file, rec, "isFake", r.isFake) === 1 ? 1 : 0,
        input: {
          followers: num(file, rec, "userFollowerCount", r.userFollowerCount),
          following: num(file, rec, "userFollowingCount", r.userFollowingCount),
          bioLength: num(file, rec, "userBiographyLength", r.userBiographyLength),
          posts: num(file, rec, "userMediaCount", r.userMediaCount),
          hasProfilePic: num(file, rec, "userHasProfilPic", r.userHasProfilPic) === 1,
          isPrivate: num(file, rec, "userIsPrivate", r.userIsPrivate) === 1,
          usernameDigitCount: num(file, rec, "usernameDigitCount", r.usernameDigitCount),
          usernameLength: num(file, rec, "usernameLength", r.usernameLength),
        },
      });
    });
  }

  const kaggleFile = "kaggle-train.csv";
  const kaggle: Record<string, string>[] = parse(await readFile(path.join(dir, kaggleFile), "utf8"), {
    columns: true,
    bom: true,
  });
  kaggle.forEach((r, i) => {
    const rec = i + 1;
    const n = (field: string) => num(kaggleFile, rec, field, r[field]);
    rows.push({
      source: "kaggle",
      origin: `${kaggleFile}#${rec}`,
      y: n("fake") === 1 ? 1 : 0,
      input: {
        hasProfilePic: n("profile pic") === 1,
        bioLength: n("description length"),
        hasExternalUrl: n("external URL") === 1,
        isPrivate: n("private") === 1,
        posts: n("#posts"),
        followers: n("#followers"),
        following: n("#follows"),
      },
      // Kaggle gives only ratios and flags of the names, not the names themselves.
      extra: {
        username_digit_share: n("nums/length username"),
        full_name_words: n("fullname words"),
        full_name_digit_share: n("nums/length fullname"),
        full_name_is_username: n("name==username"),
      },
    });
  });

  const x = new Float64Array(rows.length * FEATURE_COUNT);
  rows.forEach((r, i) => {
    writeFollowerFeatures(r.input, x, i * FEATURE_COUNT);
    for (const [name, v] of Object.entries(r.extra ?? {}))
      x[i * FEATURE_COUNT + FOLLOWER_FEATURES.indexOf(name as (typeof FOLLOWER_FEATURES)[number])] = v;
  });
  return {
    x,
    y: Uint8Array.from(rows.map((r) => r.y)),
    source: rows.map((r) => r.source),
    origin: rows.map((r) => r.origin),
  };
}
