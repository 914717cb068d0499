// What the engagement window left out or could not count, in words the report, the
// creator page and `vouch audit` share: old pinned posts (core/latest-posts.ts) and posts
// whose like counts the creator hid. Audits before audit-v4 have neither figure.
import type { Engagement } from "../core/engagement.js";
import { num } from "./format.js";

export function engagementWindowNotes(e: Engagement): string[] {
  const out: string[] = [];
  const pinned = (e as Partial<Engagement>).pinnedLeftOut ?? 0;
  const hidden = (e as Partial<Engagement>).likesHidden ?? 0;
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
