// How sure a spam verdict is, from the model's pSpam and the hand rules that fired: the
// one place that draws the line between "spam" (counts against a creator) and "possibly
// spam" (shown, no penalty). Its own file, without the weights, so that training can
// label with a model it is writing (the card's behaviour sets) and inference with the
// shipped one (comment-spam.ts).

/** spam (counts against the creator), possible_spam (shown only), or neither. */
export type SpamLevel = "spam" | "possible_spam" | null;

/**
 * spam when pSpam reaches the sure threshold (precision ≥ 0.95 on Instagram in
 * cross-validation); possible_spam when a rule fired or pSpam reaches the possible
 * threshold; else null. Rules alone are never sure: on real Instagram comments their
 * precision was below 0.95 (the model card counts their hits).
 */
export function spamLevel(
  pSpam: number,
  rulesFired: number,
  thresholds: { readonly possible: number; readonly sure: number },
): SpamLevel {
  if (pSpam >= thresholds.sure) return "spam";
  return rulesFired > 0 || pSpam >= thresholds.possible ? "possible_spam" : null;
}
