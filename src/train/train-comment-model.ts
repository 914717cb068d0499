// Trains the comment spam model on the UCI YouTube Spam Collection (three videos in
// ../shared/datasets/comments) and measures it honestly: every figure in the report
// comes from predictions on comments the scoring model never saw, and so does the
// threshold. Pure apart from reading the three CSV files; deterministic (one seed).
//
//   1. Clean (YouTube's HTML entities and tags), deduplicate by normalised text.
//   2. Stratified 5-fold CV over all videos → out-of-fold logits → Platt calibration
//      and the threshold (the middle of the thresholds within 0.01 of the best
//      out-of-fold MCC: chooseThreshold).
//   3. Leave one video out: train on two videos (their own inner 5-fold CV picks the
//      calibration and threshold), test on the third.
//   4. The shipped model: trained on every comment, calibrated and thresholded as in 2.
// The model: L2-regularised logistic regression on the features of
// src/core/comment-spam-features.ts (logistic-regression.ts); the card says why.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { type CommentModelWeights, commentFeatures, featureScale } from "../core/comment-spam-features.js";
import { SPAM_RULE_NAMES, type SpamRuleName, spamRules } from "../core/spam-rules.js";
import {
  fitLogistic,
  fitPlatt,
  type Platt,
  rowScore,
  type SparseRow,
  sigmoid,
} from "./logistic-regression.js";
import {
  auc,
  brier,
  type CalibrationBin,
  type Confusion,
  calibrationTable,
  confusion,
  mcc,
  precision,
} from "./metrics.js";
import { mulberry32, stratifiedFolds } from "./random.js";

export type { CommentModelWeights };

/** The three videos we train on; the collection's other two are held out (datasets README). */
export const COMMENT_FILES = [
  { file: "youtube-spam-01-9bZkp7q19f0.csv", video: "Psy – Gangnam Style (01)" },
  { file: "youtube-spam-04-CevxZvSJLk8.csv", video: "Katy Perry – Roar (04)" },
  { file: "youtube-spam-07-KQ6zr6kCPj8.csv", video: "LMFAO – Party Rock Anthem (07)" },
] as const;

export interface CommentTrainingOptions {
  seed: number;
  /** L2 penalty λ on the summed log-loss (bias not penalised). */
  lambda: number;
  /** A feature is kept when it occurs in at least this many training comments. */
  minCount: number;
  /**
   * λ is multiplied by this for a single word (not for stems, pairs or hand features):
   * a lone word such as "please", "me" or "channel" must earn its weight more than the
   * phrase it comes in ("my channel"), so friendly comments that share the word lean less
   * on it.
   */
  wordPenalty: number;
  /** λ is multiplied by this for a pair of adjacent words (below 1: phrases may weigh more). */
  pairPenalty: number;
  folds: number;
}

export const COMMENT_TRAINING_DEFAULTS: CommentTrainingOptions = {
  seed: 20240611,
  lambda: 0.1,
  minCount: 2,
  wordPenalty: 3,
  pairPenalty: 1,
  folds: 5,
};

export interface CommentMetrics {
  n: number;
  spam: number;
  auc: number;
  mcc: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  brier: number;
  confusion: Confusion;
}

export interface CommentModelReport {
  options: CommentTrainingOptions;
  files: { file: string; video: string; rows: number; spam: number }[];
  dedup: {
    rows: number;
    emptyDropped: number;
    duplicatesDropped: number;
    duplicatesSameFile: number;
    duplicatesAcrossFiles: number;
    /** Texts whose copies carry both labels; all their copies are dropped. */
    conflictingTexts: number;
    kept: number;
    spam: number;
  };
  features: { candidates: number; kept: number; shipped: number };
  cv: { folds: CommentMetrics[]; pooled: CommentMetrics; platt: Platt };
  calibration: { bins: CalibrationBin[]; brier: number; how: string };
  threshold: { value: number; how: string };
  lovo: {
    video: string;
    trainRows: number;
    threshold: number;
    model: CommentMetrics;
    /** Rules or model, as the shipped classifier labels spam. */
    withRules: CommentMetrics;
  }[];
  rules: { rule: SpamRuleName; spamHits: number; okHits: number }[];
  iterations: number;
}

