// The models' speed on files, as `vouch followers score` and `vouch comments classify`
// meet them: a synthetic 1,000,000-row follower sample CSV and a 100,000-row comments
// CSV (seeded, varied: real-looking, bot-like, mass followers, influencers, rows with
// only username summaries, empty cells, quoted texts with commas and line breaks) in a
// temporary folder. Medians of 5 runs (BENCH_RUNS) of
//   (a) reading + parsing each file (readFile + readFollowerSampleCsv / readCommentSampleCsv),
//   (b) scoring the parsed followers: scoreFollower on each + summariseFollowers (and,
//       to show where its time goes, the features alone),
//   (c) classifying the parsed comments: classifyComment on each;
// (b) and (c) exclude parsing and get one unmeasured warm-up run (JIT). Target for
// (b) and (c): ≤ 1 s each. Run: `npm run build && node dist/bench/score-models.js`.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { classifyComment } from "../core/comment-spam.js";
import { FEATURE_COUNT, writeFollowerFeatures } from "../core/follower-features.js";
import type { FollowerScore } from "../core/follower-input.js";
import { scoreFollower, summariseFollowers } from "../core/follower-model.js";
import { type CommentSampleRow, readCommentSampleCsv } from "../ingest/comment-sample-csv.js";
import { type FollowerSampleRow, readFollowerSampleCsv } from "../ingest/follower-sample-csv.js";
import { mulberry32 } from "../train/random.js";
import { median, ms } from "./bench-stats.js";
import { syntheticComments } from "./classify-comments.js";

