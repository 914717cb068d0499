import { describe, expect, it } from "vitest";
import { computeCommentQuality } from "../../src/core/comment-quality.js";
import { computeEngagement } from "../../src/core/engagement.js";
import { computeEngagementAnomalies } from "../../src/core/engagement-anomalies.js";
import type { Comment, Post } from "../../src/core/types.js";

const T0 = Date.parse("2026-09-01T12:00:00Z");
const DAY = 86_400_000;
const MIN = 60_000;
const OPTS = {
  window: 12,
  minPosts: 3,
  minComments: 10,
  repeatPostShare: 0.5,
  minPostsForRepeat: 4,
  fastMinutes: 10,
  evidenceLimit: 10,
};
const notCreator = (c: Comment) => c.authorUsername === "creator";

function posts(likes: number[], comments: number | number[]): Post[] {
  return likes.map((l, i) => ({
    platformPostId: `p${i + 1}`,
    shortcode: `s${i + 1}`,
    takenAt: T0 + i * DAY,
    kind: "image",
    caption: null,
    likes: l,
    comments: Array.isArray(comments) ? (comments[i] as number) : comments,
    views: null,
    isAd: null,
    sponsors: null,
    location: null,
  }));
}

let n = 0;
function comment(post: Post, author: string, text: string, minutesAfter: number): Comment {
  return {
    platformCommentId: `c${++n}`,
    platformPostId: post.platformPostId,
    parentId: null,
    authorId: null,
    authorUsername: author,
    text,
    createdAt: post.takenAt + minutesAfter * MIN,
    likes: null,
  };
}

function anomalies(ps: Post[], cs: Comment[], followers: number) {
  const engagement = computeEngagement(ps, followers, OPTS);
  const quality = computeCommentQuality(ps, cs, notCreator, OPTS);
  return computeEngagementAnomalies(engagement, quality);
}

describe("computeEngagementAnomalies", () => {
  it("finds a pod: five accounts on every post within minutes, and nothing else", () => {
    // 6 posts, 360 likes and 15 comments each, 10,000 followers: ER 3.75% against the 5k–20k median
    // of 3.76% (ratio 0.997), every likes spread 1, every likes-to-comments ratio 24 (MAD 0).
    const ps = posts([360, 360, 360, 360, 360, 360], 15);
    const cs: Comment[] = [];
    ps.forEach((p, i) => {
      for (let k = 1; k <= 5; k++) cs.push(comment(p, `pod_${k}`, "Love this so much, great content", k));
      // Ten different fans per post, two hours later: each comments once in all.
      for (let k = 0; k < 10; k++) cs.push(comment(p, `fan_${i}_${k}`, `Where did you buy item ${k}?`, 120));
    });
    const a = anomalies(ps, cs, 10_000);
    expect(a.erRatio).toBeCloseTo(0.0375 / 0.0376, 6);
    // Each pod account: 6 of 6 posts (> 0.5 × 6), all six comments within 10 minutes.
    expect(a.pod.members.map((m) => m.author)).toEqual(["pod_1", "pod_2", "pod_3", "pod_4", "pod_5"]);
    expect(a.pod.members[0]).toMatchObject({ posts: 6, comments: 6, fastShare: 1 });
    // 30 pod comments of 90.
    expect(a.pod.commentShare).toBeCloseTo(30 / 90, 10);
    expect(a.flags.map((f) => f.kind)).toEqual(["pod_group"]);
    expect(a.flags[0]?.evidence.accounts).toHaveLength(5);
    // 5 fast comments of 15 on each post: 33% < 50%, no burst.
    expect(a.bursts).toEqual([]);
  });

  it("flags a low ER and two posts under 40% of the average likes", () => {
    // Likes 100 ×10 and 20 ×2, 5 comments each, 10,000 followers.
    // ER per post 1.05% (10 posts) and 0.25% (2): median 1.05%; 1.05 / 3.76 = 0.279 → below half, not below a quarter.
    // Mean likes (1000 + 40) / 12 = 86.67; 20 / 86.67 = 0.23 < 0.4 on two posts.
    const ps = posts([100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 20, 20], 5);
    const a = anomalies(ps, [], 10_000);
    expect(a.erRatio).toBeCloseTo(0.0105 / 0.0376, 6);
    const kinds = a.flags.map((f) => f.kind);
    expect(kinds).toEqual(["er_below_benchmark", "likes_spread_low"]);
    expect(a.flags[0]?.severity).toBe("warning");
    expect(a.flags[1]?.evidence.postIds).toEqual(["p12", "p11"]);
  });

  it("flags an ER over three times the benchmark", () => {
    // (1500 + 50) / 10,000 = 15.5%; 15.5 / 3.76 = 4.12.
    const a = anomalies(posts([1500, 1500, 1500, 1500], 50), [], 10_000);
    expect(a.erRatio).toBeCloseTo(0.155 / 0.0376, 6);
    expect(a.flags.map((f) => f.kind)).toEqual(["er_above_benchmark"]);
  });

  it("finds a likes-to-comments outlier by the modified z-score", () => {
    // Ratios 10, 11, …, 16 and 50 (likes / 10 comments). Median 13.5; absolute deviations
    // 3.5 2.5 1.5 .5 .5 1.5 2.5 36.5 → MAD 2; z(50) = 0.6745 × 36.5 / 2 = 12.31; z(10) = 1.18.
    const ps = posts([100, 110, 120, 130, 140, 150, 160, 500], 10);
    const a = anomalies(ps, [], 3_500);
    expect(a.likesToComments.median).toBe(13.5);
    expect(a.likesToComments.outliers).toHaveLength(1);
    expect(a.likesToComments.outliers[0]?.postId).toBe("p8");
    expect(a.likesToComments.outliers[0]?.robustZ).toBeCloseTo((0.6745 * 36.5) / 2, 6);
    expect(a.flags.map((f) => f.kind)).toContain("likes_to_comments_outlier");
  });

  it("finds a comment burst: 12 of 20 comments within 10 minutes of one post", () => {
    const ps = posts([360, 360, 360, 360], 20);
    const cs: Comment[] = [];
    ps.forEach((p, i) => {
      for (let k = 0; k < 20; k++) {
        const fast = i === 2 && k < 12;
        cs.push(comment(p, `fan_${i}_${k}`, `Question ${k} about this post?`, fast ? 3 : 90));
      }
    });
    const a = anomalies(ps, cs, 10_000);
    expect(a.bursts).toEqual([{ postId: "p3", comments: 20, fast: 12, share: 0.6 }]);
    expect(a.flags.map((f) => f.kind)).toEqual(["comment_burst"]);
  });

  it("says when there is no benchmark to compare against", () => {
    const a = anomalies(posts([10, 10, 10], 1), [], 500);
    expect(a.erRatio).toBeNull();
    expect(a.notEnoughData[0]).toMatch(/benchmark/);
  });
});