export interface CommentRow {
  video: number;
  text: string;
  y: number;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

/**
 * The comment as its author typed it: YouTube's export carries HTML (`<br />`, links as
 * `<a href=…>visible text</a>`, entities) and a trailing U+FEFF. A link keeps its visible
 * text (usually the URL itself; "2:19" for a time stamp), as an Instagram comment would.
 */
export function cleanYouTubeText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e] ?? "")
    .replaceAll("\ufeff", "")
    .trim();
}

/** The duplicate key: lower case, whitespace collapsed. */
export function dedupKey(cleaned: string): string {
  return cleaned.toLowerCase().replace(/\s+/g, " ").trim();
}

async function readRows(
  datasetsDir: string,
): Promise<{ rows: CommentRow[]; files: CommentModelReport["files"]; dedup: CommentModelReport["dedup"] }> {
  const all: (CommentRow & { key: string })[] = [];
  const files: CommentModelReport["files"] = [];
  let emptyDropped = 0;
  for (const [video, f] of COMMENT_FILES.entries()) {
    const text = await readFile(join(datasetsDir, "comments", f.file), "utf8");
    const records = parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<
      string,
      string
    >[];
    let spam = 0;
    for (const [i, r] of records.entries()) {
      const y = Number(r.CLASS);
      if (r.CONTENT === undefined || (y !== 0 && y !== 1))
        throw new Error(`${f.file}: record ${i + 1}: expected CONTENT and CLASS 0 or 1`);
      spam += y;
      const cleaned = cleanYouTubeText(r.CONTENT);
      if (cleaned === "") emptyDropped++;
      else all.push({ video, text: cleaned, y, key: dedupKey(cleaned) });
    }
    files.push({ file: f.file, video: f.video, rows: records.length, spam });
  }
  // First occurrence wins (files in order, rows in file order); a text seen with both labels is dropped.
  const first = new Map<string, CommentRow & { key: string }>();
  const labels = new Map<string, Set<number>>();
  let sameFile = 0;
  let acrossFiles = 0;
  for (const r of all) {
    const seen = first.get(r.key);
    if (seen) r.video === seen.video ? sameFile++ : acrossFiles++;
    else first.set(r.key, r);
    labels.set(r.key, (labels.get(r.key) ?? new Set()).add(r.y));
  }
  const conflicting = new Set([...labels].filter(([, ys]) => ys.size > 1).map(([k]) => k));
  const rows = [...first.values()]
    .filter((r) => !conflicting.has(r.key))
    .map(({ video, text, y }) => ({ video, text, y }));
  return {
    rows,
    files,
    dedup: {
      rows: files.reduce((s, f) => s + f.rows, 0),
      emptyDropped,
      duplicatesDropped: sameFile + acrossFiles,
      duplicatesSameFile: sameFile,
      duplicatesAcrossFiles: acrossFiles,
      conflictingTexts: conflicting.size,
      kept: rows.length,
      spam: rows.reduce((s, r) => s + r.y, 0),
    },
  };
}

/** A model trained on some rows: its vocabulary (sorted keys), weights and bias. */
interface Fitted {
  vocab: Map<string, number>;
  w: Float64Array;
  bias: number;
  iterations: number;
}

function trainOn(
  feats: readonly string[][],
  y: readonly number[],
  subset: readonly number[],
  o: CommentTrainingOptions,
): Fitted {
  const count = new Map<string, number>();
  for (const i of subset) for (const k of feats[i] as string[]) count.set(k, (count.get(k) ?? 0) + 1);
  const keys = [...count].filter(([, c]) => c >= o.minCount).map(([k]) => k);
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const vocab = new Map(keys.map((k, j) => [k, j]));
  const rows = subset.map((i) => encode(feats[i] as string[], vocab));
  const m = fitLogistic(
    rows,
    subset.map((i) => y[i] as number),
    keys.length,
    o.lambda,
    subset.map((i) => featureScale((feats[i] as string[]).length)),
    keys.map((k) => penaltyOf(k, o)),
  );
  return { vocab, w: m.w, bias: m.bias, iterations: m.iterations };
}

/** λ's multiplier for a feature key by its kind: hand (#…) and stem (…~) 1, pair (with a space), word. */
function penaltyOf(k: string, o: CommentTrainingOptions): number {
  if (k.startsWith("#") || k.endsWith("~")) return 1;
  return k.includes(" ") ? o.pairPenalty : o.wordPenalty;
}

