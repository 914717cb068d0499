// The headline figures of an audit, each with its value, benchmark, method and the
// evidence section behind it. The report model puts them at its top (cards on the
// creator page and the report, figure lines in `vouch audit`, cards in the PDF) and the
// compare page shows them as rows: one list, so all show the same figures the same way.
// `evidence` is the creator page's anchor of the section behind a figure
// ("#evidence-posts"); report-model.ts maps it to the model's section ids.
import type { AuditResult } from "../core/audit.js";
import { notComputedWords } from "../core/not-computed.js";
import { minutes, NO_DATA, num, pct, times } from "./format.js";

export interface Figure {
  id: string;
  label: string;
  value: string;
  /** A short line under the value (counts behind it). */
  note: string;
  benchmark: string;
  method: string;
  /** The evidence section on the creator page, e.g. "#evidence-posts". */
  evidence: string;
  evidenceLabel: string;
}

const NO_BENCHMARK = "No published benchmark; the audit shows the evidence instead.";

export function headlineFigures(r: AuditResult): Figure[] {
  const e = r.engagement;
  const resp = r.responsiveness;
  const c = r.comments;
  const commentScope = `over ${num(c.total)} comments by other accounts on the latest ${r.inputs.posts} posts`;
  return [
    {
      id: "median-er",
      label: "Median ER",
      value: pct(e.medianRate),
      note: e.postsUsed ? `over ${e.postsUsed} posts` : "",
      benchmark: e.benchmark
        ? `${pct(e.benchmark.rate)} median for ${e.benchmark.band} (HypeAuditor 2018)${
            e.vsBenchmark === null ? "" : ` → ${times(e.vsBenchmark)} benchmark`
          }`
        : e.followers !== null && e.followers < 1000
          ? "No benchmark below 1,000 followers."
          : "No benchmark without a median ER.",
      method: `Median of the ER ${e.method.replace(/; median and mean$/, "")}.`,
      evidence: "#evidence-posts",
      evidenceLabel: "Engagement per post",
    },
    {
      id: "mean-er",
      label: "Mean ER",
      value: pct(e.meanRate),
      note: e.postsUsed ? `over ${e.postsUsed} posts` : "",
      benchmark: "Compared by its median only (the same statistic as the benchmark).",
      method: `Mean of the per-post ER over the latest ${e.window} posts; one viral post moves it more than the median.`,
      evidence: "#evidence-posts",
      evidenceLabel: "Engagement per post",
    },
    {
      id: "reply-share",
      label: "Reply share",
      value: pct(resp.replyShare, 1),
      note: `${num(resp.repliedComments)} of ${num(resp.topLevelComments)} top-level comments got a reply`,
      benchmark: NO_BENCHMARK,
      method:
        "Share of other accounts' top-level comments the creator replied to (by account id or username).",
      evidence: "#evidence-threads",
      evidenceLabel: "Comment threads",
    },
    {
      id: "reply-delay",
      label: "Median reply delay",
      value: minutes(resp.medianReplyDelayMinutes),
      note: `posts with replies: ${pct(resp.postsWithRepliesShare, 1)} (${resp.postsWithReplies} of ${resp.postsWithComments})`,
      benchmark: NO_BENCHMARK,
      method: "Median time from a comment to the creator's first reply to it.",
      evidence: "#evidence-threads",
      evidenceLabel: "Comment threads",
    },
    ...audienceFigures(r, commentScope),
    {
      id: "generic-share",
      label: "Generic comments",
      value: pct(c.genericShare, 1),
      note: genericKindsNote(r),
      benchmark: NO_BENCHMARK,
      method: `Emoji-only, mentions of two or more accounts alone, or stock praise ("nice pic"), ${commentScope}; a friend tag (one account, or mentions with words) is not generic.`,
      evidence: "#evidence-generic",
      evidenceLabel: "Generic comments",
    },
    {
      id: "duplicate-share",
      label: "Same text on 2+ posts",
      value: pct(c.duplicateShare, 1),
      note: plural(c.duplicate, "comment"),
      benchmark: NO_BENCHMARK,
      method: `Comments whose text (not generic; case, emoji and punctuation ignored) appears on two or more posts, ${commentScope}.`,
      evidence: "#evidence-duplicates",
      evidenceLabel: "Repeated texts",
    },
    {
      id: "fast-share",
      label: `Within ${c.fastMinutes} min of post`,
      value: pct(c.fastShare, 1),
      note: plural(c.fast, "comment"),
      benchmark: NO_BENCHMARK,
      method: `Comments written within ${c.fastMinutes} minutes of their post, ${commentScope}.`,
      evidence: "#evidence-fast",
      evidenceLabel: "Fast comments",
    },
    {
      id: "repeat-commenters",
      label: "Repeat commenters",
      value: c.repeatCommenterShare === null ? NO_DATA : `${c.repeatCommenters.length} account(s)`,
      note:
        c.repeatCommenterShare === null
          ? ""
          : `on more than half the posts; ${pct(c.repeatCommenterShare, 1)} of comments`,
      benchmark: NO_BENCHMARK,
      method: `Accounts commenting on more than ${pct(r.options.repeatPostShare, 0)} of the posts with comments (needs ${r.options.minPostsForRepeat} such posts).`,
      evidence: "#evidence-repeat",
      evidenceLabel: "Repeat commenters",
    },
  ];
}

