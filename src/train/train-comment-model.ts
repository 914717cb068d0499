// Trains the comment spam model on two populations, YouTube spam of 2013–2015 (three
// videos of the UCI collection) and Instagram scams of 2023 (ScamSpot), and measures it
// honestly: every figure and both thresholds come from predictions on comments the
// scoring model never saw. The two sources are different populations, so each figure is
// given per source, and the settings were chosen by the worst source, not the pooled mix.
// Pure apart from reading the CSV files; deterministic (one seed).
//
//   1. Read, clean (YouTube's HTML), deduplicate by normalised text across all files.
//   2. Stratified 5-fold CV (by file and label) → out-of-fold logits → Platt calibration,
//      the "possibly spam" threshold (best worst-source MCC: chooseThresholds) and the
//      "spam" threshold (precision ≥ 0.95 on the Instagram comments).
//   3. Leave one video out: train on the other two videos and Instagram (their own inner
//      CV picks calibration and thresholds), test on the third.
//   4. Transfer: YouTube → Instagram and Instagram → YouTube, each trained on one source only.
//   5. The shipped model: trained on every comment, calibrated and thresholded as in 2.
// The model: L2-regularised logistic regression, rows weighted by source, on the
// features of src/core/comment-spam-features.ts (logistic-regression.ts); the card says why.
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

export type CommentSource = "youtube" | "instagram";

/**
 * The files we train on, in deduplication order. The UCI collection's other two videos
 * and the other half of ScamSpot's texts are held out (datasets README).
 */
export const COMMENT_FILES = [
  { file: "youtube-spam-01-9bZkp7q19f0.csv", name: "Psy – Gangnam Style (01)", source: "youtube" },
  { file: "youtube-spam-04-CevxZvSJLk8.csv", name: "Katy Perry – Roar (04)", source: "youtube" },
  { file: "youtube-spam-07-KQ6zr6kCPj8.csv", name: "LMFAO – Party Rock Anthem (07)", source: "youtube" },
  { file: "scamspot-ig-train.csv", name: "ScamSpot Instagram", source: "instagram" },
] as const satisfies readonly { file: string; name: string; source: CommentSource }[];

/** A comment's features: commentFeatures, or a variant being compared (src/train only). */
export type Featurize = (text: string) => string[];

export interface CommentTrainingOptions {
  seed: number;
  /** L2 penalty λ on the weighted log-loss (bias not penalised). */
  lambda: number;
  /** A word, pair, stem or hand feature is kept when at least this many training comments have it. */
  minCount: number;
  /** A character n-gram is kept when at least this many training comments have it. */
  charMinCount: number;
  /**
   * λ is multiplied by this for a single word (not for stems, pairs or hand features):
   * a lone word such as "please", "me" or "channel" must earn its weight more than the
   * phrase it comes in ("my channel"), so friendly comments that share the word lean less
   * on it.
   */
  wordPenalty: number;
  /** λ is multiplied by this for a pair of adjacent words. */
  pairPenalty: number;
  /** λ is multiplied by this for a character n-gram (many, each weak: pulled harder to zero). */
  charPenalty: number;
  /**
   * The Instagram comments' share of the total row weight when both sources are trained
   * on (the rest is YouTube's); each source's rows weigh alike. 0.5: the two count equally.
   */
  instagramShare: number;
  /**
   * Each feature also has a copy per source, penalised this many times its feature's λ
   * (0 for both: no copies): the shared weight carries what the two populations agree on,
   * a copy what only its source says ("please" under a music video, "@…fx" under a finance
   * post). Out-of-fold scores use the row's own source's copies; the shipped model adds
   * Instagram's (Daumé's "frustratingly easy" domain adaptation).
   */
  sourcePenalty: Record<CommentSource, number>;
  /** The precision on Instagram that the "spam" threshold must reach in cross-validation. */
  precisionTarget: number;
  folds: number;
}

