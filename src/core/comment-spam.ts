// Is a comment spam? One label per comment — spam, generic or ok — from three sources,
// in this order: the hand rules for Instagram spam (spam-rules.ts), the spam model
// trained on YouTube comments (models/comment-spam.json, see docs/models/comment-spam.md),
// and the generic-comment rule of comment-rules.ts. Pure: the weights are data imported
// with the module, checked once when it loads. Audits store COMMENT_MODEL_VERSION.
import { classifyText } from "./comment-rules.js";
import {
  type CommentModelWeights,
  foldText,
  weightedFeatureSum,
  weightTable,
} from "./comment-spam-features.js";
import rawWeights from "./models/comment-spam.json" with { type: "json" };
import { spamRulesFolded } from "./spam-rules.js";

/** A light check of the JSON's shape: a wrong file should fail at start-up, not score nonsense. */
function loadWeights(raw: unknown): CommentModelWeights {
  const m = raw as Partial<CommentModelWeights> | null;
  const ok =
    m !== null &&
    typeof m === "object" &&
    m.format === "comment-spam-v1" &&
    typeof m.hash === "string" &&
    /^[0-9a-f]{12}$/.test(m.hash) &&
    typeof m.threshold === "number" &&
    m.threshold > 0 &&
    m.threshold < 1 &&
    Number.isFinite(m.bias) &&
    typeof m.weights === "object" &&
    m.weights !== null &&
    Object.values(m.weights).every(Number.isFinite);
  if (!ok) throw new Error("models/comment-spam.json is not a comment-spam-v1 model; run `npm run train`");
  return m as CommentModelWeights;
}

const MODEL = loadWeights(rawWeights);
const TABLE = weightTable(MODEL.weights);

/** Stored with every audit: the label logic (v1, bump when rules or labels change) + the weights' hash. */
export const COMMENT_MODEL_VERSION = `comment-spam-v1+${MODEL.hash}`;

/** pSpam at or above this is spam (chosen on out-of-fold predictions; see the model card). */
export const SPAM_THRESHOLD = MODEL.threshold;

function probability(text: string, folded: string): number {
  return 1 / (1 + Math.exp(-(MODEL.bias + weightedFeatureSum(text, folded, TABLE))));
}

/** The model's calibrated probability that the comment is spam, in [0, 1]. */
export function spamProbability(text: string): number {
  return probability(text, foldText(text));
}

export { spamRules } from "./spam-rules.js";

export type CommentLabel = "spam" | "generic" | "ok";

/**
 * The spam half of classifyComment, for callers that already know whether the text is
 * generic (the audit): `reasons` is empty when the comment is not spam.
 */
export function spamVerdict(text: string): { pSpam: number; reasons: string[] } {
  const folded = foldText(text);
  const pSpam = probability(text, folded);
  const reasons: string[] = spamRulesFolded(folded);
  if (pSpam >= SPAM_THRESHOLD) reasons.push("model");
  return { pSpam, reasons };
}

export interface ClassifiedComment {
  /** The model's probability, also when a rule decided the label. */
  pSpam: number;
  label: CommentLabel;
  /**
   * Why: for spam, the rules that fired and "model" when pSpam reached the threshold;
   * for generic, its kind (emoji_only, mention_only, stock_praise); for ok, nothing.
   */
  reasons: string[];
}

/**
 * spam when a rule fires or pSpam ≥ SPAM_THRESHOLD; else generic when classifyText says
 * so; else ok. A rule never changes pSpam: it stays the model's estimate, so a rule's
 * spam can carry a low pSpam and the two can be read apart.
 */
export function classifyComment(text: string): ClassifiedComment {
  const { pSpam, reasons } = spamVerdict(text);
  if (reasons.length > 0) return { pSpam, label: "spam", reasons };
  const generic = classifyText(text).generic;
  return generic ? { pSpam, label: "generic", reasons: [generic] } : { pSpam, label: "ok", reasons: [] };
}
