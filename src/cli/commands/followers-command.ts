// `vouch followers score <csv>`: run the follower-authenticity model over a follower
// sample CSV and print the estimated fake share, HypeAuditor's classes, the reachable
// share and the accounts most likely fake. No database: the sample is scored, not stored.
import { basename } from "node:path";
import type { Command } from "commander";
import type { FollowerClass, FollowerScore } from "../../core/follower-input.js";
import type { FollowerSampleSummary } from "../../core/follower-model.js";
import type { FollowerSampleRow } from "../../ingest/follower-sample-csv.js";
import { num, pct, truncate, wrapWords } from "../format.js";
import type { CliIo } from "../io.js";
import { statusLine } from "../progress.js";

/** Probabilities and shares in the output: 4 decimals are plenty for a sample estimate. */
export const round4 = (v: number) => Math.round(v * 1e4) / 1e4;
const round4OrNull = (v: number | null) => (v === null ? null : round4(v));

/** Each class: its name in the report, one follower of it, and what it means. */
const CLASS_LABELS: Record<FollowerClass, [string, string, string]> = {
  mass_follower: [
    "mass followers",
    "mass follower",
    "follow more than 1,500 accounts: they see little of what they follow",
  ],
  influencer: ["influencers", "influencer", "over 5,000 followers and follow fewer than 1,500"],
  suspicious: ["suspicious", "suspicious", "the model says likely fake (bot, bought or inactive)"],
  real: ["real", "real", "none of the above"],
};
const EXAMPLES = 10;

export function registerFollowers(program: Command, io: CliIo) {
  const followers = program
    .command("followers")
    .description("score a sample of an account's followers (no database needed)");
  followers
    .command("score")
    .description("estimate the share of fake followers in a follower sample CSV")
    .argument("<csv>", "follower sample CSV (docs/formats.md, Follower sample CSV)")
    .option("--json", "print every follower's score and the summary as JSON (docs/cli.md)")
    .action(async (path: string, o: { json?: boolean }) => {
      // Loaded on use: the model's weights and the CSV parser are not needed by other commands.
      const [{ readText }, { readFollowerSampleCsv }, model] = await Promise.all([
        import("../../ingest/read-text.js"),
        import("../../ingest/follower-sample-csv.js"),
        import("../../core/follower-model.js"),
      ]);
      const file = basename(path);
      const text = await readText(path, file);
      // Only large files take long enough to need a word while they are parsed.
      const large = text.length >= 5_000_000;
      statusLine(io, !large, `Parsing ${file} (${num(text.length / 1e6, 1)} million characters)…`);
      const rows = readFollowerSampleCsv(text, file);
      statusLine(io, !large, `Scoring ${num(rows.length)} followers…`);
      const scores = rows.map((r) => model.scoreFollower(r.input));
      const summary = model.summariseFollowers(scores);
      if (o.json)
        return io.stdout(
          `${JSON.stringify(followersJson(rows, scores, summary, model.FOLLOWER_MODEL_VERSION, model.FOLLOWER_THRESHOLD), null, 2)}\n`,
        );
      io.stdout(
        formatFollowerScores(rows, scores, summary, {
          file,
          version: model.FOLLOWER_MODEL_VERSION,
          threshold: model.FOLLOWER_THRESHOLD,
          minSample: model.MIN_FOLLOWER_SAMPLE,
          intervalNote: model.fakeShareIntervalNote(),
        }),
      );
    });
}

/** The documented --json shape (docs/cli.md, "followers score --json"). */
export function followersJson(
  rows: readonly FollowerSampleRow[],
  scores: readonly FollowerScore[],
  s: FollowerSampleSummary,
  version: string,
  threshold: number,
) {
  return {
    model: { version, threshold },
    followers: rows.map((r, i) => {
      const score = scores[i] as FollowerScore;
      return {
        row: r.row,
        username: r.username,
        pFake: round4(score.pFake),
        fake: score.fake,
        class: score.class,
        reachable: score.reachable,
      };
    }),
    summary: {
      n: s.n,
      fakeShare: round4OrNull(s.fakeShare),
      fakeShareLow: round4OrNull(s.fakeShareLow),
      fakeShareHigh: round4OrNull(s.fakeShareHigh),
      classes: s.classes,
      reachable: s.reachable,
      reachableKnown: s.reachableKnown,
      notEnoughData: s.notEnoughData,
    },
  };
}