export const COMMENT_TRAINING_DEFAULTS: CommentTrainingOptions = {
  seed: 20240611,
  lambda: 0.1,
  minCount: 2,
  charMinCount: 3,
  wordPenalty: 3,
  pairPenalty: 1,
  charPenalty: 1,
  instagramShare: 0.5,
  sourcePenalty: { instagram: 1, youtube: 1 },
  precisionTarget: 0.95,
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

/** One test set's figures at both thresholds, and (with rules) as classifyComment labels at the lower one. */
export interface SplitMetrics {
  name: string;
  /** At the "possibly spam" threshold: pSpam ≥ possible. */
  possible: CommentMetrics;
  /** At the "spam" threshold: pSpam ≥ sure. */
  sure: CommentMetrics;
}

export interface Thresholds {
  /** pSpam at or above this is possibly spam (shown, no penalty). */
  possible: number;
  /** pSpam at or above this is spam (lowers comment quality). */
  sure: number;
  /** false when no threshold reached the precision target (sure is then 0.99). */
  sureReached: boolean;
}

export interface CommentEvaluation {
  /** 5-fold CV over every comment: per source and per YouTube video, at the shipped thresholds. */
  cv: { bySource: SplitMetrics[]; byFile: SplitMetrics[]; platt: Platt; thresholds: Thresholds };
  /** Precision and recall on Instagram's out-of-fold predictions at thresholds 0.50 … 0.99. */
  precisionCurve: { threshold: number; precision: number; recall: number; flagged: number }[];
  calibration: {
    bins: CalibrationBin[];
    brier: number;
    bySource: { source: CommentSource; brier: number }[];
  };
  lovo: (SplitMetrics & { trainRows: number; thresholds: Thresholds })[];
  transfer: (SplitMetrics & { train: string; trainRows: number; thresholds: Thresholds })[];
  /** Instagram alone, 5-fold (trained on Instagram folds only): what YouTube adds or costs. */
  instagramOnly: SplitMetrics & { thresholds: Thresholds };
  iterations: number;
}

export interface CommentModelReport extends CommentEvaluation {
  options: CommentTrainingOptions;
  files: { file: string; name: string; source: CommentSource; rows: number; spam: number }[];
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
    bySource: { source: CommentSource; kept: number; spam: number }[];
  };
  features: { candidates: number; kept: number; shipped: number; charKept: number };
  rules: { rule: SpamRuleName; source: CommentSource; spamHits: number; okHits: number }[];
  /** Comments that fired at least one rule, and of these the spam, per source. */
  ruleComments: Record<CommentSource, { fired: number; scam: number }>;
}

