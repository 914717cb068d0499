// Writes the comment spam model's weights (src/core/models/comment-spam.json) and its
// model card (docs/models/comment-spam.md), both from one training run, so the card's
// figures are always the shipped model's. Both files are byte-for-byte reproducible
// (fixed seed, sorted keys, numbers rounded to 5 significant digits, no dates); a test
// re-runs the training and compares.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { commentFeatures, featureScale } from "../core/comment-spam-features.js";
import { spamLevel } from "../core/spam-level.js";
import { SPAM_RULE_DESCRIPTIONS, SPAM_RULE_NAMES, spamRules } from "../core/spam-rules.js";
import {
  type CommentMetrics,
  type CommentModelReport,
  type CommentModelWeights,
  type CommentSource,
  MCC_TOLERANCE,
  type SplitMetrics,
  trainCommentModel,
} from "./train-comment-model.js";

export const COMMENT_WEIGHTS_PATH = "src/core/models/comment-spam.json";
export const COMMENT_CARD_PATH = "docs/models/comment-spam.md";
/** The per-video goal set in the issue; the card says which videos reach it. */
export const LOVO_MCC_TARGET = 0.92;

/** The committed JSON text: the hash is over the other fields as written, so it names these weights. */
export function serializeCommentModel(model: CommentModelWeights): string {
  const { format, trainedOn, possibleThreshold, threshold, bias, weights } = model;
  const body = { format, trainedOn, possibleThreshold, threshold, bias, weights };
  const hash = createHash("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 12);
  return `${JSON.stringify({ format, hash, trainedOn, possibleThreshold, threshold, bias, weights }, null, 2)}\n`;
}

/** Trains, writes the weights and the card, and returns a one-line summary. */
export async function writeCommentModel(datasetsDir: string, repoRoot: string): Promise<string> {
  const { text, card, report } = await buildCommentModelFiles(datasetsDir, repoRoot);
  await mkdir(path.join(repoRoot, path.dirname(COMMENT_WEIGHTS_PATH)), { recursive: true });
  await mkdir(path.join(repoRoot, path.dirname(COMMENT_CARD_PATH)), { recursive: true });
  await writeFile(path.join(repoRoot, COMMENT_WEIGHTS_PATH), text);
  await writeFile(path.join(repoRoot, COMMENT_CARD_PATH), card);
  const ig = report.cv.bySource[0] as SplitMetrics;
  const lovo = report.lovo.map((l) => f3(l.possible.mcc)).join(" / ");
  const t = report.cv.thresholds;
  return `comments: Instagram 5-fold F1 ${f3(ig.possible.f1)}, precision ${f3(ig.sure.precision)} at ${t.sure}; leave-one-video-out MCC ${lovo}; thresholds ${t.possible} / ${t.sure}; ${Math.round(text.length / 1024)} KB → ${COMMENT_WEIGHTS_PATH}`;
}

/** The two files' contents, without writing them (the reproduction test compares these). */
export async function buildCommentModelFiles(
  datasetsDir: string,
  repoRoot: string,
): Promise<{ text: string; card: string; report: CommentModelReport }> {
  const { model, report } = await trainCommentModel(datasetsDir);
  const text = serializeCommentModel(model);
  const written = JSON.parse(text) as CommentModelWeights;
  const behaviour = await Promise.all(
    BEHAVIOUR_SETS.map(async (b) => ({
      ...b,
      rows: readBehaviourSet(await readFile(path.join(repoRoot, b.file), "utf8")),
    })),
  );
  return { text, card: alignTables(commentCard(report, written, text.length, behaviour)), report };
}

/**
 * The hand-written behaviour sets (fixtures/comments, see its README): never trained or
 * tuned on; the card reports how the shipped model labels them, and
 * test/core/comment-behaviour.test.ts holds it to the goals below.
 */
export const BEHAVIOUR_SETS = [
  { file: "fixtures/comments/friendly-instagram.csv", kind: "friendly", goal: "at most 1% spam" },
  { file: "fixtures/comments/scam-instagram.csv", kind: "scam", goal: "at least 90% spam" },
] as const;

/** A behaviour set's rows (id, lang, kind, text). */
export function readBehaviourSet(csv: string): { id: string; lang: string; kind: string; text: string }[] {
  return parse(csv, { columns: true, bom: true, skip_empty_lines: true }) as {
    id: string;
    lang: string;
    kind: string;
    text: string;
  }[];
}

/** Invented Instagram-style comments, friendly then spam, scored in the card's limits. */
const PROBES = [
  "Recipe please! My layers always collapse",
  "Where did you buy this dress?",
  "I follow your recipes every week",
  "Can't wait for your next video!",
  "I tried this yesterday and it turned out great, thanks for the tip",
  "Please do a tutorial on this makeup look",
  "Your channel helped me so much when I started baking",
  "Check out my page for more amazing content!",
  "DM us for a collab 💌",
  "Earn $500 per day with bitcoin trading, ask me how",
  "Hey guys check out my new video and please subscribe!!",
];

/** The shipped model's pSpam by the string path (the same features inference hashes). */
export function pSpamOf(model: CommentModelWeights, text: string): number {
  const keys = commentFeatures(text);
  let sum = 0;
  for (const k of keys) sum += model.weights[k] ?? 0;
  return 1 / (1 + Math.exp(-(model.bias + featureScale(keys.length) * sum)));
}

/** Display width as Biome's Markdown formatter counts it: emoji take two columns. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /\p{Extended_Pictographic}/u.test(ch) ? 2 : 1;
  return w;
}

/**
 * Pads every table's cells to its column's width, as `biome format` lays tables out, so the
 * generated card passes `biome check` unchanged and the reproduction test can compare bytes.
 */
export function alignTables(markdown: string): string {
  const lines = markdown.split("\n");
  for (let start = 0; start < lines.length; start++) {
    if (!lines[start]?.startsWith("|")) continue;
    let end = start;
    while (lines[end + 1]?.startsWith("|")) end++;
    const rows = lines.slice(start, end + 1).map((l) =>
      l
        .slice(1, -1)
        .split("|")
        .map((c) => c.trim()),
    );
    const right = (rows[1] ?? []).map((c) => c.endsWith(":"));
    const widths = right.map((_, j) =>
      Math.max(3, ...rows.filter((_, i) => i !== 1).map((r) => displayWidth(r[j] ?? ""))),
    );
    rows.forEach((r, i) => {
      const cells = r.map((c, j) => {
        const w = widths[j] as number;
        if (i === 1) return right[j] ? `${"-".repeat(w - 1)}:` : "-".repeat(w);
        const pad = " ".repeat(w - displayWidth(c));
        return right[j] ? pad + c : c + pad;
      });
      lines[start + i] = `| ${cells.join(" | ")} |`;
    });
    start = end;
  }
  return lines.join("\n");
}

const f3 = (v: number) => v.toFixed(3);
const f4 = (v: number) => v.toFixed(4);
const int = (v: number) => v.toLocaleString("en-US");
const pct1 = (v: number) => `${(100 * v).toFixed(1)}%`;
const pair = (t: { possible: number; sure: number }) => `${t.possible.toFixed(2)} / ${t.sure.toFixed(2)}`;

function metricsCells(m: CommentMetrics): string[] {
  return [f3(m.auc), f3(m.mcc), f3(m.precision), f3(m.recall), f3(m.f1)];
}

/** A row of the per-split tables: name, rows, spam, AUC, then MCC, precision, recall, F1 at the lower threshold and precision, recall at the upper. */
function splitRow(m: SplitMetrics, extra: string[] = []): string {
  return `| ${[m.name, ...extra, int(m.possible.n), int(m.possible.spam), ...metricsCells(m.possible), f3(m.sure.precision), f3(m.sure.recall)].join(" | ")} |`;
}

const SPLIT_HEADER = "rows | spam | AUC | MCC | precision | recall | F1 | precision (spam) | recall (spam) |";
const SPLIT_ALIGN = "---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

type BehaviourSet = { kind: string; file: string; goal: string; rows: { kind: string; text: string }[] };

/** The level classifyComment would give each comment with these weights (model and rules). */
function levelsOf(model: CommentModelWeights, rows: readonly { text: string }[]) {
  const t = { possible: model.possibleThreshold, sure: model.threshold };
  return rows.map((r) => spamLevel(pSpamOf(model, r.text), spamRules(r.text).length, t));
}

/** How the model (with rules) labels a behaviour set. */
function behaviourRow(model: CommentModelWeights, b: BehaviourSet) {
  const levels = levelsOf(model, b.rows);
  const spam = levels.filter((l) => l === "spam").length;
  const possible = levels.filter((l) => l === "possible_spam").length;
  const n = b.rows.length;
  const met = b.kind === "friendly" ? spam <= 0.01 * n : spam >= 0.9 * n;
  return `| \`${b.file}\` | ${int(n)} | ${spam} (${pct1(spam / n)}) | ${possible} (${pct1(possible / n)}) | ${b.goal} | ${met ? "met" : "missed"} |`;
}

function commentCard(
  r: CommentModelReport,
  model: CommentModelWeights,
  bytes: number,
  behaviour: BehaviourSet[],
): string {
  const o = r.options;
  const d = r.dedup;
  const t = r.cv.thresholds;
  const version = `${model.format}+${model.hash}`;
  const [ig, yt] = r.cv.bySource as [SplitMetrics, SplitMetrics];
  const source = (s: CommentSource) => d.bySource.find((b) => b.source === s) ?? { kept: 0, spam: 0 };
  const files = r.files.map((f) => `| ${f.file} | ${f.name} | ${int(f.rows)} | ${int(f.spam)} |`).join("\n");
  const cvRows = [...r.cv.bySource, ...r.cv.byFile].map((m) => splitRow(m)).join("\n");
  const lovo = r.lovo.map((l) => splitRow(l, [int(l.trainRows), pair(l.thresholds)])).join("\n");
  const below = r.lovo.filter((l) => l.possible.mcc < LOVO_MCC_TARGET).map((l) => l.name);
  const transfer = r.transfer
    .map((x) => splitRow({ ...x, name: `${x.train} → ${x.name}` }, [pair(x.thresholds)]))
    .join("\n");
  const igOnly = r.instagramOnly;
  const curve = r.precisionCurve
    .filter((c) => Math.round(c.threshold * 100) % 5 === 0 || c.threshold === t.sure)
    .map((c) => `| ${c.threshold.toFixed(2)} | ${c.flagged} | ${f3(c.precision)} | ${f3(c.recall)} |`)
    .join("\n");
  const bins = r.calibration.bins
    .map(
      (b) =>
        `| ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.n} | ${b.n ? f3(b.meanPredicted) : "–"} | ${b.n ? f3(b.observed) : "–"} |`,
    )
    .join("\n");
  const brierOf = (s: CommentSource) => f4(r.calibration.bySource.find((b) => b.source === s)?.brier ?? 0);
  const probe = [
    "| invented comment | pSpam | label by the model and rules | rules |",
    "| --- | ---: | --- | --- |",
    ...PROBES.map((x) => {
      const p = pSpamOf(model, x);
      const rules = spamRules(x);
      const level = spamLevel(p, rules.length, { possible: model.possibleThreshold, sure: model.threshold });
      return `| ${x} | ${f3(p)} | ${level ?? "not spam"} | ${rules.join(", ") || "–"} |`;
    }),
  ].join("\n");
  const rules = SPAM_RULE_NAMES.map((name) => {
    const hits = (s: CommentSource) => r.rules.find((x) => x.rule === name && x.source === s);
    const [i, y] = [hits("instagram"), hits("youtube")];
    return `| \`${name}\` | ${SPAM_RULE_DESCRIPTIONS[name]} | ${i?.spamHits ?? 0} | ${i?.okHits ?? 0} | ${y?.spamHits ?? 0} | ${y?.okHits ?? 0} |`;
  }).join("\n");
  const ruleTotals = (s: CommentSource) => {
    const of = r.rules.filter((x) => x.source === s);
    return { spam: of.reduce((a, x) => a + x.spamHits, 0), ok: of.reduce((a, x) => a + x.okHits, 0) };
  };
  const igRules = r.ruleComments.instagram;
  const behaviourRows = behaviour.map((b) => behaviourRow(model, b)).join("\n");
  const byKind = behaviour.map((b) => {
    const levels = levelsOf(model, b.rows);
    const kinds = [...new Set(b.rows.map((r) => r.kind))];
    return kinds
      .map((k) => {
        const of = levels.filter((_, i) => b.rows[i]?.kind === k);
        const count = (l: string | null) => of.filter((x) => x === l).length;
        return `| ${b.kind} | ${k.replaceAll("_", " ")} | ${of.length} | ${count("spam")} | ${count("possible_spam")} | ${count(null)} |`;
      })
      .join("\n");
  });

  return `# Model card: comment spam (\`${version}\`)

Generated by \`npm run train\` (\`src/train/write-comment-model.ts\`) from the same run that wrote
\`${COMMENT_WEIGHTS_PATH}\` (${int(bytes)} bytes); do not edit by hand. Inference:
\`src/core/comment-spam.ts\`; features: \`src/core/comment-spam-features.ts\`; rules:
\`src/core/spam-rules.ts\`; the two levels: \`src/core/spam-level.ts\`. \`COMMENT_MODEL_VERSION\`
is \`comment-spam-v2+${model.hash}\`.

## What it does

\`classifyComment(text)\` returns \`pSpam\` (this model's calibrated probability that the comment
is spam), a label and the reasons:

- **spam** when \`pSpam ≥ ${t.sure}\`. Only this label counts against a creator (comment quality,
  the trust score): at this threshold ${f3(ig.sure.precision)} of the Instagram comments it flagged in
  cross-validation were scams (precision; target ≥ ${o.precisionTarget}), and it found ${f3(ig.sure.recall)} of them.
- **possible_spam** when \`pSpam ≥ ${t.possible}\` or a hand rule fires (below). Shown with the
  comment, in the audit and in the comment browser, never a penalty: between the two thresholds
  the precision on Instagram was lower, and so was the rules' (see Rules).
- otherwise **generic** when \`classifyText\` (\`src/core/comment-rules.ts\`) finds it generic
  (emoji only, @mentions of several accounts alone, stock praise; its kind is the reason; a friend
  tag is not generic);
- otherwise **ok**.

The reasons of spam and possible_spam are the rules that fired and \`model\` when
\`pSpam ≥ ${t.possible}\`. A rule never changes \`pSpam\`.

## Training data and licence

Two populations, read from \`../shared/datasets/comments\` (never copied into this repository):

- UCI YouTube Spam Collection: T. C. Alberto, J. V. Lochter and T. A. Almeida, "TubeSpam:
  Comment Spam Filtering on YouTube", ICMLA 2015. Licence CC BY 4.0 (attribution: Alberto,
  Lochter & Almeida). Three of the collection's five videos (2013–2015, nearly all English); the
  other two are held out for the project's own evaluation.
- ScamSpot: Instagram comments under news and finance posts, rated scam / not scam by hand by
  Stefan Erben (2023). Licence MIT (attribution: Stefan Erben, ScamSpot). Half of its distinct
  texts; the other half is held out. Lower-cased by its collectors, who also turned ASCII
  apostrophes and commas into spaces.

| file | source | rows | spam |
| --- | --- | ---: | ---: |
${files}

**Cleaning.** YouTube's export is HTML: \`<br />\` becomes a space, a link keeps its visible text
(usually the URL; "2:19" for a time stamp), the entities \`&amp; &lt; &gt; &quot; &#39;\` are
decoded and the trailing U+FEFF is removed. Instagram's texts are used as they are. Comments
empty after that: ${d.emptyDropped}.

**Deduplication**, before any split, over all four files in the order above: the key is the
cleaned text in lower case with runs of white space made one space; the first occurrence is kept.
A text whose copies carry both labels is dropped altogether (all its copies): its label is not
evidence either way.

| rows read | duplicates dropped | within one file | across files | texts with both labels | kept: YouTube | spam | kept: Instagram | scam |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| ${int(d.rows)} | ${d.duplicatesDropped} | ${d.duplicatesSameFile} | ${d.duplicatesAcrossFiles} | ${d.conflictingTexts} | ${int(source("youtube").kept)} | ${int(source("youtube").spam)} | ${int(source("instagram").kept)} | ${int(source("instagram").spam)} |

## Features

Shared by training and inference (\`src/core/comment-spam-features.ts\`). The text is folded:
NFKC, lower case, and small capitals ("ᴡᴏᴡ") made letters, so styled-font scams read as plain
text. It is split into words of letters and digits; apostrophes join their neighbours
("don't" → "dont"), and so does a space that stands for one ("don t", "it s", "i m", "you re":
the Instagram file lost its ASCII apostrophes). Each comment has, present or absent:

- every word, every pair of adjacent words, and the first 5 letters of each word longer than 5
  (a cheap stem: "subscribe", "subscribers" and "subscribirse" share "subsc~");
- the character 2- to 4-grams of each @account and #tag, padded with a space at each end
  (\`| tr\`, \`|_fx\`, \`|fx \`): scam "traders" are named alike (@trade_with_…, @….fx, #earnwith…).
  Not of the @mentions that open a comment: they address a reply ("@anna we went in May too"),
  and name someone else, not the comment's purpose; they give the hand feature \`#reply\` (none of
  the 23 Instagram training comments that open so is a scam);
- hand features: a link (\`#url\`), a run of 5+ digits, a currency sign before a digit (a space
  between allowed: "$ 3 200"), an @mention after the start (\`#mention\`), a reply's opening
  @mentions (\`#reply\`), the length in characters (≤ 15, ≤ 40, ≤ 100, ≤ 200, longer), one or
  3+ exclamation marks.

No feature reads capitals: the Instagram file is lower-cased, so a capitals feature would learn
which file a comment came from, not whether it is spam (the old \`#caps\` is gone).

A word, pair, stem or hand feature is kept when at least ${o.minCount} training comments have it, an
@account n-gram when at least ${o.charMinCount} do (candidates: ${int(r.features.candidates)}; kept: ${int(r.features.kept)}, of which
${int(r.features.charKept)} n-grams; non-zero weights shipped: ${int(r.features.shipped)}). The sum of a comment's weights is
divided by log2(1 + its number of features), so a long comment does not become spam by adding
up many weak words.

## Method

L2-regularised logistic regression (penalty λ = ${o.lambda} on the weighted log-loss; ${o.wordPenalty}·λ on a single
word's weight, ${o.charPenalty}·λ on an n-gram's; bias not penalised), fitted by L-BFGS to a gradient below
1e-8: the objective is strictly convex, so the weights are its unique minimum and the run is
deterministic (seed ${o.seed} for every split; mulberry32).

**Two populations.** YouTube spam of 2014 ("check out my channel", "subscribe") and Instagram
scams of 2023 (investment and recovery testimonials naming an @account, "DM me", giveaways)
share little, and a word can mean spam in one and nothing in the other ("please" under a
music video). So:

- *Each source weighs ${o.instagramShare === 0.5 ? "half" : `${o.instagramShare} (Instagram) and ${1 - o.instagramShare} (YouTube)`}* of the log-loss, whatever its number of rows.
- *Each feature has a shared weight and one copy per source* (Daumé's "frustratingly easy"
  domain adaptation), ${
    o.sourcePenalty.instagram === o.sourcePenalty.youtube
      ? `the copies penalised ${o.sourcePenalty.instagram}·λ times their feature's`
      : `Instagram's copies penalised ${o.sourcePenalty.instagram}·λ times their feature's, YouTube's ${o.sourcePenalty.youtube}·λ`
  }: the shared weight carries what the two agree on, a copy what only its source says. A
  comment is scored with its own source's copies; the shipped weights are shared + Instagram's,
  since Vouch reads Instagram comments. Inference is unchanged: one weight per feature. What
  only YouTube shows (self-promotion, "subscribe to my channel") keeps about half its weight on
  Instagram: the other half sits in YouTube's copy.
- *Settings were chosen by the worst source*, never the pooled figures (below).

Calibration: Platt scaling (with Platt's smoothed targets) fitted on the out-of-fold logits of the
${o.folds}-fold CV below, folded into the shipped bias and weights, which are then rounded to 5
significant digits. Platt scale ${f4(r.cv.platt.scale)}, shift ${f4(r.cv.platt.shift)}.

Why logistic regression: it gives a probability that can be calibrated and a weight per feature
that can be read; scoring is one lookup per feature, fast enough for every comment of an audit.

**What was compared**, each under the protocol of this card and averaged over three seeds of
the fold splits (20240611, 1, 2), when this model was chosen: Instagram 5-fold F1 (spam) at the
lower threshold; the worst leave-one-video-out MCC; transfer.

| candidate | Instagram F1 | YouTube MCC | LOVO MCC 01 / 04 / 07 | YouTube → Instagram F1 | Instagram → YouTube MCC |
| --- | ---: | ---: | --- | ---: | ---: |
| words, pairs, stems and v1's hand features (capitals), both sources pooled | 0.866 | 0.897 | 0.891 / 0.898 / 0.785 | 0.518 | 0.272 |
| + no capitals, "$ 3 200", @mention | 0.882 | 0.905 | 0.878 / 0.903 / 0.801 | 0.556 | 0.252 |
| + @account and #tag 2–4-grams | 0.905 | 0.904 | 0.893 / 0.900 / 0.792 | 0.552 | 0.231 |
| + a copy per source, both 1·λ | 0.917 | 0.922 | 0.906 / 0.919 / 0.806 | 0.552 | 0.231 |
| + the @mentions that open a reply as \`#reply\`, without n-grams (**shipped**) | 0.917 | 0.926 | 0.901 / 0.918 / 0.809 | 0.553 | 0.232 |
| copies 2·λ | 0.916 | 0.924 | 0.893 / 0.925 / 0.813 | 0.552 | 0.231 |
| copies 0.5·λ | 0.917 | 0.925 | 0.903 / 0.910 / 0.811 | 0.552 | 0.231 |
| Instagram's copies 1·λ, YouTube's 2·λ / 3·λ | 0.915 / 0.914 | 0.922 / 0.923 | 0.903 / 0.925 / 0.810; 0.897 / 0.927 / 0.809 | 0.552 | 0.231 |
| copies 1·λ, with character 3–5-grams of every word (3·λ; one seed) | 0.914 | 0.923 | 0.840 / 0.885 / 0.811 | 0.443 | 0.203 |
| copies 1·λ, Instagram weighing 0.4 / 0.6 | 0.917 / 0.917 | 0.924 / 0.922 | 0.903 / 0.918 / 0.806; 0.906 / 0.919 / 0.806 | 0.552 | 0.231 |
| copies 1·λ, λ 0.05 / 0.2 | 0.916 / 0.914 | 0.924 / 0.923 | 0.906 / 0.918 / 0.806; 0.903 / 0.919 / 0.806 | 0.572 / 0.574 | 0.275 / 0.172 |
| copies 1·λ, the hand rules as features too | 0.917 | 0.921 | 0.901 / 0.919 / 0.806 | 0.549 | 0.271 |
| Instagram comments alone (no YouTube) | 0.920 | – | – | – | – |

Reading a reply's opening @mentions as \`#reply\` changed no figure beyond the noise; it was
made because Instagram threads open replies so (a follower answering another, "@finn we did
that hike with kids"), and their names had scored as scam "traders" ("@camper.with.jarno" shares
"with" with "@trade_with_…"). The copies per source were the one change that lifted both sources; how heavily they are
penalised made no difference beyond the noise of the splits (the worst video 0.806–0.813,
Instagram within 0.003), so the simplest setting, 1·λ for both, was kept. Character n-grams of
every word (the reporter's word + character model) did as well on
Instagram but cost the YouTube videos up to 0.07 MCC and both transfers: they learn each
source's spelling. Instagram alone reaches about the same F1 on Instagram, but knows nothing of
the YouTube kinds of spam (self-promotion, "subscribe"), which Instagram has too. The rules as
features changed nothing: the model already sees their words. The settings were chosen on the
same cross-validations they are reported on, so the figures below are somewhat optimistic; the
held-out halves and videos are the honest test.

## Thresholds

- **Possibly spam: ${t.possible}.** Of the thresholds 0.01 … 0.99, those whose *worst* MCC over the
  two sources (out-of-fold) is within ${MCC_TOLERANCE} of the best worst-source MCC; the middle of their
  range. On Instagram: precision ${f3(ig.possible.precision)}, recall ${f3(ig.possible.recall)}; on YouTube: precision ${f3(yt.possible.precision)}, recall ${f3(yt.possible.recall)}.
- **Spam: ${t.sure}.** The lowest threshold, not below the first, at which the precision on the
  Instagram comments' out-of-fold predictions is at least ${o.precisionTarget} there and at every higher
  threshold that still flags a comment. ${t.sureReached ? `On Instagram: precision ${f3(ig.sure.precision)}, recall ${f3(ig.sure.recall)}; on YouTube: precision ${f3(yt.sure.precision)}, recall ${f3(yt.sure.recall)}.` : "No threshold reached it: 0.99 is used."}

Precision and recall on Instagram by threshold (out-of-fold, calibrated as shipped):

| threshold | flagged | precision | recall |
| ---: | ---: | ---: | ---: |
${curve}

Some of the Instagram comments rated "not scam" read like the scams (a "$5000 for the first 5
people to DM me" giveaway, a "deposited €2000 … got a return of €19 450 @…" testimonial): the
precision here counts them as false alarms, so it is, if anything, a low estimate.

## ${o.folds}-fold cross-validation (stratified by file and label)

Out-of-fold predictions: each comment scored by the model trained on the other four folds (with
its own source's copies), calibrated by the Platt fit on all out-of-fold logits. AUC, MCC,
precision, recall and F1 at the possibly-spam threshold (${t.possible}); the last two columns at the
spam threshold (${t.sure}). Both thresholds were chosen on these same predictions, so the
thresholded figures are slightly optimistic (AUC is not).

| test set | ${SPLIT_HEADER}
| --- | ${SPLIT_ALIGN}
${cvRows}

The project's target is F1 (spam) ≥ 0.90 on the Instagram file: ${ig.possible.f1 >= 0.9 ? "reached" : "not reached"} (${f3(ig.possible.f1)}).

**Instagram alone** (trained on Instagram folds only, its own calibration and thresholds
${pair(igOnly.thresholds)}):

| test set | ${SPLIT_HEADER}
| --- | ${SPLIT_ALIGN}
${splitRow(igOnly)}

## Leave one video out

Trained on the other two videos and every Instagram comment, tested on the third. The
calibration and both thresholds of each row come from a ${o.folds}-fold CV inside its training rows
only (as above), so nothing of the test video is used.

| test video | train rows | thresholds | ${SPLIT_HEADER}
| --- | ---: | --- | ${SPLIT_ALIGN}
${lovo}

The project's target is MCC ≥ ${LOVO_MCC_TARGET} on each video (at the possibly-spam threshold). ${
    below.length === 0 ? "Every video reaches it." : `Not reached on: ${below.join("; ")}.`
  } Over three seeds of the fold splits the shipped settings averaged 0.901 / 0.918 / 0.809 (What was
compared): the thresholds each inner CV picks move a video's MCC by about 0.01 either way.
Video 07's annotators label "like this comment if …" and "check out this video on YouTube:"
(YouTube's share text) as spam: 16 and 14 of its comments, against one and none in the other
two videos and none on Instagram. A model that has not seen video 07 cannot learn them, and
they are most of its false negatives; a rule written for them would be tuned on the test video
(and would call Instagram's friendly "like this comment if you agree" spam), so there is none.

## Transfer

Trained on one source only (its own ${o.folds}-fold CV for calibration and thresholds), tested on the
other: how far each population's spam tells about the other's.

| train → test | thresholds | ${SPLIT_HEADER}
| --- | --- | ${SPLIT_ALIGN}
${transfer}

Neither transfers well: 2014 YouTube spam finds about half of today's Instagram scams, and a
model of Instagram scams knows nothing of "subscribe to my channel". Hence both sources, and a
copy of each feature per source.

## Calibration

Reliability of the out-of-fold probabilities, cross-fitted (each fold's logits calibrated by a
Platt fit on the other four folds), so no comment's probability comes from a calibration fitted
on it. Brier score: ${f4(r.calibration.brier)} (Instagram ${brierOf("instagram")}, YouTube ${brierOf("youtube")}).

| pSpam | comments | mean pSpam | share spam |
| --- | ---: | ---: | ---: |
${bins}

The probabilities are calibrated for the training mix (spam share ${f3(d.spam / d.kept)}). On an
account where spam is rarer, the same score means a lower probability.

## Rules

Hand rules name Instagram spam, some of it rare in the training data (follower selling,
"DM me", links). Any one makes a comment **possibly spam**, never spam by itself: on the
${int(source("instagram").kept)} Instagram training comments, ${igRules.fired} fired at least one rule, and ${igRules.scam} of them
(${f3(igRules.fired === 0 ? 0 : igRules.scam / igRules.fired)}) are rated scam, below the ${o.precisionTarget} that "spam" needs. Hits per rule, by source (a
comment can fire several; in total ${ruleTotals("instagram").spam} on scams and ${ruleTotals("instagram").ok} on the rest on Instagram, ${ruleTotals("youtube").spam} and ${ruleTotals("youtube").ok} on YouTube):

| rule | catches | Instagram: scam | Instagram: not | YouTube: spam | YouTube: not |
| --- | --- | ---: | ---: | ---: | ---: |
${rules}

## Behaviour sets

Two hand-written sets of invented Instagram comments in English, German, French, Spanish and
Italian (\`fixtures/comments\`, see its README): friendly ones (questions, recipe and product
requests, long personal stories, disagreement, slang, emoji, tagged friends, innocent talk of
money and DMs) and scams of today's kinds (investment and recovery testimonials naming an
@account, crypto, forex signals, "DM me to earn", fake giveaways and ambassador offers,
follower selling, and more). They are behaviour tests, not data: never trained, tuned or
calibrated on. Labels as \`classifyComment\` gives them (model and rules);
\`test/core/comment-behaviour.test.ts\` holds the shipped model to the goals.

| set | comments | spam | possibly spam | goal | |
| --- | ---: | ---: | ---: | --- | --- |
${behaviourRows}

By kind (the sets' own \`kind\` column):

| set | kind | comments | spam | possibly spam | neither |
| --- | --- | ---: | ---: | ---: | ---: |
${byKind.join("\n")}

Most scams of the kind that fills the Instagram training comments (investment and recovery
testimonials naming an @account) come out spam. The kinds those comments show rarely or never
(sugar-daddy and adult bait, phishing, ambassador offers, follower selling, giveaways, "DM me
to earn") are mostly possibly spam, by a rule, or not flagged at all: spam that counts must be
sure on real Instagram comments, and neither the model nor the rules are sure of kinds the
training comments hardly show. More labelled Instagram spam of those kinds is what would move
them.

## Known limits

- **Two populations, neither a creator's own comments.** The Instagram comments are from news
  and finance posts; a creator's followers ask, thank and tell stories more. Invented comments
  (not training data), this model's pSpam and its label:

${probe}

- **Mostly English.** The training comments are English; other languages get little from the
  model. The rules know a few German, French, Spanish and Italian forms (possibly spam only).
- **Base rate.** See Calibration: pSpam is calibrated where about four in ten comments are spam.
- **Labels differ between videos** (see Leave one video out), and some Instagram ratings are
  debatable (see Thresholds).
- **Rules judge text only.** A creator's own "link in bio" reply would fire a rule; the audit
  reads other accounts' comments.

## Reproduce

\`npm run train\` rewrites this card and the weights from \`../shared/datasets\` (or
\`VOUCH_DATASETS\`) and reads the behaviour sets from \`fixtures/comments\` for the table above;
\`test/core/comment-spam.test.ts\` re-runs the training and checks that both files come out byte
for byte as committed.
`;
}
