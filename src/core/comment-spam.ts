// Is a comment spam? One label per comment — spam, possible_spam, generic or ok — from
// three sources: the spam model trained on YouTube and Instagram comments
// (models/comment-spam.json, see docs/models/comment-spam.md), the hand rules for
// Instagram spam (spam-rules.ts), and the generic-comment rule of comment-rules.ts.
// Only what is sure counts against a creator: "spam" is the model at a threshold whose
// precision on Instagram reached 0.95 in cross-validation; the rules (less precise on
// real Instagram comments) and the model between its two thresholds say "possibly spam",
// shown with the comment but never a penalty. Pure: the weights are data imported with
// the module, checked once when it loads. Audits store COMMENT_MODEL_VERSION.
import { classifyText } from "./comment-rules.js";
import {
  type CommentModelWeights,
  foldText,
  weightedFeatureSum,
  weightTable,
} from "./comment-spam-features.js";
import rawWeights from "./models/comment-spam.json" with { type: "json" };
import { type SpamLevel, spamLevel } from "./spam-level.js";
import { spamRulesFolded } from "./spam-rules.js";

const isProbability = (x: unknown): x is number => typeof x === "number" && x > 0 && x < 1;

/** A light check of the JSON's shape: a wrong file should fail at start-up, not score nonsense. */
function loadWeights(raw: unknown): CommentModelWeights {
  const m = raw as Partial<CommentModelWeights> | null;
  const ok =
    m !== null &&
    typeof m === "object" &&
    m.format === "comment-spam-v2" &&
    typeof m.hash === "string" &&
    /^[0-9a-f]{12}$/.test(m.hash) &&
    isProbability(m.possibleThreshold) &&
    isProbability(m.threshold) &&
    m.possibleThreshold <= m.threshold &&
    Number.isFinite(m.bias) &&
    typeof m.weights === "object" &&
    m.weights !== null &&
    Object.values(m.weights).every(Number.isFinite);
  if (!ok) throw new Error("models/comment-spam.json is not a comment-spam-v2 model; run `npm run train`");
  return m as CommentModelWeights;
}

const MODEL = loadWeights(rawWeights);
const TABLE = weightTable(MODEL.weights);

/** Stored with every audit: the label logic (v2, bump when rules or labels change) + the weights' hash. */
export const COMMENT_MODEL_VERSION = `comment-spam-v2+${MODEL.hash}`;

/** pSpam at or above this is spam: precision ≥ 0.95 on Instagram in cross-validation (see the model card). */
export const SPAM_THRESHOLD = MODEL.threshold;

/** pSpam at or above this (and below SPAM_THRESHOLD) is possibly spam: shown, no penalty. */
export const POSSIBLE_SPAM_THRESHOLD = MODEL.possibleThreshold;

function probability(text: string, folded: string): number {
  return 1 / (1 + Math.exp(-(MODEL.bias + weightedFeatureSum(text, folded, TABLE))));
}

/** The model's calibrated probability that the comment is spam, in [0, 1]. */
export function spamProbability(text: string): number {
  return probability(text, foldText(text));
}

export { spamRules } from "./spam-rules.js";

export type CommentLabel = "spam" | "possible_spam" | "generic" | "ok";

export type { SpamLevel };

const THRESHOLDS = { possible: POSSIBLE_SPAM_THRESHOLD, sure: SPAM_THRESHOLD } as const;

export interface SpamVerdict {
  pSpam: number;
  level: SpamLevel;
  /**
   * The rules that fired and "model" when pSpam reached the possible-spam threshold;
   * empty when the level is null.
   */
  reasons: string[];
}

/** The spam half of classifyComment, for callers that already know whether the text is generic (the audit). */
export function spamVerdict(text: string): SpamVerdict {
  const folded = foldText(text);
  const pSpam = probability(text, folded);
  const reasons: string[] = spamRulesFolded(folded);
  const level = spamLevel(pSpam, reasons.length, THRESHOLDS);
  if (pSpam >= POSSIBLE_SPAM_THRESHOLD) reasons.push("model");
  return { pSpam, level, reasons };
}

export interface ClassifiedComment {
  /** The model's probability, also when a rule fired. */
  pSpam: number;
  label: CommentLabel;
  /**
   * Why: for spam and possible_spam, the rules that fired and "model" when pSpam reached
   * the possible-spam threshold; for generic, its kind (emoji_only, mention_only,
   * stock_praise); for ok, nothing.
   */
  reasons: string[];
}

/**
 * spam when pSpam ≥ SPAM_THRESHOLD; else possible_spam when a rule fires or pSpam ≥
 * POSSIBLE_SPAM_THRESHOLD; else generic when classifyText says so; else ok. A rule never
 * changes pSpam: it stays the model's estimate, so the two can be read apart.
 */
export function classifyComment(text: string): ClassifiedComment {
  const { pSpam, level, reasons } = spamVerdict(text);
  if (level !== null) return { pSpam, label: level, reasons };
  const generic = classifyText(text).generic;
  return generic ? { pSpam, label: "generic", reasons: [generic] } : { pSpam, label: "ok", reasons: [] };
}
