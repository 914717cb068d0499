// The parts of an audit that an older method version did not compute, and the marker that
// says so. A stored result is upgraded on read (upgrade-audit.ts): the fields of a part its
// version lacked are null, and the part is listed in `notComputed` as { part, by }, so every
// reader shows "not computed by audit-vN" where no method produced a figure.

/** Each part: its name in words and the result's fields it covers (null when not computed). */
export const AUDIT_PARTS = {
  audience: { label: "audience authenticity", since: "audit-v2", fields: ["audience"] },
  models: { label: "the trained models' versions", since: "audit-v2", fields: ["models"] },
  spam: {
    label: "spam comments",
    since: "audit-v2",
    fields: [
      "comments.spam",
      "comments.spamShare",
      "comments.spamByReason",
      "comments.examples.spam",
      "comments.perPost[].spam",
    ],
  },
  score: { label: "the trust score", since: "audit-v3", fields: ["score"] },
  anomalies: { label: "engagement anomalies", since: "audit-v3", fields: ["anomalies"] },
  growth: { label: "growth", since: "audit-v3", fields: ["growth"] },
  disclosure: { label: "sponsored posts and disclosure", since: "audit-v3", fields: ["disclosure"] },
  niches: { label: "niches", since: "audit-v3", fields: ["niches", "nicheBasis"] },
  voice: { label: "voice", since: "audit-v3", fields: ["voice"] },
  inauthentic: {
    label: "generic or spam comments counted once",
    since: "audit-v3",
    fields: ["comments.inauthentic", "comments.inauthenticShare"],
  },
  repeatCommenterCounts: {
    label: "repeat commenters' fast and generic comments",
    since: "audit-v3",
    fields: [
      "comments.repeatCommenters[].fast",
      "comments.repeatCommenters[].generic",
      "comments.repeatCommenters[].fastIds",
    ],
  },
  engagementWindow: {
    label: "old pinned posts and hidden like counts in the engagement window",
    since: "audit-v4",
    fields: ["engagement.pinnedLeftOut", "engagement.likesHidden"],
  },
  usernames: { label: "the username history", since: "audit-v4", fields: ["usernames"] },
  possibleSpam: {
    label: "possibly-spam comments",
    since: "audit-v5",
    fields: [
      "comments.possibleSpam",
      "comments.possibleSpamShare",
      "comments.possibleSpamByReason",
      "comments.examples.possibleSpam",
    ],
  },
  friendTags: {
    label: "friend tags told apart from generic comments",
    since: "audit-v6",
    fields: ["comments.friendTags"],
  },
} as const satisfies Record<string, { label: string; since: string; fields: readonly string[] }>;

export type AuditPart = keyof typeof AUDIT_PARTS;

/** A part the audit's method version did not compute; `by` is that version ("audit-v1"). */
export interface NotComputed {
  part: AuditPart;
  by: string;
}

/** The marker in words, the same on every page, report and command: "not computed by audit-v3". */
export function notComputedWords(by: string): string {
  return `not computed by ${by}`;
}