export interface CommentRow {
  /** Index into COMMENT_FILES. */
  file: number;
  source: CommentSource;
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

/** One file's texts and labels, cleaned: YouTube's CONTENT/CLASS or ScamSpot's text/scam. */
async function readFileRows(datasetsDir: string, f: (typeof COMMENT_FILES)[number]) {
  const text = await readFile(join(datasetsDir, "comments", f.file), "utf8");
  const records = parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const [textColumn, labelColumn] = f.source === "youtube" ? ["CONTENT", "CLASS"] : ["text", "scam"];
  return records.map((r, i) => {
    const y = Number(r[labelColumn]);
    const raw = r[textColumn];
    if (raw === undefined || (y !== 0 && y !== 1))
      throw new Error(`${f.file}: record ${i + 1}: expected ${textColumn} and ${labelColumn} 0 or 1`);
    return { text: f.source === "youtube" ? cleanYouTubeText(raw) : raw.trim(), y };
  });
}

/** Every training comment, deduplicated (first occurrence wins; a text seen with both labels is dropped). */
export async function readCommentRows(datasetsDir: string): Promise<{
  rows: CommentRow[];
  files: CommentModelReport["files"];
  dedup: CommentModelReport["dedup"];
}> {
  const all: (CommentRow & { key: string })[] = [];
  const files: CommentModelReport["files"] = [];
  let emptyDropped = 0;
  for (const [file, f] of COMMENT_FILES.entries()) {
    const records = await readFileRows(datasetsDir, f);
    for (const r of records) {
      if (r.text === "") emptyDropped++;
      else all.push({ file, source: f.source, text: r.text, y: r.y, key: dedupKey(r.text) });
    }
    const spam = records.reduce((s, r) => s + r.y, 0);
    files.push({ file: f.file, name: f.name, source: f.source, rows: records.length, spam });
  }
  const first = new Map<string, CommentRow & { key: string }>();
  const labels = new Map<string, Set<number>>();
  let sameFile = 0;
  let acrossFiles = 0;
  for (const r of all) {
    const seen = first.get(r.key);
    if (seen) r.file === seen.file ? sameFile++ : acrossFiles++;
    else first.set(r.key, r);
    labels.set(r.key, (labels.get(r.key) ?? new Set()).add(r.y));
  }
  const conflicting = new Set([...labels].filter(([, ys]) => ys.size > 1).map(([k]) => k));
  const rows = [...first.values()]
    .filter((r) => !conflicting.has(r.key))
    .map(({ file, source, text, y }) => ({ file, source, text, y }));
  const sources: CommentSource[] = ["youtube", "instagram"];
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
      bySource: sources.map((source) => {
        const of = rows.filter((r) => r.source === source);
        return { source, kept: of.length, spam: of.reduce((s, r) => s + r.y, 0) };
      }),
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

/**
 * What the training needs of the data: rows, labels, each row's training keys (its
 * features, and with sourcePenalty > 0 its source's own copy of each) and its number of
 * features (what featureScale reads at inference).
 */
interface Data {
  rows: readonly CommentRow[];
  keys: readonly string[][];
  n: readonly number[];
  y: readonly number[];
}

/**
 * The prefix of a source's own copy of a feature. Training only: the shipped weight of a
 * feature is its shared weight plus Instagram's copy (sourceCopies), so inference is unchanged.
 */
const SOURCE_PREFIX: Record<CommentSource, string> = { youtube: "\u0001y", instagram: "\u0001i" };
const isSourceCopy = (k: string) => k.startsWith("\u0001");
/** The feature a key stands for: a source's copy without its prefix, else the key. */
const sharedKey = (k: string) => (isSourceCopy(k) ? k.slice(2) : k);

function makeData(rows: readonly CommentRow[], featurize: Featurize, o: CommentTrainingOptions): Data {
  const feats = rows.map((r) => featurize(r.text));
  return {
    rows,
    y: rows.map((r) => r.y),
    n: feats.map((f) => f.length),
    keys:
      o.sourcePenalty.instagram > 0 || o.sourcePenalty.youtube > 0
        ? feats.map((f, i) => {
            const prefix = SOURCE_PREFIX[(rows[i] as CommentRow).source];
            return [...f, ...f.map((k) => prefix + k)];
          })
        : feats,
  };
}

/** A character n-gram's key starts with "|" (see comment-spam-features.ts). */
const isCharKey = (k: string) => k.startsWith("|");

/**
 * Each row's weight in the fit: when both sources are present, Instagram's rows together
 * weigh instagramShare of the total and YouTube's the rest, scaled so the mean weight is 1
 * (λ keeps its meaning). One source alone: every row 1.
 */
function rowWeights(d: Data, subset: readonly number[], o: CommentTrainingOptions): number[] {
  const ig = subset.filter((i) => d.rows[i]?.source === "instagram").length;
  const yt = subset.length - ig;
  if (ig === 0 || yt === 0) return subset.map(() => 1);
  const wIg = (o.instagramShare * subset.length) / ig;
  const wYt = ((1 - o.instagramShare) * subset.length) / yt;
  return subset.map((i) => (d.rows[i]?.source === "instagram" ? wIg : wYt));
}

function trainOn(d: Data, subset: readonly number[], o: CommentTrainingOptions): Fitted {
  // Source copies need two sources; with one they would only split the shared weights.
  const twoSources = new Set(subset.map((i) => d.rows[i]?.source)).size > 1;
  const count = new Map<string, number>();
  for (const i of subset)
    for (const k of d.keys[i] as string[])
      if (twoSources || !isSourceCopy(k)) count.set(k, (count.get(k) ?? 0) + 1);
  const keys = [...count]
    .filter(([k, c]) => c >= (isCharKey(sharedKey(k)) ? o.charMinCount : o.minCount))
    .map(([k]) => k);
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const vocab = new Map(keys.map((k, j) => [k, j]));
  const m = fitLogistic(
    subset.map((i) => encode(d.keys[i] as string[], vocab)),
    subset.map((i) => d.y[i] as number),
    keys.length,
    o.lambda,
    subset.map((i) => featureScale(d.n[i] as number)),
    keys.map((k) => penaltyOf(k, o)),
    rowWeights(d, subset, o),
  );
  return { vocab, w: m.w, bias: m.bias, iterations: m.iterations };
}

/**
 * λ's multiplier for a feature key by its kind: hand (#…) and stem (…~) 1, n-gram (|…),
 * pair (a space), word; a source's copy sourcePenalty times its feature's.
 */
function penaltyOf(k: string, o: CommentTrainingOptions): number {
  if (isSourceCopy(k))
    return (
      o.sourcePenalty[k.startsWith(SOURCE_PREFIX.instagram) ? "instagram" : "youtube"] *
      penaltyOf(k.slice(2), o)
    );
  if (isCharKey(k)) return o.charPenalty;
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

/** Row i's logit under model m (its source's copies count where the model has them). */
function score(m: Fitted, d: Data, i: number): number {
  return rowScore(encode(d.keys[i] as string[], m.vocab), m.w, m.bias, featureScale(d.n[i] as number));
}

/** Out-of-fold logits for `subset` (k folds stratified by file and label) and each row's fold. */
function outOfFold(
  d: Data,
  subset: readonly number[],
  o: CommentTrainingOptions,
  rnd: () => number,
): { z: number[]; fold: number[]; iterations: number } {
  const fold = stratifiedFolds(
    subset.map((i) => 2 * (d.rows[i] as CommentRow).file + (d.y[i] as number)),
    o.folds,
    rnd,
  );
  const z = new Array<number>(subset.length).fill(0);
  let iterations = 0;
  for (let f = 0; f < o.folds; f++) {
    const m = trainOn(
      d,
      subset.filter((_, j) => fold[j] !== f),
      o,
    );
    iterations += m.iterations;
    subset.forEach((i, j) => {
      if (fold[j] === f) z[j] = score(m, d, i);
    });
  }
  return { z, fold, iterations };
}

const calibrate = (p: Platt, z: number) => sigmoid(p.scale * z + p.shift);

/** How far below the best worst-source MCC a threshold may be and still count as equally good. */
export const MCC_TOLERANCE = 0.01;

const GRID = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

/**
 * Both thresholds from out-of-fold probabilities `p` of rows from one or two sources.
 *
 * possible: of the thresholds 0.01 … 0.99, those whose worst MCC over the sources present
 * is within MCC_TOLERANCE of the best worst-source MCC, and of these the middle of their
 * range (rounded to 0.01). MCC is flat near its maximum, so the single best threshold is
 * mostly noise of the fold split; the worst source keeps one population from carrying
 * the choice.
 *
 * sure: the lowest threshold, not below possible, at which the precision on Instagram's
 * rows (every row when there are none) is at least `target` there and at every higher
 * threshold that still flags a comment: "spam" must be sure, whatever the cut above it.
 */
export function chooseThresholds(
  p: readonly number[],
  y: readonly number[],
  sources: readonly CommentSource[],
  target: number,
): Thresholds {
  const present = [...new Set(sources)];
  const of = (s: CommentSource) => sources.flatMap((src, i) => (src === s ? [i] : []));
  const groups = present.map(of);
  const worst = GRID.map((t) =>
    Math.min(
      ...groups.map((g) =>
        mcc(
          confusion(
            g.map((i) => p[i] as number),
            g.map((i) => y[i] as number),
            t,
          ),
        ),
      ),
    ),
  );
  const best = Math.max(...worst);
  const good = GRID.filter((_, i) => (worst[i] as number) >= best - MCC_TOLERANCE);
  const possible = Math.round((((good[0] as number) + (good.at(-1) as number)) / 2) * 100) / 100;

  const ig = present.includes("instagram") ? of("instagram") : p.map((_, i) => i);
  const pIg = ig.map((i) => p[i] as number);
  const yIg = ig.map((i) => y[i] as number);
  let sure = 0.99;
  let sureReached = false;
  for (let k = GRID.length - 1; k >= 0; k--) {
    const t = GRID[k] as number;
    if (t < possible) break;
    const c = confusion(pIg, yIg, t);
    if (c.tp + c.fp === 0) continue;
    if (precision(c) < target) break;
    sure = t;
    sureReached = true;
  }
  return { possible, sure: Math.max(sure, possible), sureReached };
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

function splitMetrics(
  name: string,
  p: readonly number[],
  y: readonly number[],
  t: Pick<Thresholds, "possible" | "sure">,
): SplitMetrics {
  return { name, possible: metricsAt(p, y, t.possible), sure: metricsAt(p, y, t.sure) };
}

/** Calibration, thresholds and test-set probabilities for one train/test split, from the train rows' own inner CV. */
function evaluateSplit(
  d: Data,
  train: readonly number[],
  test: readonly number[],
  o: CommentTrainingOptions,
  rnd: () => number,
): { p: number[]; thresholds: Thresholds; iterations: number } {
  const inner = outOfFold(d, train, o, rnd);
  const ty = train.map((i) => d.y[i] as number);
  const platt = fitPlatt(inner.z, ty);
  const thresholds = chooseThresholds(
    inner.z.map((z) => calibrate(platt, z)),
    ty,
    train.map((i) => (d.rows[i] as CommentRow).source),
    o.precisionTarget,
  );
  const m = trainOn(d, train, o);
  return {
    p: test.map((i) => calibrate(platt, score(m, d, i))),
    thresholds,
    iterations: inner.iterations + m.iterations,
  };
}

/** Five significant digits: enough for the figures, and the same text on every machine. */
export const round5 = (x: number) => Number(x.toPrecision(5));

const pick = <T>(xs: readonly T[], idx: readonly number[]) => idx.map((i) => xs[i] as T);

/**
 * Every figure the card reports, for given rows, options and features (the shipped
 * commentFeatures, or a variant under comparison). Returns the out-of-fold Platt fit and
 * thresholds the shipped model uses.
 */
export function evaluateCommentModel(
  rows: readonly CommentRow[],
  options: Partial<CommentTrainingOptions> = {},
  featurize: Featurize = commentFeatures,
): CommentEvaluation {
  const o = { ...COMMENT_TRAINING_DEFAULTS, ...options };
  const d = makeData(rows, featurize, o);
  const y = d.y;
  const everyRow = rows.map((_, i) => i);
  const sources = rows.map((r) => r.source);
  const bySource = (s: CommentSource) => everyRow.filter((i) => rows[i]?.source === s);
  const byFile = (f: number) => everyRow.filter((i) => rows[i]?.file === f);
  const rnd = mulberry32(o.seed);
  let iterations = 0;

  // 5-fold CV over every comment: calibration, both thresholds and the per-source tables.
  const cvRun = outOfFold(d, everyRow, o, rnd);
  iterations += cvRun.iterations;
  const platt = fitPlatt(cvRun.z, y);
  const oofP = cvRun.z.map((z) => calibrate(platt, z));
  const thresholds = chooseThresholds(oofP, y, sources, o.precisionTarget);
  const ig = bySource("instagram");
  const yt = bySource("youtube");
  const cv = {
    bySource: [
      splitMetrics("Instagram", pick(oofP, ig), pick(y, ig), thresholds),
      splitMetrics("YouTube (three videos)", pick(oofP, yt), pick(y, yt), thresholds),
    ],
    byFile: COMMENT_FILES.flatMap((f, k) =>
      f.source === "youtube"
        ? [splitMetrics(f.name, pick(oofP, byFile(k)), pick(y, byFile(k)), thresholds)]
        : [],
    ),
    platt,
    thresholds,
  };
  const precisionCurve = GRID.filter((t) => t >= 0.5).map((t) => {
    const c = confusion(pick(oofP, ig), pick(y, ig), t);
    return { threshold: t, precision: precision(c), recall: c.tp / (c.tp + c.fn), flagged: c.tp + c.fp };
  });

  // Reliability and Brier score with cross-fitted calibration: each fold's probabilities
  // come from a Platt fit on the other folds' logits only.
  const crossP = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < o.folds; f++) {
    const others = everyRow.filter((i) => cvRun.fold[i] !== f);
    const pf = fitPlatt(pick(cvRun.z, others), pick(y, others));
    for (const i of everyRow) if (cvRun.fold[i] === f) crossP[i] = calibrate(pf, cvRun.z[i] as number);
  }
  const calibration = {
    bins: calibrationTable(crossP, y, 10),
    brier: brier(crossP, y),
    bySource: (["instagram", "youtube"] as const).map((s) => ({
      source: s,
      brier: brier(pick(crossP, bySource(s)), pick(y, bySource(s))),
    })),
  };

  // Leave one video out: the other two videos and every Instagram comment train.
  const lovo = COMMENT_FILES.flatMap((f, k) => {
    if (f.source !== "youtube") return [];
    const train = everyRow.filter((i) => rows[i]?.file !== k);
    const test = byFile(k);
    const split = evaluateSplit(d, train, test, o, rnd);
    iterations += split.iterations;
    return [
      {
        ...splitMetrics(f.name, split.p, pick(y, test), split.thresholds),
        trainRows: train.length,
        thresholds: split.thresholds,
      },
    ];
  });

  // Transfer: one source trains (with its own inner CV for calibration and thresholds), the other tests.
  const transfer = [
    { train: yt, test: ig, trainName: "YouTube (three videos)", testName: "Instagram" },
    { train: ig, test: yt, trainName: "Instagram", testName: "YouTube (three videos)" },
  ].map((t) => {
    const split = evaluateSplit(d, t.train, t.test, o, rnd);
    iterations += split.iterations;
    return {
      ...splitMetrics(t.testName, split.p, pick(y, t.test), split.thresholds),
      train: t.trainName,
      trainRows: t.train.length,
      thresholds: split.thresholds,
    };
  });

  // Instagram alone: 5-fold CV inside the Instagram comments, its own calibration and thresholds.
  const igRun = outOfFold(d, ig, o, rnd);
  iterations += igRun.iterations;
  const igPlatt = fitPlatt(igRun.z, pick(y, ig));
  const igP = igRun.z.map((z) => calibrate(igPlatt, z));
  const igThresholds = chooseThresholds(igP, pick(y, ig), pick(sources, ig), o.precisionTarget);
  const instagramOnly = {
    ...splitMetrics("Instagram", igP, pick(y, ig), igThresholds),
    thresholds: igThresholds,
  };

  return { cv, precisionCurve, calibration, lovo, transfer, instagramOnly, iterations };
}

function firedAndSpam(
  rows: readonly CommentRow[],
  ruleHits: readonly SpamRuleName[][],
  source: CommentSource,
): { fired: number; scam: number } {
  const fired = rows.filter((r, i) => r.source === source && (ruleHits[i]?.length ?? 0) > 0);
  return { fired: fired.length, scam: fired.filter((r) => r.y === 1).length };
}

/**
 * The shipped weights, for Instagram comments: each feature's shared weight plus
 * Instagram's own copy (YouTube's copies are left behind), times the Platt scale, rounded,
 * zeros dropped, keys sorted.
 */
function instagramWeights(m: Fitted, platt: Platt): Record<string, number> {
  const sum = new Map<string, number>();
  for (const [k, j] of m.vocab) {
    if (k.startsWith(SOURCE_PREFIX.youtube)) continue;
    const key = k.startsWith(SOURCE_PREFIX.instagram) ? k.slice(2) : k;
    sum.set(key, (sum.get(key) ?? 0) + (m.w[j] as number));
  }
  const weights: Record<string, number> = {};
  for (const key of [...sum.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const w = round5(platt.scale * (sum.get(key) as number));
    if (w !== 0) weights[key] = w;
  }
  return weights;
}

export async function trainCommentModel(
  datasetsDir: string,
  options: Partial<CommentTrainingOptions> = {},
): Promise<{ model: CommentModelWeights; report: CommentModelReport }> {
  const o = { ...COMMENT_TRAINING_DEFAULTS, ...options };
  const { rows, files, dedup } = await readCommentRows(datasetsDir);
  const evaluation = evaluateCommentModel(rows, o);
  const { platt, thresholds } = evaluation.cv;

  // The shipped model: every comment, calibration folded into the weights.
  const d = makeData(rows, commentFeatures, o);
  const final = trainOn(
    d,
    rows.map((_, i) => i),
    o,
  );
  const weights = instagramWeights(final, platt);
  const sourceCount = (s: CommentSource) => dedup.bySource.find((b) => b.source === s);
  const yt = sourceCount("youtube");
  const ig = sourceCount("instagram");
  const model: CommentModelWeights = {
    format: "comment-spam-v2",
    hash: "",
    trainedOn: `UCI YouTube Spam Collection (Alberto, Lochter & Almeida 2015, CC BY 4.0), three videos: ${yt?.kept} unique comments, ${yt?.spam} spam; ScamSpot Instagram comments (Erben 2023, MIT): ${ig?.kept} unique comments, ${ig?.spam} scam`,
    possibleThreshold: thresholds.possible,
    threshold: thresholds.sure,
    bias: round5(platt.scale * final.bias + platt.shift),
    weights,
  };

  const ruleHits = rows.map((r) => spamRules(r.text));
  const report: CommentModelReport = {
    ...evaluation,
    iterations: evaluation.iterations + final.iterations,
    options: o,
    files,
    dedup,
    features: {
      candidates: new Set(d.keys.flat().filter((k) => !isSourceCopy(k))).size,
      kept: [...final.vocab.keys()].filter((k) => !isSourceCopy(k)).length,
      shipped: Object.keys(weights).length,
      charKept: [...final.vocab.keys()].filter(isCharKey).length,
    },
    rules: SPAM_RULE_NAMES.flatMap((rule) =>
      (["youtube", "instagram"] as const).map((source) => ({
        rule,
        source,
        spamHits: rows.filter((r, i) => r.source === source && r.y === 1 && ruleHits[i]?.includes(rule))
          .length,
        okHits: rows.filter((r, i) => r.source === source && r.y === 0 && ruleHits[i]?.includes(rule)).length,
      })),
    ),
    ruleComments: {
      youtube: firedAndSpam(rows, ruleHits, "youtube"),
      instagram: firedAndSpam(rows, ruleHits, "instagram"),
    },
  };
  return { model, report };
}
