// What audit-v1 stored, and its step to audit-v2. audit-v2 (issue 4) adds audience
// authenticity from the follower model and spam in comment quality (counts, reasons,
// examples, per post), with the versions of the two trained models. audit-v1 had no model.
import type { AuditV2 } from "./audit-v2.js";

type CommentsV2 = AuditV2["comments"];
type CommentsV1 = Omit<CommentsV2, "spam" | "spamShare" | "spamByReason" | "perPost" | "examples"> & {
  perPost: Omit<CommentsV2["perPost"][number], "spam">[];
  examples: Omit<CommentsV2["examples"], "spam">;
};

/** An audit-v1 result: the first method, so nothing is marked yet. */
export type AuditV1 = Omit<AuditV2, "audience" | "models" | "comments"> & { comments: CommentsV1 };

export function upgradeAuditV1(a: AuditV1): AuditV2 {
  const by = a.methodVersion;
  return {
    ...a,
    comments: {
      ...a.comments,
      spam: null,
      spamShare: null,
      spamByReason: null,
      perPost: a.comments.perPost.map((p) => ({ ...p, spam: null })),
      examples: { ...a.comments.examples, spam: null },
    },
    audience: null,
    models: null,
    notComputed: [...a.notComputed, { part: "audience", by }, { part: "models", by }, { part: "spam", by }],
  };
}
