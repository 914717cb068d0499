// What audit-v3 stored, and its step to audit-v4. audit-v4 (issue 11) leaves old pinned
// posts out of the latest-N windows and counts the posts whose like counts are hidden
// (engagement.pinnedLeftOut, engagement.likesHidden), and reads the username history.
// audit-v3 did neither: the counts are null, not 0, since it never looked.
import type { AuditEngagement } from "../audit-result.js";
import type { AuditV4 } from "./audit-v4.js";

/** An audit-v3 result; the parts an older version lacked are already null and marked. */
export type AuditV3 = Omit<AuditV4, "usernames" | "engagement"> & {
  engagement: Omit<AuditEngagement, "pinnedLeftOut" | "likesHidden">;
};

export function upgradeAuditV3(a: AuditV3): AuditV4 {
  return {
    ...a,
    engagement: { ...a.engagement, pinnedLeftOut: null, likesHidden: null },
    usernames: null,
    notComputed: [
      ...a.notComputed,
      { part: "engagementWindow", by: a.methodVersion },
      { part: "usernames", by: a.methodVersion },
    ],
  };
}