export function formatFollowerScores(
  rows: readonly FollowerSampleRow[],
  scores: readonly FollowerScore[],
  s: FollowerSampleSummary,
  m: { file: string; version: string; threshold: number; minSample: number; intervalNote: string },
): string {
  const out: string[] = [];
  const line = (label: string, value: string, note = "") =>
    out.push(`  ${label.padEnd(22)}${value}${note ? `   ${note}` : ""}`);
  const share = (k: number, of: number) => (of === 0 ? "" : pct(k / of, 1));

  out.push(`${num(s.n)} followers scored from ${m.file} with model ${m.version}`, "");
  if (s.fakeShare === null)
    line(
      "Estimated fake share",
      "not enough data",
      `${num(s.n)} follower(s) scored; the estimate needs a sample of at least ${num(m.minSample)} (the counts below are exact)`,
    );
  else {
    line(
      "Estimated fake share",
      pct(s.fakeShare, 1),
      `95% interval ${pct(s.fakeShareLow, 1).replace("%", "")}–${pct(s.fakeShareHigh, 1)}`,
    );
    out.push(
      `  ${"".padEnd(22)}the model flagged ${pct(s.flaggedShare, 1)}; the estimate corrects that for the model's known error rates`,
      ...wrapWords(m.intervalNote, 76).map((l) => `  ${"".padEnd(22)}${l}`),
    );
  }
  line(
    "Reachable",
    s.reachableKnown === 0 ? "not enough data" : pct(s.reachable / s.reachableKnown, 1),
    s.reachableKnown === 0
      ? "no follower's following count is known"
      : `${num(s.reachable)} of ${num(s.reachableKnown)} followers with a known following count follow fewer than 1,500 accounts`,
  );

  out.push("", "CLASSES (HypeAuditor's, assigned in this order)");
  for (const [cls, [label, , meaning]] of Object.entries(CLASS_LABELS) as [
    FollowerClass,
    [string, string, string],
  ][])
    out.push(
      `  ${label.padEnd(16)}${num(s.classes[cls]).padStart(9)}  ${share(s.classes[cls], s.n).padStart(6)}   ${meaning}`,
    );

  const flagged: number[] = [];
  scores.forEach((sc, i) => {
    if (sc.fake) flagged.push(i);
  });
  const top = mostLikelyFake(scores, flagged, EXAMPLES);
  out.push(
    "",
    flagged.length === 0
      ? `MOST LIKELY FAKE: none; no follower reaches the model's threshold (pFake ≥ ${m.threshold.toFixed(2)})`
      : `MOST LIKELY FAKE (${num(top.length)} of ${num(flagged.length)} flagged with pFake ≥ ${m.threshold.toFixed(2)}, any class, highest first)`,
  );
  if (top.length > 0) {
    out.push(`  ${"row".padStart(7)}  ${"username".padEnd(30)}  pFake  class`);
    for (const i of top) {
      const r = rows[i] as FollowerSampleRow;
      const sc = scores[i] as FollowerScore;
      out.push(
        `  ${String(r.row).padStart(7)}  ${truncate(r.username ?? "(no username)", 30).padEnd(30)}  ${sc.pFake.toFixed(2).padStart(5)}  ${CLASS_LABELS[sc.class][1]}`,
      );
    }
  }
  out.push(
    "",
    "pFake is the model's probability that an account is fake. The fake share is for the sample; it",
    "describes the whole audience only when the sample was drawn at random from it.",
  );
  return `${out.join("\n")}\n`;
}

/** Indexes of the `k` highest pFake among `candidates`, highest first (ties: earlier row first). */
function mostLikelyFake(
  scores: readonly FollowerScore[],
  candidates: readonly number[],
  k: number,
): number[] {
  const p = (i: number) => (scores[i] as FollowerScore).pFake;
  const top: number[] = [];
  for (const i of candidates) {
    if (top.length === k && p(i) <= p(top[k - 1] as number)) continue;
    let at = top.length;
    while (at > 0 && p(top[at - 1] as number) < p(i)) at--;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}
