import { describe, expect, it } from "vitest";
import { computeCommentQuality } from "../../src/core/comment-quality.js";
import { classifyComment } from "../../src/core/comment-spam.js";
import type { Comment, Post } from "../../src/core/types.js";

const T0 = Date.parse("2026-09-01T12:00:00Z");
const MIN = 60_000;
const posts: Post[] = [1, 2, 3, 4, 5].map((i) => ({
  platformPostId: `p${i}`,
  shortcode: null,
  takenAt: T0 + i * 86_400_000,
  kind: "image",
  caption: null,
  likes: 100,
  comments: 4,
  views: null,
  isAd: null,
  sponsors: null,
  location: null,
}));

let n = 0;
function comment(post: number, author: string, text: string, minutesAfter: number): Comment {
  return {
    platformCommentId: `c${++n}`,
    platformPostId: `p${post}`,
    parentId: null,
    authorId: null,
    authorUsername: author,
    text,
    createdAt: T0 + post * 86_400_000 + minutesAfter * MIN,
    likes: null,
  };
}

const opts = {
  minComments: 10,
  repeatPostShare: 0.5,
  minPostsForRepeat: 4,
  fastMinutes: 10,
  evidenceLimit: 10,
};

describe("computeCommentQuality", () => {
  // A pod: pod_a and pod_b comment on every post within minutes with the same vague line;
  // one real commenter per post asks something specific; the creator's own comment is ignored.
  const comments: Comment[] = [];
  for (let p = 1; p <= 5; p++) {
    comments.push(comment(p, "pod_a", "This is so inspiring honestly", 2));
    comments.push(comment(p, "pod_b", "🔥🔥", 4));
    comments.push(comment(p, `fan_${p}`, `Where was photo ${p} taken?`, 60));
  }
  comments.push(comment(3, "fan_3", "Asking again, where is this?", 90));
  comments.push(comment(1, "creator", "Thanks all!", 30));
  const q = computeCommentQuality(posts, comments, (c) => c.authorUsername === "creator", opts);

  it("counts only other accounts' comments", () => {
    // 5 posts × 3 + 1 extra = 16; the creator's comment is excluded.
    expect(q.total).toBe(16);
  });

  it("finds generic comments", () => {
    // The five "🔥🔥" comments.
    expect(q.generic).toBe(5);
    expect(q.genericShare).toBeCloseTo(5 / 16, 10);
    expect(q.genericByKind).toEqual({ emoji_only: 5, mention_only: 0, stock_praise: 0 });
  });

  it("finds the same text on several posts, but not generic repeats", () => {
    // "This is so inspiring honestly" on 5 posts; "🔥🔥" is generic, counted there instead;
    // "Where was photo N taken?" differ by N.
    expect(q.duplicate).toBe(5);
    expect(q.duplicateShare).toBeCloseTo(5 / 16, 10);
    expect(q.examples.duplicates[0]).toMatchObject({
      text: "This is so inspiring honestly",
      comments: 5,
      posts: 5,
    });
  });

  it("finds comments within minutes of posting", () => {
    // pod_a at +2 min and pod_b at +4 min on each of 5 posts.
    expect(q.fast).toBe(10);
    expect(q.fastShare).toBeCloseTo(10 / 16, 10);
  });

  it("finds repeat commenters on more than half of the posts", () => {
    // pod_a and pod_b: 5 of 5 posts. fan_3: 1 post.
    expect(q.repeatCommenters.map((r) => r.author)).toEqual(["pod_a", "pod_b"]);
    expect(q.repeatCommenterShare).toBeCloseTo(10 / 16, 10);
  });

  it("gives per-post figures", () => {
    const p3 = q.perPost.find((p) => p.postId === "p3");
    expect(p3).toMatchObject({ total: 4, generic: 1, duplicate: 1, fast: 2, byRepeatCommenters: 2 });
    expect(p3?.genericShare).toBeCloseTo(0.25, 10);
  });

  it("says 'not enough data' for shares with fewer than 10 comments", () => {
    const few = computeCommentQuality(posts, comments.slice(0, 9), () => false, opts);
    expect(few.genericShare).toBeNull();
    expect(few.duplicateShare).toBeNull();
    expect(few.notEnoughData[0]).toMatch(/9 comment\(s\).*at least 10/);
  });

  it("counts a comment that is both generic and spam once among the inauthentic ones", () => {
    // 3 emoji-only (generic), 2 investment testimonials (spam: the model is sure), 1 emoji
    // beside two "trader" accounts (generic: mentions of two accounts alone; spam: the model
    // is sure of such names after a comment's start), 4 specific questions.
    const testimonial = "I invested $500 and got a return of $11 000 in 7 days thanks to @trade_with_anna_fx";
    const mixed = [
      ...[1, 2, 3].map((i) => comment(1, `e${i}`, "🔥🔥", 60)),
      ...[1, 2].map((i) => comment(2, `s${i}`, testimonial, 60)),
      comment(3, "m1", "🔥 @trade_with_anna_fx @fx_anna_trades", 60),
      ...[1, 2, 3, 4].map((i) => comment(4, `q${i}`, `Which lens did you use for shot ${i}?`, 60)),
    ];
    expect(mixed.map((c) => classifyComment(c.text).label)).toEqual([
      "generic",
      "generic",
      "generic",
      "spam",
      "spam",
      "spam",
      "ok",
      "ok",
      "ok",
      "ok",
    ]);
    const m = computeCommentQuality(posts, mixed, () => false, opts);
    // classifyComment labels the mentions spam (spam wins); they are generic too: 4 generic, 3 spam.
    expect([m.generic, m.spam]).toEqual([4, 3]);
    // 4 + 3 − 1 counted twice = 6 of 10.
    expect(m.inauthentic).toBe(6);
    expect(m.inauthenticShare).toBeCloseTo(0.6, 10);
  });

  it("counts possibly-spam comments apart and never among the inauthentic ones", () => {
    // 2 with a short link (the link rule fires; the model is not sure): possibly spam; one of
    // them bare mentions of two accounts too (generic). 8 specific questions.
    const mixed = [
      comment(1, "l1", "Free promo here bit.ly/promo-now", 60),
      comment(1, "l2", "@cheap.followers.shop @cheap.likes.shop", 60),
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) =>
        comment(2, `q${i}`, `Which lens did you use for shot ${i}?`, 60),
      ),
    ];
    const labels = mixed.map((c) => classifyComment(c.text));
    expect(labels.slice(0, 2).map((l) => [l.label, l.reasons])).toEqual([
      ["possible_spam", ["link"]],
      ["possible_spam", ["link"]],
    ]);
    const m = computeCommentQuality(posts, mixed, () => false, opts);
    expect([m.generic, m.spam, m.possibleSpam]).toEqual([1, 0, 2]);
    expect(m.possibleSpamShare).toBeCloseTo(0.2, 10);
    expect(m.possibleSpamByReason).toEqual({ link: 2 });
    expect(m.examples.possibleSpam.map((e) => [e.author, e.label])).toEqual([
      ["l1", "possible_spam"],
      ["l2", "possible_spam"],
    ]);
    // Only the generic mention counts against the creator: 1 of 10.
    expect(m.inauthentic).toBe(1);
  });
});
