// What the engagement window left out or could not count, in words the report, the
// creator page and `vouch audit` share: old pinned posts (core/latest-posts.ts) and posts
// whose like counts the creator hid. Audits before audit-v4 did not look for either.
import type { AuditResult } from "../core/audit.js";
import { notComputedWords } from "../core/not-computed.js";
import { num } from "./format.js";

export function engagementWindowNotes(r: Pick<AuditResult, "engagement" | "methodVersion">): string[] {
  const { pinnedLeftOut: pinned, likesHidden: hidden } = r.engagement;
  if (pinned === null || hidden === null)
    return [`Old pinned posts and hidden like counts in this window: ${notComputedWords(r.methodVersion)}.`];
  const out: string[] = [];
  if (pinned)
    out.push(
      `${num(pinned)} pinned post${pinned === 1 ? "" : "s"} older than these left out: Instagram shows pinned posts first whatever their age, so they are not among the latest.`,
    );
  if (hidden)
    out.push(
      `${num(hidden)} of these posts ${hidden === 1 ? "hides its" : "hide their"} like count${hidden === 1 ? "" : "s"} (turned off by the creator): no ER for ${hidden === 1 ? "it" : "them"}, and the others' ER is not lowered.`,
    );
  return out;
}
