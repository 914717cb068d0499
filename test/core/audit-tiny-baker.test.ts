// The whole audit on fixtures/instaloader/tiny_baker, read through the Instaloader
// importer. Every expected value is worked out by hand from the fixture files:
// 8,000 followers; posts A (240 likes, 6 comments), B (400, 5, a video with 5,000
// views), C (160, 4); 12 top-level comments by others (A: 5, B: 4, C: 3), one
// reply by another account (anna_k "same here"), 4 creator replies.
import { describe, expect, it } from "vitest";
import { auditAccount } from "../../src/core/audit.js";
import { planSources, readSources } from "../../src/ingest/read-sources.js";

const FOLDER = "fixtures/instaloader/tiny_baker";

async function audit() {
  const [data] = await readSources(await planSources([FOLDER]), { account: null, capturedAt: null, now: 0 });
  if (!data) throw new Error("no account read");
  return auditAccount(data);
}

describe("audit of tiny_baker", () => {
  it("engagement", async () => {
    const r = await audit();
    // ER: A (240 + 6) / 8000 = 0.03075, B 405 / 8000 = 0.050625, C 164 / 8000 = 0.0205.
    expect(r.engagement.medianRate).toBeCloseTo(0.03075, 12);
    expect(r.engagement.meanRate).toBeCloseTo((0.03075 + 0.050625 + 0.0205) / 3, 12);
    expect(r.engagement.postsUsed).toBe(3);
    expect(r.engagement.tier).toBe("micro");
    // One video only: below the 3 posts needed for a views-based median.
    expect(r.engagement.viewsMedianRate).toBeNull();
    expect(r.engagement.perPost.find((p) => p.postId === "3002")?.viewsRate).toBeCloseTo(405 / 5000, 12);
    // Likes / comments: 40, 80, 40 → median 40.
    expect(r.engagement.likesToComments).toBe(40);
  });

  it("responsiveness", async () => {
    const r = await audit();
    // Replied: A1 (+60 min), A4 (creator at +260 after the comment at +200: 60), B1 (+30), C2 (+15).
    expect(r.responsiveness.topLevelComments).toBe(12);
    expect(r.responsiveness.repliedComments).toBe(4);
    expect(r.responsiveness.replyShare).toBeCloseTo(4 / 12, 12);
    // Delays 15, 30, 60, 60 → median 45.
    expect(r.responsiveness.medianReplyDelayMinutes).toBe(45);
    expect(r.responsiveness.postsWithRepliesShare).toBe(1);
    const thread = r.responsiveness.evidence.repliedThreads.find((t) => t.comment.author === "dev_r");
    expect(thread?.replies.map((x) => [x.author, x.byCreator])).toEqual([
      ["anna_k", false],
      ["tiny_baker", true],
    ]);
  });

  it("comment quality", async () => {
    const r = await audit();
    // 13 comments by others; generic: 🔥🔥🔥 ×2, 😍, "Wow", "nice pic" = 5. "@friend_one"
    // tags one account: a friend tag, not generic (audit-v6; it made 6 before).
    expect(r.comments.total).toBe(13);
    expect(r.comments.generic).toBe(5);
    expect(r.comments.genericShare).toBeCloseTo(5 / 13, 12);
    expect(r.comments.genericByKind).toEqual({ emoji_only: 3, mention_only: 0, stock_praise: 2 });
    expect(r.comments.friendTags).toBe(1);
    // "Those croissants look perfect…" on A and C.
    expect(r.comments.duplicate).toBe(2);
    expect(r.comments.duplicateShare).toBeCloseTo(2 / 13, 12);
    // Within 10 minutes: 🔥🔥🔥 +5 (A), nice pic +8, 🔥🔥🔥 +3 (B), 😍 +2 (C).
    expect(r.comments.fast).toBe(4);
    // Only 3 posts: too few to look for repeat commenters.
    expect(r.comments.repeatCommenterShare).toBeNull();
    expect(r.notEnoughData).toContain("repeat commenters: 3 post(s) with comments, need at least 4");
  });

  it("spam: none, not even possibly; friendly questions are no spam", async () => {
    const r = await audit();
    // No comment fires a spam rule, and the model's pSpam stays far under the possibly-spam
    // threshold for all 13 (the highest is about 0.02). dev_r's "Recipe please! My layers
    // always collapse" was spam under comment-spam-v1 (pSpam 0.83); now about 0.01.
    expect(r.comments.spam).toBe(0);
    expect(r.comments.spamShare).toBe(0);
    expect(r.comments.possibleSpam).toBe(0);
    expect(r.comments.possibleSpamShare).toBe(0);
    // Generic or spam, each once: the 5 generic comments.
    expect(r.comments.inauthentic).toBe(5);
  });

  it("trust score", async () => {
    const r = await audit();
    expect(r.score.version).toBe("trust-v3");
    // No follower sample, no history, no sponsored post: engagement (0.25), responsiveness
    // (0.15) and comment quality (0.15) carry the score, 0.55 of the weight.
    // Engagement: no anomaly → 100. Responsiveness: 4 of 12 answered, 1/3 between the
    // anchors 0.25 → 85 and 0.4 → 100: 85 + (1/3 − 0.25) / 0.15 × 15 = 93.33.
    // Comment quality: 5 of 13 generic or spam (the friend tag no longer counts, trust-v3),
    // 0.3846 between 0.25 → 70 and 0.5 → 0: 70 − (5/13 − 0.25) / 0.25 × 70 = 32.31 (trust-v2:
    // 6 of 13, 10.77; under trust-v1 dev_r's question made it 7 of 13, past 0.5: 0).
    const quality = r.score.components.find((c) => c.id === "comment_quality");
    expect(quality?.value).toBe(32.3);
    expect(quality?.reasons[0]?.text).toBe(
      "38% of followers' comments are generic and 0% spam or scams (13 comments read).",
    );
    // (100 × 0.25 + 93.33 × 0.15 + 32.31 × 0.15) / 0.55 = 43.85 / 0.55 = 79.72 → 80
    // (trust-v2: 74, trust-v1: 71).
    expect(r.score.value).toBe(80);
    expect(r.score.grade?.band).toBe("B");
  });
});
