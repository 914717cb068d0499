// Responsiveness by hand: which comments count, which replies count, and the delay
// to the creator's first reply (src/core/responsiveness.ts, docs/methodology.md).
import { describe, expect, it } from "vitest";
import { computeResponsiveness } from "../../src/core/responsiveness.js";
import type { Comment } from "../../src/core/types.js";

const MINUTE = 60_000;
const T0 = Date.parse("2026-10-01T09:00:00Z");
const CREATOR = "baker";

/** A comment `minutes` after T0; a reply when `parent` is given. */
function comment(
  id: string,
  post: string,
  author: string,
  minutes: number,
  parent: string | null = null,
): Comment {
  return {
    platformCommentId: id,
    platformPostId: post,
    parentId: parent,
    authorId: null,
    authorUsername: author,
    text: `text of ${id}`,
    createdAt: T0 + minutes * MINUTE,
    likes: null,
  };
}

const isCreator = (c: Comment) => c.authorUsername === CREATOR;

// p1: c1 by a fan, replied by another fan after 5 min and by the creator after 30 and 10 min
//     (listed in that order); c2 is the creator's own comment; c3's only reply is by another fan.
// p2: c4 is answered by a reply stamped 10 minutes BEFORE it; c5 has no reply.
// p3: c6 by the creator, c7 by a fan, unanswered.
const COMMENTS: Comment[] = [
  comment("c1", "p1", "anna", 0),
  comment("r1", "p1", "ben", 5, "c1"),
  comment("r2", "p1", CREATOR, 30, "c1"),
  comment("r3", "p1", CREATOR, 10, "c1"),
  comment("c2", "p1", CREATOR, 1),
  comment("c3", "p1", "ben", 60),
  comment("r4", "p1", "carla", 61, "c3"),
  comment("c4", "p2", "carla", 120),
  comment("r5", "p2", CREATOR, 110, "c4"),
  comment("c5", "p2", "dev", 200),
  comment("c6", "p3", CREATOR, 300),
  comment("c7", "p3", "erin", 310),
];

describe("computeResponsiveness", () => {
  const r = computeResponsiveness(COMMENTS, isCreator, { minComments: 5, evidenceLimit: 10 });

  it("does not count the creator's own top-level comments", () => {
    // Top-level comments by others: c1, c3, c4, c5, c7 (not c2, c6).
    expect(r.topLevelComments).toBe(5);
    // p1, p2 and p3 each have one by another account.
    expect(r.postsWithComments).toBe(3);
    const ids = [...r.evidence.repliedThreads, ...r.evidence.unansweredExamples].map((t) => t.comment.id);
    expect(ids.sort()).toEqual(["c1", "c3", "c4", "c5", "c7"]);
  });

  it("counts only the creator's replies as replies", () => {
    // c3 has a reply, but by carla: unanswered. Replied: c1 and c4 → 2 of 5.
    expect(r.repliedComments).toBe(2);
    expect(r.replyShare).toBe(0.4);
    // p1 (c1) and p2 (c4) have a replied comment; p3 none → 2 of 3.
    expect(r.postsWithReplies).toBe(2);
    expect(r.postsWithRepliesShare).toBe(2 / 3);
    expect(r.evidence.unansweredExamples.map((t) => t.comment.id)).toEqual(["c3", "c5", "c7"]);
    const c3 = r.evidence.unansweredExamples[0];
    expect(c3?.firstCreatorReplyMinutes).toBeNull();
    expect(c3?.replies).toEqual([
      {
        id: "r4",
        author: "carla",
        text: "text of r4",
        createdAt: "2026-10-01T10:01:00.000Z",
        byCreator: false,
      },
    ]);
  });

  it("sets the delay by the creator's first reply, and a reply stamped early counts as 0 minutes", () => {
    // c1: the creator replied at 30 and at 10 minutes → 10, whatever the order of the list.
    // c4: the reply is stamped 10 minutes before the comment → 0, not -10.
    const [c1, c4] = r.evidence.repliedThreads;
    expect(c1?.comment.id).toBe("c1");
    expect(c1?.firstCreatorReplyMinutes).toBe(10);
    expect(c4?.comment.id).toBe("c4");
    expect(c4?.firstCreatorReplyMinutes).toBe(0);
    // Median of [10, 0] = 5.
    expect(r.medianReplyDelayMinutes).toBe(5);
    // The thread lists every reply, oldest first, and marks the creator's.
    expect(c1?.replies.map((x) => [x.id, x.byCreator])).toEqual([
      ["r1", false],
      ["r3", true],
      ["r2", true],
    ]);
    expect(r.notEnoughData).toEqual([]);
  });

  it("gives nulls and says why with fewer than minComments top-level comments", () => {
    const few = computeResponsiveness(COMMENTS, isCreator, { minComments: 6, evidenceLimit: 10 });
    expect(few.replyShare).toBeNull();
    expect(few.medianReplyDelayMinutes).toBeNull();
    expect(few.postsWithRepliesShare).toBeNull();
    // The counts are still given.
    expect([few.topLevelComments, few.repliedComments, few.postsWithReplies, few.postsWithComments]).toEqual([
      5, 2, 2, 3,
    ]);
    expect(few.notEnoughData).toEqual([
      "responsiveness: 5 top-level comment(s) by other accounts, need at least 6",
    ]);
  });

  it("limits the evidence to evidenceLimit threads of each kind, in the order read", () => {
    const one = computeResponsiveness(COMMENTS, isCreator, { minComments: 5, evidenceLimit: 1 });
    expect(one.evidence.repliedThreads.map((t) => t.comment.id)).toEqual(["c1"]);
    expect(one.evidence.unansweredExamples.map((t) => t.comment.id)).toEqual(["c3"]);
    // The figures still use every comment.
    expect([one.repliedComments, one.replyShare, one.medianReplyDelayMinutes]).toEqual([2, 0.4, 5]);
  });
});
