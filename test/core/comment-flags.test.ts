// Per-comment flags of the comment browser, worked out by hand on a small
// account, and checked against the audit's own counts on the same input.
import { describe, expect, it } from "vitest";
import { auditAccount } from "../../src/core/audit.js";
import { flagComments, matchesFilter } from "../../src/core/comment-flags.js";
import type { Comment, Post } from "../../src/core/types.js";

const T0 = Date.parse("2026-10-01T09:00:00Z");
const DAY = 86_400_000;
const MIN = 60_000;

// p1 is the newest post; with commentWindow 3, p4 is outside the window.
const posts: Post[] = [1, 2, 3, 4].map((i) => ({
  platformPostId: `p${i}`,
  shortcode: null,
  takenAt: T0 - i * DAY,
  kind: "image",
  caption: null,
  likes: 100,
  comments: 3,
  views: null,
  isAd: null,
  sponsors: null,
  location: null,
}));

function c(
  id: string,
  post: number,
  author: { name: string | null; id?: string | null },
  text: string,
  minutes: number,
  parentId: string | null = null,
): Comment {
  return {
    platformCommentId: id,
    platformPostId: `p${post}`,
    parentId,
    authorId: author.id ?? null,
    authorUsername: author.name,
    text,
    createdAt: T0 - post * DAY + minutes * MIN,
    likes: null,
  };
}

const anna = { name: "anna" };
const ben = { name: "ben" };
const cara = { name: "cara" };
const eve = { name: "eve" };
const ghost = { name: null, id: "id-77" }; // no username: known by platform id
const creatorByName = { name: "baker" };
const creatorById = { name: "baker_old_name", id: "u0" }; // renamed since: matched by id

const comments: Comment[] = [
  c("c1", 1, anna, "Where is the bakery?", 60),
  c("r1", 1, creatorByName, "Rue Mercière!", 120, "c1"), // first creator reply to c1
  c("r1b", 1, creatorByName, "Open from 7", 180, "c1"),
  c("c8", 1, ben, "same question", 90, "c1"), // a reply by someone else: not top-level
  c("c2", 2, ben, "where is the BAKERY??", 30), // same text as c1 on another post → duplicate
  c("c3", 2, anna, "🔥🔥🔥", 5), // generic, never duplicate
  c("c4", 3, ben, "🔥🔥🔥", 5),
  c("c5", 3, cara, "@friend_one", 20), // a friend tag: not generic
  c("r2", 3, creatorById, "thanks!", 50, "c5"),
  c("c6", 3, cara, "Lovely crumb on that loaf", 40), // same text twice on ONE post: not duplicate
  c("c7", 3, eve, "lovely crumb on that loaf!", 41),
  c("c10", 3, ghost, "Great sourdough recipe", 45), // its twin is outside the window
  c("c11", 4, eve, "great sourdough recipe", 45),
];

const account = { platform: "instagram" as const, username: "baker", platformUserId: "u0" };

describe("flagComments", () => {
  const flagged = flagComments(
    { account, posts, comments },
    { commentWindow: 3, repeatCommenters: ["anna", "id-77"] },
  );
  const byId = new Map(flagged.map((f) => [f.comment.platformCommentId, f]));

  it("lists other accounts' comments in the window, not the creator's replies", () => {
    expect(flagged.map((f) => f.comment.platformCommentId)).toEqual([
      "c1",
      "c8",
      "c2",
      "c3",
      "c4",
      "c5",
      "c6",
      "c7",
      "c10",
    ]);
  });

  it("flags each comment by hand", () => {
    const table = Object.fromEntries(
      flagged.map((f) => [
        f.comment.platformCommentId,
        [f.flags.generic, f.flags.duplicate, f.flags.replied, f.flags.repeat],
      ]),
    );
    expect(table).toEqual({
      // generic, duplicate, replied, repeat
      c1: [null, true, true, true],
      c8: [null, false, false, false],
      c2: [null, true, false, false],
      c3: ["emoji_only", false, false, true],
      c4: ["emoji_only", false, false, false],
      c5: [null, false, true, false],
      c6: [null, false, false, false],
      c7: [null, false, false, false],
      c10: [null, false, false, true],
    });
  });

  it("attaches the creator's first reply, matched by username or by platform id", () => {
    expect(byId.get("c1")?.creatorReply?.platformCommentId).toBe("r1");
    expect(byId.get("c5")?.creatorReply?.platformCommentId).toBe("r2");
    expect(byId.get("c2")?.creatorReply).toBeNull();
    expect(byId.get("c10")?.author).toBe("id-77");
  });

  it("filters by one flag", () => {
    const ids = (filter: Parameters<typeof matchesFilter>[1]) =>
      flagged.filter((f) => matchesFilter(f, filter)).map((f) => f.comment.platformCommentId);
    expect(ids("all")).toHaveLength(9);
    expect(ids("generic")).toEqual(["c3", "c4"]);
    expect(ids("duplicate")).toEqual(["c1", "c2"]);
    expect(ids("replied")).toEqual(["c1", "c5"]);
    expect(ids("repeat")).toEqual(["c1", "c3", "c10"]);
  });

  it("counts what the audit counts on the same input", () => {
    const r = auditAccount(
      { account, profile: null, posts, comments, followers: [] },
      { commentWindow: 3, minComments: 1, minPostsForRepeat: 1 },
    );
    const all = flagComments(
      { account, posts, comments },
      { commentWindow: 3, repeatCommenters: r.comments.repeatCommenters.map((x) => x.author) },
    );
    expect(all).toHaveLength(r.comments.total);
    expect(all.filter((f) => f.flags.generic).length).toBe(r.comments.generic);
    expect(all.filter((f) => f.flags.duplicate).length).toBe(r.comments.duplicate);
    expect(all.filter((f) => f.flags.replied).length).toBe(r.responsiveness.repliedComments);
    // Repeat commenters over 3 posts with comments: more than 1.5 posts → anna (p1, p2), ben (p1, p2, p3), cara? (p3 only) no.
    expect(r.comments.repeatCommenters.map((x) => x.author).sort()).toEqual(["anna", "ben"]);
    expect(all.filter((f) => f.flags.repeat).map((f) => f.comment.platformCommentId)).toEqual([
      "c1",
      "c8",
      "c2",
      "c3",
      "c4",
    ]);
  });

  it("flags spam and possibly spam apart, as the audit counts them", () => {
    // A testimonial naming a "trader" (the model is sure: spam), a link (the rule fires, the
    // model is not sure: possibly spam) and a question (neither), all on p1.
    const spamInput = [
      c("s1", 1, anna, "I started with $1,000 and got $11,000 in 7 days, thank you @trade_with_lora.fx", 60),
      c("s2", 1, ben, "Get 10k followers fast at www.growfast-followers.com", 61),
      c("s3", 1, cara, "Where is the bakery?", 62),
    ];
    const f = flagComments(
      { account, posts, comments: spamInput },
      { commentWindow: 3, repeatCommenters: [] },
    );
    const ids = (filter: Parameters<typeof matchesFilter>[1]) =>
      f.filter((x) => matchesFilter(x, filter)).map((x) => x.comment.platformCommentId);
    expect(ids("spam")).toEqual(["s1"]);
    expect(ids("possible_spam")).toEqual(["s2"]);
    expect(f[1]?.flags.possibleSpam?.reasons).toContain("link");
    const r = auditAccount(
      { account, profile: null, posts, comments: spamInput, followers: [] },
      { commentWindow: 3, minComments: 1 },
    );
    expect([r.comments.spam, r.comments.possibleSpam]).toEqual([1, 1]);
  });
});
