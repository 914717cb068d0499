import { describe, expect, it } from "vitest";
import { computeCommentQuality } from "../../src/core/comment-quality.js";
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
    // 3 emoji-only (generic), 2 with a short link (spam, not generic), 1 bare mention of a
    // shop's domain-like name (generic: mention only; spam: the link rule), 4 specific questions.
    const mixed = [
      ...[1, 2, 3].map((i) => comment(1, `e${i}`, "🔥🔥", 60)),
      ...[1, 2].map((i) => comment(2, `l${i}`, "Free promo here bit.ly/promo-now", 60)),
      comment(3, "m1", "@cheap.followers.shop", 60),
      ...[1, 2, 3, 4].map((i) => comment(4, `q${i}`, `Which lens did you use for shot ${i}?`, 60)),
    ];
    const m = computeCommentQuality(posts, mixed, () => false, opts);
    expect([m.generic, m.spam]).toEqual([4, 3]);
    // 4 + 3 − 1 counted twice = 6 of 10.
    expect(m.inauthentic).toBe(6);
    expect(m.inauthenticShare).toBeCloseTo(0.6, 10);
  });
});
