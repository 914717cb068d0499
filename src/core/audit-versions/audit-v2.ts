// What audit-v2 stored, and its step to audit-v3. audit-v3 (issue 5) adds the trust score,
// engagement anomalies, growth, sponsored posts and disclosure, niches and voice, counts each
// generic or spam comment once (`inauthentic`) and, for the pod check, each repeat
// commenter's fast and generic comments. audit-v2 computed none of them.
import type { AuditV3 } from "./audit-v3.js";

type CommentsV3 = AuditV3["comments"];
type CommentsV2 = Omit<CommentsV3, "inauthentic" | "inauthenticShare" | "repeatCommenters"> & {
  repeatCommenters: Pick<CommentsV3["repeatCommenters"][number], "author" | "posts" | "comments">[];
};

/** An audit-v2 result; the parts audit-v1 lacked are already null and marked. */
export type AuditV2 = Omit<
  AuditV3,
  "score" | "anomalies" | "growth" | "disclosure" | "niches" | "nicheBasis" | "voice" | "comments"
> & { comments: CommentsV2 };

export function upgradeAuditV2(a: AuditV2): AuditV3 {
  const by = a.methodVersion;
  return {
    ...a,
    comments: {
      ...a.comments,
      inauthentic: null,
      inauthenticShare: null,
      repeatCommenters: a.comments.repeatCommenters.map((r) => ({
        ...r,
        fast: null,
        generic: null,
        fastIds: null,
      })),
    },
    score: null,
    anomalies: null,
    growth: null,
    disclosure: null,
    niches: null,
    nicheBasis: null,
    voice: null,
    notComputed: [
      ...a.notComputed,
      { part: "score", by },
      { part: "anomalies", by },
      { part: "growth", by },
      { part: "disclosure", by },
      { part: "niches", by },
      { part: "voice", by },
      { part: "inauthentic", by },
      { part: "repeatCommenterCounts", by },
    ],
  };
}
