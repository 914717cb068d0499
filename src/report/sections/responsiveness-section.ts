// The responsiveness section: reply share and delay in words, then real threads the
// creator replied to and comments left without a reply (a few of each; the comment
// browser has them all).
import type { Thread } from "../../core/responsiveness.js";
import { minutes, num, pct, when } from "../format.js";
import type { ReportContext, ReportSection, ReportThread } from "../report-types.js";
import { notesBlock } from "./notes-for.js";

/** Threads shown per list, and replies per thread: enough to judge the tone, short enough for a page. */
export const THREADS_SHOWN = 5;
const REPLIES_SHOWN = 4;

export function responsivenessSection({ audit: r }: ReportContext): ReportSection {
  const resp = r.responsiveness;
  return {
    id: "responsiveness",
    title: "Responsiveness",
    blocks: [
      ...notesBlock(r, ["responsiveness"]),
      {
        kind: "text",
        text: `Reply share ${pct(resp.replyShare, 1)}: ${num(resp.repliedComments)} of ${num(resp.topLevelComments)} top-level comments by other accounts got a reply from the creator; median delay ${minutes(resp.medianReplyDelayMinutes)}.`,
        links: [{ label: "All replied comments", to: { comments: "replied" } }],
      },
      {
        kind: "facts",
        items: [
          { label: "Reply share", value: pct(resp.replyShare, 1) },
          { label: "Median reply delay", value: minutes(resp.medianReplyDelayMinutes) },
          {
            label: "Posts with replies",
            value: pct(resp.postsWithRepliesShare, 1),
            note: `${resp.postsWithReplies} of ${resp.postsWithComments} posts with comments`,
          },
        ],
      },
      {
        kind: "threads",
        title: "Threads the creator replied to",
        threads: resp.evidence.repliedThreads.slice(0, THREADS_SHOWN).map(reportThread),
        empty: "No comment got a reply from the creator.",
      },
      {
        kind: "threads",
        title: "Comments without a reply from the creator",
        threads: resp.evidence.unansweredExamples.slice(0, THREADS_SHOWN).map(reportThread),
        empty: "Every top-level comment got a reply.",
      },
    ],
  };
}

function reportThread(t: Thread): ReportThread {
  const more = t.replies.length - REPLIES_SHOWN;
  const notes = [
    ...(t.firstCreatorReplyMinutes === null
      ? []
      : [`First reply by the creator ${num(t.firstCreatorReplyMinutes, 0)} min after the comment.`]),
    ...(more > 0 ? [`${num(more)} more repl${more === 1 ? "y" : "ies"} in the comment browser.`] : []),
  ];
  return {
    comment: {
      id: t.comment.id,
      author: t.comment.author,
      text: t.comment.text,
      at: when(t.comment.createdAt),
      time: t.comment.createdAt,
    },
    replies: t.replies.slice(0, REPLIES_SHOWN).map((rp) => ({
      // The comment browser lists other accounts' comments; the creator's are under them.
      id: rp.byCreator ? undefined : rp.id,
      author: rp.author,
      text: rp.text,
      at: when(rp.createdAt),
      time: rp.createdAt,
      byCreator: rp.byCreator,
    })),
    note: notes.length ? notes.join(" ") : null,
  };
}
