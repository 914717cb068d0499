// How sure a trust score or a fit is: the share of its weight that had data, shown beside
// the score ("63 C · based on 40% of the evidence"), and whether it is provisional (too
// little of the weight had data to stand beside complete scores). A thin score looked as
// sure as a full one in every list; this is the one place that says how thin it is.
// Thresholds are argued in docs/methodology.md, section 9.7.
import type { AudienceFit } from "./audience-fit.js";
import { FIT_PART_IDS, FIT_PART_LABELS } from "./audience-fit.js";

/**
 * Below this share of the weight with data a score is provisional. 60%: the two fraud
 * signals (audience and engagement authenticity, 25% each) cannot both be missing, and
 * one of them missing with growth and disclosure (55%) is too thin; growth and
 * disclosure alone missing (80%), as in most first imports, is not.
 */
export const PROVISIONAL_BELOW = 0.6;

/** A fit judged on fewer parts than this is provisional: one share says little about an audience. */
export const MIN_FIT_PARTS = 2;

export interface Confidence {
  /** Share of the weight that had data, 0–1. */
  coverage: number;
  provisional: boolean;
  /** "based on 40% of the evidence", with "provisional" when it is. */
  words: string;
}

/** The share of the trust score's weight whose components had data (left-out components carry none). */
export function trustCoverage(score: {
  components: readonly { weight: number; value: number | null }[];
}): number {
  return round3(score.components.reduce((s, c) => (c.value === null ? s : s + c.weight), 0));
}

export function trustConfidence(coverage: number): Confidence {
  const provisional = coverage < PROVISIONAL_BELOW - 1e-9;
  return { coverage, provisional, words: evidenceWords(coverage, provisional) };
}

/** "based on 40% of the evidence · provisional". */
export function evidenceWords(coverage: number, provisional: boolean): string {
  return `based on ${Math.round(coverage * 100)}% of the evidence${provisional ? " · provisional" : ""}`;
}

/** "63 C · based on 40% of the evidence · provisional"; a missing score says so. */
export function scoreWithConfidence(
  value: number | null,
  grade: string | null,
  coverage: number | null,
): string {
  const head = value === null ? "no score" : `${value}${grade ? ` ${grade}` : ""}`;
  return coverage === null ? head : `${head} · ${trustConfidence(coverage).words}`;
}

export interface FitConfidence extends Confidence {
  /** How many parts had a value. */
  parts: number;
  /** Their labels, in the fit's order: "language". */
  partLabels: string[];
}

/**
 * A fit's coverage is the weight of the parts judged over the weight of the parts the target
 * asks about: a part the target leaves open ("any country") is no missing evidence. It is
 * provisional when fewer than two parts were judged or below PROVISIONAL_BELOW.
 */
export function fitConfidence(
  fit: Pick<AudienceFit, "parts" | "weightWithData" | "weightAsked">,
): FitConfidence {
  const judged = FIT_PART_IDS.filter((id) => fit.parts[id].value !== null);
  const coverage = fit.weightAsked > 0 ? round3(fit.weightWithData / fit.weightAsked) : 0;
  const provisional = judged.length < MIN_FIT_PARTS || coverage < PROVISIONAL_BELOW - 1e-9;
  const partLabels = judged.map((id) => FIT_PART_LABELS[id].toLowerCase());
  const from =
    judged.length === 0
      ? "no part judged"
      : `from ${judged.length} part${judged.length === 1 ? "" : "s"} (${partLabels.join(", ")})`;
  return {
    coverage,
    provisional,
    parts: judged.length,
    partLabels,
    words: `${from}, ${evidenceWords(coverage, provisional)}`,
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
