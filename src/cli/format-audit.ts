// The readable audit report: headline figures with their benchmark and method,
// then the evidence behind them (threads, examples), audience authenticity (the
// follower model's fake share and HypeAuditor's classes), then what lacked data. It prints
// an audit just computed (`vouch audit`, `vouch demo`): every part is there.
import type { CurrentAuditResult } from "../core/audit.js";
import { FOLLOWER_CLASSES, type FollowerClass } from "../core/follower-input.js";
import { MASS_FOLLOWING } from "../core/follower-model.js";
import { intervalWords } from "../report/sections/audience-section.js";
import { engagementWindowNotes } from "../report/window-notes.js";
import { day, NO_DATA, num, pct, truncate, wrapWords } from "./format.js";
import { formatAnomalies, formatScore } from "./format-score.js";
import {
  formatDisclosure,
  formatGrowth,
  formatNiches,
  formatUsernames,
  formatVoice,
} from "./format-sections.js";

export function formatAudit(r: CurrentAuditResult): string {
  const e = r.engagement;
  const resp = r.responsiveness;
  const c = r.comments;
  const out: string[] = [];
  const line = (label: string, value: string, note = "") =>
    out.push(`  ${label.padEnd(24)}${value}${note ? `   ${note}` : ""}`);

  out.push(
    `${r.account.platform}:${r.account.username} — ${r.account.followers === null ? "followers unknown" : `${num(r.account.followers)} followers`}${e.tier ? ` (${e.tier} tier)` : ""}, profile captured ${day(r.account.profileCapturedAt)}`,
  );
  out.push(
    `Audit ${r.methodVersion} over posts from ${day(r.inputs.from)} to ${day(r.inputs.to)}: ${num(r.inputs.posts)} posts, ${num(r.inputs.comments)} comments`,
  );

  out.push(...formatScore(r));

  out.push("", `ENGAGEMENT (latest ${e.window} posts; ER = (likes + comments) / followers)`);
  for (const note of engagementWindowNotes(r)) out.push(`  ${note}`);
  line(
    "Median ER",
    pct(e.medianRate),
    e.benchmark
      ? `benchmark ${pct(e.benchmark.rate)} median for ${e.benchmark.band} (HypeAuditor 2018)${e.vsBenchmark === null ? "" : ` → ${e.vsBenchmark.toFixed(2)}× benchmark`}`
      : "",
  );
  line("Mean ER", pct(e.meanRate), e.postsUsed ? `over ${e.postsUsed} posts` : "");
  line(
    "Views ER (videos)",
    pct(e.viewsMedianRate),
    e.viewsMedianRate === null
      ? `${e.videoPostsUsed} video(s) with views`
      : `median over ${e.videoPostsUsed} videos`,
  );
  line(
    "Likes spread",
    e.likesSpread.min === null
      ? NO_DATA
      : `${pct(e.likesSpread.min, 0)} to ${pct(e.likesSpread.max, 0)} of average likes`,
    e.likesSpread.postsBelow40Percent === null
      ? ""
      : `${e.likesSpread.postsBelow40Percent} post(s) below 40%`,
  );
  line("Likes per comment", num(e.likesToComments, 1), "median over posts");
  line(
    "Cadence",
    e.cadence.postsPerWeek === null ? NO_DATA : `${num(e.cadence.postsPerWeek, 1)} posts/week`,
    e.cadence.medianDaysBetweenPosts === null
      ? ""
      : `median ${num(e.cadence.medianDaysBetweenPosts, 1)} days apart`,
  );

  out.push(...formatAnomalies(r));

  out.push("", "RESPONSIVENESS (does the creator reply to other accounts' comments?)");
  line(
    "Reply share",
    pct(resp.replyShare, 1),
    `${num(resp.repliedComments)} of ${num(resp.topLevelComments)} top-level comments got a reply`,
  );
  line(
    "Median reply delay",
    resp.medianReplyDelayMinutes === null ? NO_DATA : `${num(resp.medianReplyDelayMinutes, 0)} min`,
  );
  line(
    "Posts with replies",
    pct(resp.postsWithRepliesShare, 1),
    `${resp.postsWithReplies} of ${resp.postsWithComments} posts with comments`,
  );
  for (const t of resp.evidence.repliedThreads.slice(0, 3)) {
    out.push(`    @${t.comment.author ?? "?"}: ${truncate(t.comment.text)}`);
    for (const reply of t.replies.filter((x) => x.byCreator).slice(0, 1))
      out.push(
        `      ↳ @${reply.author ?? "?"} (${num(t.firstCreatorReplyMinutes, 0)} min later): ${truncate(reply.text, 60)}`,
      );
  }

  out.push("", `COMMENTS (${num(c.total)} by other accounts)`);
  line(
    "Generic",
    pct(c.genericShare, 1),
    `emoji-only ${c.genericByKind.emoji_only}, mention-only ${c.genericByKind.mention_only}, stock praise ${c.genericByKind.stock_praise}`,
  );
  line("Same text on 2+ posts", pct(c.duplicateShare, 1), `${num(c.duplicate)} comments`);
  line("Spam or scam", pct(c.spamShare, 1), `${num(c.spam)} comments${spamReasons(c.spamByReason)}`);
  line(
    "Possibly spam",
    pct(c.possibleSpamShare, 1),
    `${num(c.possibleSpam)} comments, shown, not counted${spamReasons(c.possibleSpamByReason)}`,
  );
  line(`Within ${c.fastMinutes} min of post`, pct(c.fastShare, 1), `${num(c.fast)} comments`);
  line(
    "Repeat commenters",
    c.repeatCommenterShare === null ? NO_DATA : `${c.repeatCommenters.length} account(s)`,
    c.repeatCommenterShare === null
      ? ""
      : `on more than half the posts; ${pct(c.repeatCommenterShare, 1)} of comments`,
  );
  for (const rc of c.repeatCommenters.slice(0, 5))
    out.push(`    @${rc.author}: ${rc.comments} comments on ${rc.posts} posts`);
  for (const d of c.examples.duplicates.slice(0, 3))
    out.push(`    "${truncate(d.text, 50)}" ×${d.comments} on ${d.posts} posts`);

  const a = r.audience;
  out.push(
    "",
    `AUDIENCE AUTHENTICITY (sample of ${num(a.n)} follower${a.n === 1 ? "" : "s"}; model ${a.modelVersion})`,
  );
  if (a.n === 0) line("Fake followers", NO_DATA, "no follower sample imported");
  else {
    line(
      "Fake followers",
      a.fakeShare === null ? NO_DATA : pct(a.fakeShare, 1),
      a.fakeShare === null
        ? (a.notEnoughData ?? "").replace(/^not enough data: /, "")
        : `95% interval ${pct(a.fakeShareLow, 1)}–${pct(a.fakeShareHigh, 1)}; flagged ${pct(a.flaggedShare, 1)} before correction`,
    );
    if (a.fakeShare !== null) for (const l of wrapWords(intervalWords(a), 80)) out.push(`    ${l}`);
    for (const cls of FOLLOWER_CLASSES)
      line(CLASS_LABELS[cls], num(a.classes[cls]), `${pct(a.classes[cls] / a.n, 1)} of the sample`);
    line(
      "Reachable",
      a.reachableKnown === 0 ? NO_DATA : pct(a.reachable / a.reachableKnown, 1),
      `${num(a.reachable)} of ${num(a.reachableKnown)} with a known following follow fewer than ${num(MASS_FOLLOWING)}`,
    );
    out.push("    Evidence, not a verdict: a foreign audience, giveaways or press can look suspicious too.");
  }

  out.push(
    ...formatGrowth(r),
    ...formatUsernames(r),
    ...formatDisclosure(r),
    ...formatNiches(r),
    ...formatVoice(r),
  );

  if (r.notEnoughData.length) {
    out.push("", "NOT ENOUGH DATA");
    for (const n of r.notEnoughData) out.push(`  - ${n}`);
  }
  return `${out.join("\n")}\n`;
}

const CLASS_LABELS: Record<FollowerClass, string> = {
  mass_follower: "Mass followers",
  influencer: "Influencers",
  suspicious: "Suspicious",
  real: "Real",
};

/** "; by reason: link 2, model 29" (most first), or "" when there is no spam. */
function spamReasons(byReason: Record<string, number>): string {
  const parts = Object.entries(byReason)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .map(([reason, n]) => `${reason} ${num(n)}`);
  return parts.length ? `; by reason: ${parts.join(", ")}` : "";
}
