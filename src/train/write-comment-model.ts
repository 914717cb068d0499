// Writes the comment spam model's weights (src/core/models/comment-spam.json) and its
// model card (docs/models/comment-spam.md), both from one training run, so the card's
// figures are always the shipped model's. Both files are byte-for-byte reproducible
// (fixed seed, sorted keys, numbers rounded to 5 significant digits, no dates); a test
// re-runs the training and compares.
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { commentFeatures, featureScale } from "../core/comment-spam-features.js";
import { SPAM_RULE_DESCRIPTIONS, SPAM_RULE_NAMES, spamRules } from "../core/spam-rules.js";
import {
  type CommentMetrics,
  type CommentModelReport,
  type CommentModelWeights,
  MCC_TOLERANCE,
  trainCommentModel,
} from "./train-comment-model.js";

export const COMMENT_WEIGHTS_PATH = "src/core/models/comment-spam.json";
export const COMMENT_CARD_PATH = "docs/models/comment-spam.md";
/** The per-video goal set in the issue; the card says which videos reach it. */
export const LOVO_MCC_TARGET = 0.92;

/** The committed JSON text: the hash is over the other fields as written, so it names these weights. */
export function serializeCommentModel(model: CommentModelWeights): string {
  const { format, trainedOn, threshold, bias, weights } = model;
  const body = { format, trainedOn, threshold, bias, weights };
  const hash = createHash("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 12);
  return `${JSON.stringify({ format, hash, trainedOn, threshold, bias, weights }, null, 2)}\n`;
}

/** Trains, writes the weights and the card, and returns a one-line summary. */
export async function writeCommentModel(datasetsDir: string, repoRoot: string): Promise<string> {
  const { text, card, report } = await buildCommentModelFiles(datasetsDir);
  await mkdir(path.join(repoRoot, path.dirname(COMMENT_WEIGHTS_PATH)), { recursive: true });
  await mkdir(path.join(repoRoot, path.dirname(COMMENT_CARD_PATH)), { recursive: true });
  await writeFile(path.join(repoRoot, COMMENT_WEIGHTS_PATH), text);
  await writeFile(path.join(repoRoot, COMMENT_CARD_PATH), card);
  const lovo = report.lovo.map((l) => f3(l.model.mcc)).join(" / ");
  return `comments: leave-one-video-out MCC ${lovo}; 5-fold AUC ${f3(report.cv.pooled.auc)}, MCC ${f3(report.cv.pooled.mcc)}; threshold ${report.threshold.value}; ${Math.round(text.length / 1024)} KB → ${COMMENT_WEIGHTS_PATH}`;
}

/** The two files' contents, without writing them (the reproduction test compares these). */
export async function buildCommentModelFiles(
  datasetsDir: string,
): Promise<{ text: string; card: string; report: CommentModelReport }> {
  const { model, report } = await trainCommentModel(datasetsDir);
  const text = serializeCommentModel(model);
  const written = JSON.parse(text) as CommentModelWeights;
  return { text, card: alignTables(commentCard(report, written, text.length)), report };
}

/** Invented Instagram-style comments, friendly then spam, scored in the card's limits. */
const PROBES = [
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
function pSpamOf(model: CommentModelWeights, text: string): number {
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

function metricsRow(label: string, m: CommentMetrics, extra: string[] = []): string {
  return `| ${[label, int(m.n), int(m.spam), ...extra, f3(m.auc), f3(m.mcc), f3(m.precision), f3(m.recall), f3(m.f1), f4(m.brier)].join(" | ")} |`;
}

function commentCard(r: CommentModelReport, model: CommentModelWeights, bytes: number): string {
  const o = r.options;
  const d = r.dedup;
  const version = `${model.format}+${model.hash}`;
  const files = r.files.map((f) => `| ${f.file} | ${f.video} | ${int(f.rows)} | ${int(f.spam)} |`).join("\n");
  const lovo = r.lovo
    .map((l) =>
      metricsRow(l.video, l.model, [int(l.trainRows), l.threshold.toFixed(2)]).replace(
        / \|$/,
        ` | ${f3(l.withRules.mcc)} |`,
      ),
    )
    .join("\n");
  const below = r.lovo.filter((l) => l.model.mcc < LOVO_MCC_TARGET).map((l) => l.video);
  const folds = r.cv.folds.map((m, i) => metricsRow(`fold ${i + 1}`, m)).join("\n");
  const bins = r.calibration.bins
    .map(
      (b) =>
        `| ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.n} | ${b.n ? f3(b.meanPredicted) : "–"} | ${b.n ? f3(b.observed) : "–"} |`,
    )
    .join("\n");
  const probe = [
    "| invented comment | pSpam | model says | rules |",
    "| --- | ---: | --- | --- |",
    ...PROBES.map((t) => {
      const p = pSpamOf(model, t);
      return `| ${t} | ${f3(p)} | ${p >= model.threshold ? "spam" : "not spam"} | ${spamRules(t).join(", ") || "–"} |`;
    }),
  ].join("\n");
  const rules = SPAM_RULE_NAMES.map((name) => {
    const hits = r.rules.find((x) => x.rule === name);
    return `| \`${name}\` | ${SPAM_RULE_DESCRIPTIONS[name]} | ${hits?.spamHits ?? 0} | ${hits?.okHits ?? 0} |`;
  }).join("\n");

  return `# Model card: comment spam (\`${version}\`)

Generated by \`npm run train\` (\`src/train/write-comment-model.ts\`) from the same run that wrote
\`${COMMENT_WEIGHTS_PATH}\` (${int(bytes)} bytes); do not edit by hand. Inference:
\`src/core/comment-spam.ts\`; features: \`src/core/comment-spam-features.ts\`; rules:
\`src/core/spam-rules.ts\`. \`COMMENT_MODEL_VERSION\` is \`comment-spam-v1+${model.hash}\`.

## What it does

\`classifyComment(text)\` returns \`pSpam\` (this model's calibrated probability that the comment
is spam), a label and the reasons:

- **spam** when a rule fires (the rule's name is a reason) or \`pSpam ≥ ${model.threshold}\` (the
  reason \`model\`). A rule does not change \`pSpam\`: it stays the model's own estimate, so a
  comment can be spam by rule with a low \`pSpam\`.
- otherwise **generic** when \`classifyText\` (\`src/core/comment-rules.ts\`) finds it generic
  (emoji only, a bare @mention, stock praise; its kind is the reason);
- otherwise **ok**.

## Training data and licence

UCI YouTube Spam Collection: T. C. Alberto, J. V. Lochter and T. A. Almeida, "TubeSpam: Comment
Spam Filtering on YouTube", ICMLA 2015. Licence CC BY 4.0 (attribution: Alberto, Lochter &
Almeida). Three of the collection's five videos, read from \`../shared/datasets/comments\` (never
copied into this repository); the other two are held out for the project's own evaluation.
Comments from 2013–2015, nearly all in English.

| file | video | rows | spam |
| --- | --- | ---: | ---: |
${files}

**Cleaning.** YouTube's export is HTML: \`<br />\` becomes a space, a link keeps its visible text
(usually the URL; "2:19" for a time stamp), the entities \`&amp; &lt; &gt; &quot; &#39;\` are
decoded and the trailing U+FEFF is removed. Comments empty after that: ${d.emptyDropped}.

**Deduplication**, before any split, over all three files in the order above: the key is the
cleaned text in lower case with runs of white space made one space; the first occurrence is kept.
A text whose copies carry both labels is dropped altogether (all its copies): its label is not
evidence either way.

| rows read | duplicates dropped | within one file | across files | texts with both labels | unique comments kept | spam |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| ${int(d.rows)} | ${d.duplicatesDropped} | ${d.duplicatesSameFile} | ${d.duplicatesAcrossFiles} | ${d.conflictingTexts} | ${int(d.kept)} | ${int(d.spam)} |

## Features

Shared by training and inference (\`src/core/comment-spam-features.ts\`): the text is folded
(NFKC, lower case) and split into words of letters and digits, apostrophes dropped. Each comment
has, present or absent:

- every word, every pair of adjacent words, and the first 5 letters of each word longer than 5
  (a cheap stem: "subscribe", "subscribers" and "subscribirse" share "subsc~");
- hand features: a link (\`#url\`), a run of 5+ digits, a currency sign before a digit, the
  length in characters (≤ 15, ≤ 40, ≤ 100, ≤ 200, longer), capitals for half or more of 8+
  letters, one or 3+ exclamation marks.

A word, pair or stem is kept when at least ${o.minCount} training comments have it (candidates:
${int(r.features.candidates)}; kept: ${int(r.features.kept)}; non-zero weights shipped: ${int(r.features.shipped)}). The sum of a
comment's weights is divided by log2(1 + its number of features), so a long comment does not
become spam by adding up many weak words.

## Method

L2-regularised logistic regression (penalty λ = ${o.lambda} on the summed log-loss; ${o.wordPenalty}·λ on a single
word's weight${o.pairPenalty === 1 ? "" : ` and ${o.pairPenalty}·λ on a pair's`}; bias not penalised), fitted by L-BFGS to a gradient below 1e-8: the objective is strictly convex, so the
weights are its unique minimum and the run is deterministic (seed ${o.seed} for every split;
mulberry32). Calibration: Platt scaling (with Platt's smoothed targets) fitted on the
out-of-fold logits of the ${o.folds}-fold CV below, folded into the shipped bias and weights, which
are then rounded to 5 significant digits. Platt scale ${f4(r.cv.platt.scale)}, shift ${f4(r.cv.platt.shift)}.

Why logistic regression: it gives a probability that can be calibrated and a weight per feature
that can be read; scoring is one lookup per feature, fast enough for every comment of an audit.
Naive Bayes (multinomial, binary counts), tried under the same protocol, ranked worse (lower AUC
on every left-out video) and its probabilities pile up at 0 and 1. λ, the stems and the length damping were chosen by
comparing a few settings on these same cross-validations, so the figures below are slightly
optimistic; the held-out videos and real Instagram comments are the honest test.

The heavier penalty on single words (${o.wordPenalty}·λ) makes the model lean on phrases ("my channel",
"check out") and stems more than on lone words that friendly comments share ("please", "me",
"channel"). It was chosen from a few settings (words 1, 2, 3, 5 or 10 times λ, stems with them or
not; pairs 1 or 0.5 times λ) by the leave-one-video-out MCC below, averaged over 5 seeds of the
inner folds that set each split's threshold, which it had to leave no lower on average than λ
alone did (it moved each video by about 0.01 or less, within the noise of the threshold: not a
gain in itself), and by the pSpam of the invented friendly comments under Known limits
(hand-written, not labelled data; none was trained on). Chosen on the same left-out videos it
is reported on, so those figures are optimistic too. Tried and dropped under the same protocol,
none better on the left-out videos: hashed character 3–5-grams (within words or across them), NB
log-count-ratio feature scaling (NBSVM), squeezing repeated letters, 1/√n or no length damping,
λ 0.03 and 0.3, and taking the threshold and calibration from a leave-one-video-out inside the
training videos instead of a 5-fold CV.

## Leave one video out

Trained on two videos, tested on the third. The threshold and calibration of each row come from a
${o.folds}-fold CV inside the two training videos only (chosen as below), so nothing of the test
video is used. "MCC with rules" labels spam as \`classifyComment\` does (a rule or the model).

| test video | rows | spam | train rows | threshold | AUC | MCC | precision | recall | F1 | Brier | MCC with rules |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${lovo}

The project's target is MCC ≥ ${LOVO_MCC_TARGET} on each video. ${
    below.length === 0 ? "Every video reaches it." : `Not reached on: ${below.join("; ")}.`
  }
Video 07's annotators label "like this comment if …" requests as spam; the other two videos have
almost none (and 01 labels "like if you came here to …" as not spam), so a model trained on 01 and
04 misses them: they are most of 07's false negatives.

## ${o.folds}-fold cross-validation (stratified, all videos pooled)

Out-of-fold predictions: each comment scored by the model trained on the other four folds,
calibrated by the Platt fit on all out-of-fold logits, at the shipped threshold (chosen on these
same predictions, so the MCC, precision, recall and F1 here are slightly optimistic; AUC is not
affected by the threshold).

| fold | rows | spam | AUC | MCC | precision | recall | F1 | Brier |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${folds}
${metricsRow("**pooled**", r.cv.pooled)}

## Calibration

Reliability of the out-of-fold probabilities, ${r.calibration.how}, so no comment's probability
comes from a calibration fitted on it. Brier score: ${f4(r.calibration.brier)}.

| pSpam | comments | mean pSpam | share spam |
| --- | ---: | ---: | ---: |
${bins}

The probabilities are calibrated for the training mix (spam share ${f3(d.spam / d.kept)}). On an
Instagram account, where spam is rarer, the same score means a lower probability.

## Threshold

**${model.threshold}**: ${r.threshold.how}.

MCC is flat near its maximum, so the single best threshold mostly reflects the fold split; the
middle of the near-best range (within ${MCC_TOLERANCE}) moved less between splits and did better on the
left-out videos.

## Rules

The rules name Instagram spam that the YouTube data lacks; any one makes a comment spam. They are
written narrowly: each wants the spammer's phrasing, and tests list friendly comments that must
not fire. Hits are counted on the ${int(d.kept)} training comments (the link rule's hits on
non-spam there are mostly people sharing the video's own link).

| rule | catches | hits on spam | hits on non-spam |
| --- | --- | ---: | ---: |
${rules}

## Known limits

- **YouTube 2013–2015, not Instagram.** The model learnt what spam looked like under music videos:
  "check out my channel", "subscribe", links; comments about the song were the rest. Friendly
  Instagram comments that ask or thank can score high (below: invented comments, this model's
  pSpam and what the rules say). The rules cover Instagram's own spam (links, DMs, "check my
  page", crypto, follower selling); read the model's share of an audit as a signal, with the
  comments shown.

${probe}

- **Mostly English.** Other languages get little from the model; the rules know a few German,
  French, Spanish and Italian forms.
- **Base rate.** See Calibration: pSpam is calibrated where about half the comments are spam.
- **Labels differ between videos** (see Leave one video out): "spam" in this collection includes
  like-requests on one video and not on another.
- **Rules judge text only.** A creator's own "link in bio" reply would be spam by rule; the audit
  reads other accounts' comments.

## Reproduce

\`npm run train\` rewrites this card and the weights from \`../shared/datasets\` (or
\`VOUCH_DATASETS\`); \`test/core/comment-spam.test.ts\` re-runs the training and checks that both
files come out byte for byte as committed.
`;
}