function encode(keys: readonly string[], vocab: Map<string, number>): SparseRow {
  const idx: number[] = [];
  for (const k of keys) {
    const j = vocab.get(k);
    if (j !== undefined) idx.push(j);
  }
  return Int32Array.from(idx);
}

function score(m: Fitted, keys: readonly string[]): number {
  return rowScore(encode(keys, m.vocab), m.w, m.bias, featureScale(keys.length));
}

/** Out-of-fold logits for `subset` (k stratified folds) and each row's fold. */
function outOfFold(
  feats: readonly string[][],
  y: readonly number[],
  subset: readonly number[],
  o: CommentTrainingOptions,
  rnd: () => number,
): { z: number[]; fold: number[]; iterations: number } {
  const fold = stratifiedFolds(
    subset.map((i) => y[i] as number),
    o.folds,
    rnd,
  );
  const z = new Array<number>(subset.length).fill(0);
  let iterations = 0;
  for (let f = 0; f < o.folds; f++) {
    const train = subset.filter((_, j) => fold[j] !== f);
    const m = trainOn(feats, y, train, o);
    iterations += m.iterations;
    subset.forEach((i, j) => {
      if (fold[j] === f) z[j] = score(m, feats[i] as string[]);
    });
  }
  return { z, fold, iterations };
}

const calibrate = (p: Platt, z: number) => sigmoid(p.scale * z + p.shift);

/** How far below the best MCC a threshold may be and still count as equally good. */
export const MCC_TOLERANCE = 0.01;

/**
 * The threshold on calibrated probabilities, from out-of-fold predictions `p`: of the
 * thresholds 0.01, 0.02, …, 0.99, those whose MCC is within MCC_TOLERANCE of the best,
 * and of these the middle of their range (rounded to 0.01). MCC is flat near its
 * maximum, so the single best threshold is mostly noise of the fold split; the middle
 * of the near-best range moved less between splits and did better on the left-out video.
 */
export function chooseThreshold(p: readonly number[], y: readonly number[]): number {
  const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
  const scores = grid.map((t) => mcc(confusion(p, y, t)));
  const best = Math.max(...scores);
  const good = grid.filter((_, i) => (scores[i] as number) >= best - MCC_TOLERANCE);
  return Math.round((((good[0] as number) + (good[good.length - 1] as number)) / 2) * 100) / 100;
}

export function metricsAt(p: readonly number[], y: readonly number[], t: number): CommentMetrics {
  return metricsOf(confusion(p, y, t), p, y);
}

function metricsOf(c: Confusion, p: readonly number[], y: readonly number[]): CommentMetrics {
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const prec = precision(c);
  return {
    n: y.length,
    spam: c.tp + c.fn,
    auc: auc(p, y),
    mcc: mcc(c),
    precision: prec,
    recall,
    f1: prec + recall === 0 ? 0 : (2 * prec * recall) / (prec + recall),
    accuracy: (c.tp + c.tn) / y.length,
    brier: brier(p, y),
    confusion: c,
  };
}

/** Calibration, threshold and test-set figures for one train/test split, from the train rows' own inner CV. */
function evaluateSplit(
  feats: readonly string[][],
  y: readonly number[],
  train: readonly number[],
  test: readonly number[],
  o: CommentTrainingOptions,
  rnd: () => number,
): { p: number[]; threshold: number; iterations: number } {
  const inner = outOfFold(feats, y, train, o, rnd);
  const ty = train.map((i) => y[i] as number);
  const platt = fitPlatt(inner.z, ty);
  const threshold = chooseThreshold(
    inner.z.map((z) => calibrate(platt, z)),
    ty,
  );
  const m = trainOn(feats, y, train, o);
  return {
    p: test.map((i) => calibrate(platt, score(m, feats[i] as string[]))),
    threshold,
    iterations: inner.iterations + m.iterations,
  };
}

/** Five significant digits: enough for the figures, and the same text on every machine. */
export const round5 = (x: number) => Number(x.toPrecision(5));