const FOLLOWERS = 1_000_000;
const COMMENTS = 100_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 1000;

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** A CSV cell: quoted when it holds a comma, quote or line break. */
const csvCell = (v: string | number | boolean | null) => {
  const s = v === null ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

const WORDS =
  "anna ben carla dev emma finn gia hal iris jon kai lena milo nora omar pia quinn rosa sam tara bake hike trail coffee pixel studio daily travel vegan yoga".split(
    " ",
  );
const BIOS = [
  "Home baker, sourdough nerd",
  "Weekend hikes and snacks",
  'Photographer. "Light chaser"',
  "Mum of two\nrunner, reader",
  "Coffee first",
  "DM for collabs",
  "",
];

/** The follower sample CSV's text: FOLLOWERS rows from a fixed seed. */
export function syntheticFollowerCsv(count = FOLLOWERS, seed = 11): string {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  // Log-uniform: follower counts span orders of magnitude.
  const logInt = (lo: number, hi: number) => Math.floor(Math.exp(Math.log(lo) + rnd() * Math.log(hi / lo)));
  const maybe = <T>(v: T, unknown = 0.05) => (rnd() < unknown ? null : v);
  const lines = [
    "username,full_name,biography,bio_length,followers,following,posts,has_profile_pic,is_private,external_url,has_external_url,username_length,username_digit_count",
  ];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const r = rnd();
    let name: string;
    let fullName: string | null;
    let bio: string;
    let followers: number;
    let following: number;
    let posts: number;
    let pic: boolean;
    if (r < 0.55) {
      // real-looking
      name = `${pick(WORDS)}${pick(["_", ".", ""])}${pick(WORDS)}${rnd() < 0.3 ? int(1, 99) : ""}`;
      fullName = `${pick(WORDS)} ${pick(WORDS)}`;
      bio = pick(BIOS);
      followers = logInt(30, 5000);
      following = int(80, 1400);
      posts = int(3, 900);
      pic = rnd() < 0.95;
    } else if (r < 0.72) {
      // bot-like
      name = `${pick(WORDS).slice(0, 2)}_${int(10_000_000, 99_999_999)}`;
      fullName = rnd() < 0.7 ? null : pick(WORDS);
      bio = "";
      followers = int(0, 60);
      following = int(900, 7500);
      posts = int(0, 3);
      pic = rnd() < 0.3;
    } else if (r < 0.82) {
      // mass follower
      name = `${pick(WORDS)}_${pick(WORDS)}_${int(1, 999)}`;
      fullName = `${pick(WORDS)} ${pick(WORDS)}`;
      bio = pick(BIOS);
      followers = logInt(100, 3000);
      following = int(1600, 6000);
      posts = int(10, 400);
      pic = rnd() < 0.9;
    } else {
      // influencer
      name = `${pick(WORDS)}.${pick(WORDS)}.${pick(WORDS)}`;
      fullName = `${pick(WORDS)} ${pick(WORDS)}`;
      bio = pick(BIOS);
      followers = logInt(5001, 300_000);
      following = int(100, 1400);
      posts = int(100, 3000);
      pic = true;
    }
    // Usernames are unique in a sample: a suffix makes repeats unique.
    if (seen.has(name)) name = `${name}_${i}`;
    seen.add(name);
    const url = rnd() < 0.12 ? `https://${name.replaceAll(/[._]/g, "-")}.example` : null;
    let digits = 0;
    for (const ch of name) if (ch >= "0" && ch <= "9") digits++;
    // A sixth of the rows carry only summaries (as InstaFake-like sources do).
    const summaryOnly = rnd() < 1 / 6;
    lines.push(
      [
        summaryOnly ? null : name,
        summaryOnly ? null : fullName,
        summaryOnly ? null : bio,
        maybe(bio.length),
        maybe(followers),
        maybe(following),
        maybe(posts),
        maybe(pick(pic ? ["true", "1", "yes"] : ["false", "0", "no"])),
        maybe(rnd() < 0.25),
        summaryOnly ? null : url,
        maybe(url !== null),
        summaryOnly ? name.length : maybe(name.length),
        summaryOnly ? digits : maybe(digits),
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The comments CSV's text: the classifier benchmark's texts with ids, authors, times and posts. */
export function syntheticCommentCsv(count = COMMENTS, seed = 7): string {
  const texts = syntheticComments(count, seed);
  const rnd = mulberry32(seed + 1);
  const start = Date.parse("2026-09-01T00:00:00Z") / 1000;
  const lines = ["id,text,author,created_at,post_id"];
  texts.forEach((text, i) => {
    const t = start + Math.floor(rnd() * 60 * 86400);
    const createdAt = rnd() < 0.5 ? new Date(t * 1000).toISOString() : rnd() < 0.9 ? t : null;
    const author = rnd() < 0.95 ? `fan_${Math.floor(rnd() * 20_000)}` : null;
    lines.push([`c-${i + 1}`, text, author, createdAt, `p-${i % 50}`].map(csvCell).join(","));
  });
  return `${lines.join("\n")}\n`;
}

export async function benchScoreModels(): Promise<void> {
  console.log(
    `Machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}`,
  );
  const root = mkdtempSync(join(tmpdir(), "vouch-bench-models-"));
  try {
    const followersCsv = join(root, "followers.csv");
    const commentsCsv = join(root, "comments.csv");
    writeFileSync(followersCsv, syntheticFollowerCsv());
    writeFileSync(commentsCsv, syntheticCommentCsv());
    const mb = (p: string) => `${(statSync(p).size / 1e6).toFixed(1)} MB`;
    console.log(
      `Data: ${FOLLOWERS.toLocaleString("en-US")}-row follower sample CSV (${mb(followersCsv)}), ${COMMENTS.toLocaleString("en-US")}-row comments CSV (${mb(commentsCsv)}); medians of ${RUNS} runs\n`,
    );

    // (a) reading + parsing; the last run's rows are kept for (b) and (c).
    let followers: FollowerSampleRow[] = [];
    let comments: CommentSampleRow[] = [];
    const parseFollowers: number[] = [];
    const parseComments: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      followers = [];
      parseFollowers.push(
        time(() => {
          followers = readFollowerSampleCsv(readFileSync(followersCsv, "utf8"), "followers.csv");
        }),
      );
      comments = [];
      parseComments.push(
        time(() => {
          comments = readCommentSampleCsv(readFileSync(commentsCsv, "utf8"), "comments.csv");
        }),
      );
    }

    // (b) scoring, parsing excluded; only the inputs stay alive (a smaller heap to mark).
    const inputs = followers.map((r) => r.input);
    const texts = comments.map((c) => c.text);
    followers = [];
    comments = [];
    let summary = summariseFollowers([]);
    const score = () => {
      const scores: FollowerScore[] = new Array(inputs.length);
      for (let i = 0; i < inputs.length; i++)
        scores[i] = scoreFollower(inputs[i] as FollowerSampleRow["input"]);
      summary = summariseFollowers(scores);
    };
    score();
    const scoring: number[] = [];
    for (let i = 0; i < RUNS; i++) scoring.push(time(score));
    // Of which the features alone (where the strings are read), to see where the time goes.
    const buffer = new Float64Array(FEATURE_COUNT);
    const features = () => {
      for (const f of inputs) writeFollowerFeatures(f, buffer, 0);
    };
    features();
    const featuring: number[] = [];
    for (let i = 0; i < RUNS; i++) featuring.push(time(features));

    // (c) classifying, parsing excluded.
    const labels = { spam: 0, possible_spam: 0, generic: 0, ok: 0 };
    const classify = () => {
      labels.spam = labels.possible_spam = labels.generic = labels.ok = 0;
      for (const t of texts) labels[classifyComment(t).label]++;
    };
    classify();
    const classifying: number[] = [];
    for (let i = 0; i < RUNS; i++) classifying.push(time(classify));

    const verdict = (t: number) => `target ≤ 1 s: ${t <= TARGET_MS ? "met" : "MISSED"}`;
    const pct = (v: number | null) => (v === null ? "null" : `${(v * 100).toFixed(1)}%`);
    const b = median(scoring);
    const c = median(classifying);
    console.log(
      `(a) read + parse follower CSV (${inputs.length.toLocaleString("en-US")} rows)   ${ms(median(parseFollowers))}`,
    );
    console.log(
      `    read + parse comments CSV (${texts.length.toLocaleString("en-US")} rows)  ${ms(median(parseComments))}`,
    );
    console.log(
      `(b) score ${inputs.length.toLocaleString("en-US")} followers + summary        ${ms(b)}   ${verdict(b)}`,
    );
    console.log(`    of which the features alone (writeFollowerFeatures)   ${ms(median(featuring))}`);
    console.log(
      `(c) classify ${texts.length.toLocaleString("en-US")} comments               ${ms(c)}   ${verdict(c)}`,
    );
    console.log(
      `    followers: fake share ${pct(summary.fakeShare)} (${pct(summary.fakeShareLow)}–${pct(summary.fakeShareHigh)}), classes ${JSON.stringify(summary.classes)}, reachable ${summary.reachable.toLocaleString("en-US")} of ${summary.reachableKnown.toLocaleString("en-US")}`,
    );
    console.log(
      `    comments: spam ${labels.spam}, possible_spam ${labels.possible_spam}, generic ${labels.generic}, ok ${labels.ok}`,
    );
    console.log(
      `runs: a(followers) ${parseFollowers.map(ms).join(", ")} | a(comments) ${parseComments.map(ms).join(", ")}`,
    );
    console.log(
      `runs: b ${scoring.map(ms).join(", ")} | features ${featuring.map(ms).join(", ")} | c ${classifying.map(ms).join(", ")}`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchScoreModels();
