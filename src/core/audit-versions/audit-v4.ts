// What audit-v4 stored, and its step to audit-v5. audit-v5 (issue 11) counts spam only where
// the comment model is sure, counts the rest apart as possibly spam, and labels each spam
// example. audit-v4 has no possibly-spam counts; every comment it kept as a spam example was
// spam by its own method, so that is the example's label.
import type { AuditComments, AuditResult } from "../audit-result.js";
import type { SpamExample } from "../comment-quality.js";

type CommentsV4 = Omit<
  AuditComments,
  "possibleSpam" | "possibleSpamShare" | "possibleSpamByReason" | "examples"
> & {
  examples: Omit<AuditComments["examples"], "spam" | "possibleSpam"> & {
    spam: Omit<SpamExample, "label">[] | null;
  };
};

/** An audit-v4 result; the parts an older version lacked are already null and marked. */
export type AuditV4 = Omit<AuditResult, "comments"> & { comments: CommentsV4 };

export function upgradeAuditV4(a: AuditV4): AuditResult {
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