export async function trainCommentModel(
  datasetsDir: string,
  options: Partial<CommentTrainingOptions> = {},
): Promise<{ model: CommentModelWeights; report: CommentModelReport }> {
  const o = { ...COMMENT_TRAINING_DEFAULTS, ...options };
  const { rows, files, dedup } = await readRows(datasetsDir);
  const feats = rows.map((r) => commentFeatures(r.text));
  const y = rows.map((r) => r.y);
  const ruleHits = rows.map((r) => spamRules(r.text));
  const everyRow = rows.map((_, i) => i);
  const rnd = mulberry32(o.seed);
  let iterations = 0;

  // 5-fold CV over every comment: the source of the calibration, the threshold and the CV table.
  const cvRun = outOfFold(feats, y, everyRow, o, rnd);
  iterations += cvRun.iterations;
  const platt = fitPlatt(cvRun.z, y);
  const oofP = cvRun.z.map((z) => calibrate(platt, z));
  const threshold = chooseThreshold(oofP, y);
  // The reliability table and Brier score use cross-fitted calibration: each fold's
  // probabilities come from a Platt fit on the other folds' logits only.
  const crossP = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < o.folds; f++) {
    const others = everyRow.filter((i) => cvRun.fold[i] !== f);
    const pf = fitPlatt(
      others.map((i) => cvRun.z[i] as number),
      others.map((i) => y[i] as number),
    );
    for (const i of everyRow) if (cvRun.fold[i] === f) crossP[i] = calibrate(pf, cvRun.z[i] as number);
  }
  const foldMetrics = Array.from({ length: o.folds }, (_, f) => {
    const idx = everyRow.filter((i) => cvRun.fold[i] === f);
    return metricsAt(
      idx.map((i) => oofP[i] as number),
      idx.map((i) => y[i] as number),
      threshold,
    );
  });

  // Leave one video out.
  const lovo = COMMENT_FILES.map((f, v) => {
    const train = everyRow.filter((i) => rows[i]?.video !== v);
    const test = everyRow.filter((i) => rows[i]?.video === v);
    const split = evaluateSplit(feats, y, train, test, o, rnd);
    iterations += split.iterations;
    const ty = test.map((i) => y[i] as number);
    const withRules = test.map((i, j) => ((ruleHits[i]?.length ?? 0) > 0 ? 1 : (split.p[j] as number)));
    return {
      video: f.video,
      trainRows: train.length,
      threshold: split.threshold,
      model: metricsAt(split.p, ty, split.threshold),
      withRules: metricsOf(confusion(withRules, ty, split.threshold), split.p, ty),
    };
  });

  // The shipped model: every comment, calibration folded into the weights.
  const final = trainOn(feats, y, everyRow, o);
  iterations += final.iterations;
  const weights: Record<string, number> = {};
  for (const [k, j] of final.vocab) {
    const w = round5(platt.scale * (final.w[j] as number));
    if (w !== 0) weights[k] = w;
  }
  const model: CommentModelWeights = {
    format: "comment-spam-v1",
    hash: "",
    trainedOn: `UCI YouTube Spam Collection (Alberto, Lochter & Almeida 2015, CC BY 4.0): ${files
      .map((f) => f.file)
      .join(", ")}; ${dedup.kept} unique comments, ${dedup.spam} spam`,
    threshold,
    bias: round5(platt.scale * final.bias + platt.shift),
    weights,
  };

  const report: CommentModelReport = {
    options: o,
    files,
    dedup,
    features: {
      candidates: new Set(feats.flat()).size,
      kept: final.vocab.size,
      shipped: Object.keys(weights).length,
    },
    cv: { folds: foldMetrics, pooled: metricsAt(oofP, y, threshold), platt },
    calibration: {
      bins: calibrationTable(crossP, y, 10),
      brier: brier(crossP, y),
      how: "cross-fitted: each fold's out-of-fold logits calibrated by a Platt fit on the other four folds",
    },
    threshold: {
      value: threshold,
      how: `the middle of the range of thresholds (steps of 0.01) whose Matthews correlation on the pooled out-of-fold probabilities of the ${o.folds}-fold CV is within ${MCC_TOLERANCE} of the best`,
    },
    lovo,
    rules: SPAM_RULE_NAMES.map((rule) => ({
      rule,
      spamHits: everyRow.filter((i) => y[i] === 1 && ruleHits[i]?.includes(rule)).length,
      okHits: everyRow.filter((i) => y[i] === 0 && ruleHits[i]?.includes(rule)).length,
    })),
    iterations,
  };
  return { model, report };
}
