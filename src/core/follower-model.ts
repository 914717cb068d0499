// The follower-authenticity model at inference: features → stored model parts → Platt
// calibration → pFake, then HypeAuditor's classes (METHODS.md) and the sample's fake
// share. The weights are src/core/models/follower-fake.json, written by `npm run train`
// (docs/models/follower-authenticity.md); nothing here reads files or the clock.
import { type ErrorRates, estimateFakeShare, type FakeShare, type RateSpread } from "./fake-share.js";
import { FEATURE_COUNT, FOLLOWER_FEATURES, writeFollowerFeatures } from "./follower-features.js";
import {
  FOLLOWER_CLASSES,
  type FollowerClass,
  type FollowerInput,
  type FollowerScore,
} from "./follower-input.js";
import { type FollowerModelParts, modelMargin } from "./follower-margin.js";
import weights from "./models/follower-fake.json" with { type: "json" };

export interface FollowerModelJson {
  version: string;
  features: string[];
  /** Features the model was trained without (their meaning differs between crawls). */
  unread: string[];
  /** Which candidate was shipped (trees, logistic, blend …), for the card and the audit. */
  shape: string;
  calibration: { slope: number; intercept: number };
  /** pFake at or above this is `fake`. */
  threshold: number;
  errorRates: {
    /** Out-of-fold, all sources pooled: the rates the fake share is corrected with. */
    pooled: ErrorRates;
    bySource: Record<string, ErrorRates>;
    /** Each source's rates when the model was trained without it. */
    heldOut: Record<string, ErrorRates>;
    /** How far the rates move on a population the model never saw (the interval widens by it). */
    spread: RateSpread;
  };
  /** Share of fake accounts in the training data: pFake of a follower nothing is known about. */
  prior: number;
  /** Fewer scored followers than this: the fake share is "not enough data". */
  minSample: number;
  parts: FollowerModelParts;
}

// Our own file, checked by the reproduction test; the feature list guards against a stale one.
const model = weights as unknown as FollowerModelJson;
if (model.features.join() !== FOLLOWER_FEATURES.join())
  throw new Error("src/core/models/follower-fake.json was trained on other features: run `npm run train`");

const margin = modelMargin(model.parts);

export const FOLLOWER_MODEL_VERSION = model.version;
export const FOLLOWER_THRESHOLD = model.threshold;
export const MIN_FOLLOWER_SAMPLE = model.minSample;
/** HypeAuditor's line: accounts following more than this many are mass followers; fewer are reachable. */
export const MASS_FOLLOWING = 1500;
export const INFLUENCER_FOLLOWERS = 5000;

const known = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

/** HypeAuditor's classes in priority order: mass follower, influencer, suspicious (the model), real. */
export function followerClass(f: FollowerInput, fake: boolean): FollowerClass {
  if (known(f.following) && f.following > MASS_FOLLOWING) return "mass_follower";
  if (
    known(f.followers) &&
    known(f.following) &&
    f.followers > INFLUENCER_FOLLOWERS &&
    f.following < MASS_FOLLOWING
  )
    return "influencer";
  return fake ? "suspicious" : "real";
}

const buffer = new Float64Array(FEATURE_COUNT);

/** pFake of one follower; a follower with every field unknown gets the prior. */
export function fakeProbability(f: FollowerInput): number {
  writeFollowerFeatures(f, buffer, 0);
  let anyKnown = false;
  for (let j = 0; j < FEATURE_COUNT && !anyKnown; j++) anyKnown = !Number.isNaN(buffer[j] as number);
  if (!anyKnown) return model.prior;
  const m = margin(buffer, 0);
  return 1 / (1 + Math.exp(-(model.calibration.slope * m + model.calibration.intercept)));
}

export function scoreFollower(f: FollowerInput): FollowerScore {
  const pFake = fakeProbability(f);
  const fake = pFake >= model.threshold;
  return {
    pFake,
    fake,
    class: followerClass(f, fake),
    reachable: known(f.following) ? f.following < MASS_FOLLOWING : null,
  };
}

export interface FollowerSampleSummary {
  n: number;
  /** Estimated share of fake accounts with its 95% interval; null below MIN_FOLLOWER_SAMPLE. */
  fakeShare: number | null;
  fakeShareLow: number | null;
  fakeShareHigh: number | null;
  /** Share the model flagged, before the correction for its error rates. */
  flaggedShare: number | null;
  classes: Record<FollowerClass, number>;
  /** Followers known to follow fewer than 1,500 accounts, and those whose following is known. */
  reachable: number;
  reachableKnown: number;
  notEnoughData: string | null;
}

export function summariseFollowers(scores: readonly FollowerScore[]): FollowerSampleSummary {
  const classes = Object.fromEntries(FOLLOWER_CLASSES.map((c) => [c, 0])) as Record<FollowerClass, number>;
  let flagged = 0;
  let reachable = 0;
  let reachableKnown = 0;
  for (const s of scores) {
    classes[s.class]++;
    if (s.fake) flagged++;
    if (s.reachable !== null) {
      reachableKnown++;
      if (s.reachable) reachable++;
    }
  }
  const n = scores.length;
  const base = { n, classes, reachable, reachableKnown };
  if (n < model.minSample)
    return {
      ...base,
      fakeShare: null,
      fakeShareLow: null,
      fakeShareHigh: null,
      flaggedShare: null,
      notEnoughData: `not enough data: ${n} followers scored, the fake share needs at least ${model.minSample}`,
    };
  const est: FakeShare = estimateFakeShare(flagged, n, model.errorRates.pooled, model.errorRates.spread);
  return {
    ...base,
    fakeShare: est.share,
    fakeShareLow: est.low,
    fakeShareHigh: est.high,
    flaggedShare: est.flaggedShare,
    notEnoughData: null,
  };
}

/**
 * What the fake-share interval accounts for, in words (the CLI and the creator page show
 * it next to the interval).
 */
export function fakeShareIntervalNote(): string {
  const { spread, heldOut } = model.errorRates;
  const sources = Object.keys(heldOut).length;
  const pts = (v: number) => `${(v * 100).toFixed(0)} points`;
  return (
    `The 95% interval accounts for the sample's size, the model's measured error rates, and how much ` +
    `those rates moved on follower populations it was not trained on (${sources} labelled sources, each ` +
    `left out in turn: where sensitivity fell, by ${pts(spread.sensitivityBelow)} root mean square, the true share may be ` +
    `higher, so the upper side widens; where specificity fell, by ${pts(spread.specificityBelow)}, it may be lower). ` +
    `It does not account for a population unlike all of them.`
  );
}