function plural(n: number, word: string): string {
  return `${num(n)} ${word}${n === 1 ? "" : "s"}`;
}

/** Audit-v2 figures; an audit stored by audit-v1 has neither: "not computed by audit-v1". */
function audienceFigures(r: AuditResult, commentScope: string): Figure[] {
  const a = r.audience;
  const c = r.comments;
  const notComputed = notComputedWords(r.methodVersion);
  return [
    {
      id: "fake-followers",
      label: "Fake followers (est.)",
      value:
        a === null
          ? notComputed
          : a.fakeShare === null
            ? NO_DATA
            : `${pct(a.fakeShare, 0)} (${pct(a.fakeShareLow, 0)}–${pct(a.fakeShareHigh, 0)})`,
      note:
        a === null
          ? ""
          : a.fakeShare === null
            ? `sample of ${plural(a.n, "follower")}`
            : `95% interval; sample of ${plural(a.n, "follower")}`,
      benchmark:
        "Marketers' lines, quoted not applied: under 75% real is often fraud (Modash); over 80% genuine is good (GRIN).",
      method:
        "Follower model (gradient-boosted trees on public labelled sets), corrected for its own error rates; the interval covers sampling and model error.",
      evidence: "#evidence-audience",
      evidenceLabel: "Audience authenticity",
    },
    {
      id: "spam-share",
      label: "Spam comments",
      value: c.spam === null ? notComputed : pct(c.spamShare, 1),
      note: c.spam === null ? "" : plural(c.spam, "comment"),
      benchmark: NO_BENCHMARK,
      method: `The spam model where it is sure (precision ≥ 95% on Instagram comments in cross-validation), ${commentScope}. Possibly spam (a spam rule such as a link or "DM me", or a less sure model) is shown apart and not counted.`,
      evidence: "#evidence-spam",
      evidenceLabel: "Spam and scam comments",
    },
  ];
}

/**
 * The generic comments by kind, and the friend tags that were not counted (audits before
 * audit-v6 counted friend tags as generic and did not tell them apart: said so).
 */
export function genericKindsNote(r: AuditResult): string {
  const c = r.comments;
  const kinds = `emoji-only ${c.genericByKind.emoji_only}, mention-only ${c.genericByKind.mention_only}, stock praise ${c.genericByKind.stock_praise}`;
  return c.friendTags === null
    ? `${kinds}; friend tags ${notComputedWords(r.methodVersion)}`
    : `${kinds}; friend tags ${c.friendTags}, not counted`;
}
