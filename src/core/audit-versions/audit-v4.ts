// What audit-v4 stored, and its step to audit-v5. audit-v5 (issue 11) counts spam only where
// the comment model is sure, counts the rest apart as possibly spam, and labels each spam
// example. audit-v4 has no possibly-spam counts; every comment it kept as a spam example was
// spam by its own method, so that is the example's label.
import type { SpamExample } from "../comment-quality.js";
import type { AuditV5 } from "./audit-v5.js";

type CommentsV4 = Omit<
  AuditV5["comments"],
  "possibleSpam" | "possibleSpamShare" | "possibleSpamByReason" | "examples"
> & {
  examples: Omit<AuditV5["comments"]["examples"], "spam" | "possibleSpam"> & {
    spam: Omit<SpamExample, "label">[] | null;
  };
};

/** An audit-v4 result; the parts an older version lacked are already null and marked. */
export type AuditV4 = Omit<AuditV5, "comments"> & { comments: CommentsV4 };

export function upgradeAuditV4(a: AuditV4): AuditV5 {
  const { examples, ...comments } = a.comments;
  return {
    ...a,
    comments: {
      ...comments,
      possibleSpam: null,
      possibleSpamShare: null,
      possibleSpamByReason: null,
      examples: {
        ...examples,
        spam: examples.spam === null ? null : examples.spam.map((e) => ({ ...e, label: "spam" as const })),
        possibleSpam: null,
      },
    },
    notComputed: [...a.notComputed, { part: "possibleSpam", by: a.methodVersion }],
  };
}
