// /creators/:id — one creator: profile, the latest audit's headline figures (each
// with benchmark, method and a link to its evidence), a Chart.js chart of
// engagement per post (data in a data-* attribute, drawn by
// public/creator-chart.js), audience authenticity (audience-section.ts, its chart
// drawn by public/audience-chart.js), the username history (a rename shown, not scored),
// comment threads with the creator's replies,
// the examples behind the comment figures (spam included), "not enough data" notes, a button to
// re-run the audit and a link to the comment browser. Another workspace's id
// is not found (the service is scoped), which pageError turns into a 404 page.
import type { Hono } from "hono";
import { parseAccountKey } from "../../core/account-key.js";
import type { AuditResult } from "../../core/audit.js";
import type { SpamExample } from "../../core/comment-quality.js";
import { notComputedWords } from "../../core/not-computed.js";
import type { Thread } from "../../core/responsiveness.js";
import { can } from "../../core/roles.js";
import { engagementWindowNotes } from "../../report/window-notes.js";
import { auditAccount } from "../../services/audit-account.js";
import type { Caller } from "../../services/auth/sessions.js";
import { findAccount } from "../../services/find-account.js";
import { getCreator } from "../../services/get-creator.js";
import { type CreatorKitFit, getCreatorKitFit } from "../../services/media-kits/get-creator-kit-fit.js";
import type { AppEnv } from "../env.js";
import { anomaliesSection } from "./anomalies-section.js";
import { audienceSection } from "./audience-section.js";
import { creatorId } from "./creator-id.js";
import { disclosureSection } from "./disclosure-section.js";
import { headlineFigures } from "./figures.js";
import { day, num, pct, when } from "./format.js";
import { growthSection } from "./growth-section.js";
import { type Html, html, query } from "./html.js";
import { kitRequestButton } from "./kit-requests-page.js";
import { layout } from "./layout.js";
import { mediaKitSection } from "./media-kit-section.js";
import { nicheSection } from "./niche-section.js";
import { notComputedNote } from "./not-computed-note.js";
import { notes, notesFor } from "./notes.js";
import { pageCaller } from "./page-context.js";
import { scoreSection } from "./score-section.js";
import { usernamesSection } from "./usernames-section.js";
import { voiceSection } from "./voice-section.js";

type Creator = Awaited<ReturnType<typeof getCreator>>;

export function registerCreatorPage(pages: Hono<AppEnv>) {
  // platform:username → its creator page (the import page links here from its summary).
  pages.get("/creators/lookup", async (c) => {
    const caller = pageCaller(c);
    const account = await findAccount(
      c.var.deps.db,
      caller.workspaceId,
      parseAccountKey(c.req.query("account") ?? ""),
    );
    return c.redirect(`/creators/${account.creator_id}`, 303);
  });

  pages.get("/creators/:id", async (c) => {
    const caller = pageCaller(c);
    const creator = await getCreator(c.var.deps.db, caller.workspaceId, creatorId(c));
    const kitFit = await getCreatorKitFit(c.var.deps.db, caller.workspaceId, creator.creatorId);
    const audit = creator.latestAudit?.result ?? null;
    return c.html(
      layout({
        title: creator.username,
        caller,
        current: "creators",
        main: creatorView(creator, caller, kitFit),
        scripts: audit
          ? [
              "/assets/chart.js",
              "/assets/creator-chart.js",
              "/assets/audience-chart.js",
              "/assets/growth-chart.js",
            ]
          : [],
      }),
    );
  });

  pages.post("/creators/:id/audit", async (c) => {
    const caller = pageCaller(c, "write");
    const id = creatorId(c);
    const { db, now } = c.var.deps;
    await auditAccount(db, caller.workspaceId, { creatorId: id }, { now: now() });
    return c.redirect(`/creators/${id}#figures`, 303);
  });
}

function creatorView(creator: Creator, caller: Caller, kitFit: CreatorKitFit): Html {
  const audit = creator.latestAudit;
  const r = audit?.result ?? null;
  const canWrite = can(caller.role, "write");
  return html`<nav aria-label="Breadcrumb" class="breadcrumb"><a href="/">Creators</a> › <span aria-current="page">${creator.username}</span></nav>
<h1>${creator.username} <span class="platform">${creator.platform}</span></h1>
${profile(creator)}
<div class="actions">
  ${
    canWrite
      ? html`<form method="post" action="/creators/${creator.creatorId}/audit" class="inline-form"><button type="submit">${
          audit ? "Re-run the audit" : "Run the audit"
        }</button></form>`
      : ""
  }
  <a class="button-link" href="/creators/${creator.creatorId}/comments">Browse the comments</a>
  ${audit ? html`<a class="button-link" href="/creators/${creator.creatorId}/report">Report (page and PDF)</a>` : ""}
  <a class="button-link" href="/compare?with=${creator.creatorId}">Compare with…</a>
</div>
${
  audit && r
    ? html`<p class="audit-meta">Audit <code>${audit.methodVersion}</code> computed ${when(audit.computedAt)}, over posts from ${day(r.inputs.from)} to ${day(r.inputs.to)}: ${num(r.inputs.posts)} posts, ${num(r.inputs.comments)} comments.</p>
${scoreSection(r, creator.scoreChange, creator.creatorId)}
${figuresSection(r)}
${notes(r.notEnoughData, "not-enough-data", "Not enough data")}
${postsSection(r)}
${anomaliesSection(r)}
${growthSection(r)}
${usernamesSection(r)}
${disclosureSection(r)}
${nicheSection(r)}
${voiceSection(r)}
${audienceSection(r)}
${threadsSection(r, creator.creatorId)}
${commentEvidence(r, creator.creatorId)}`
    : html`<p class="empty">This creator has not been audited yet.${canWrite ? " Run the audit to see the figures." : ""}</p>`
}
${mediaKitSection(kitFit, kitRequestButton(creator.creatorId, canWrite))}`;
}

function profile(creator: Creator): Html {
  const p = creator.profile;
  if (!p)
    return html`<p class="profile">No profile snapshot is stored, so the follower count is unknown.</p>`;
  return html`<section class="profile" aria-label="Profile">
  ${p.fullName ? html`<p class="full-name">${p.fullName}</p>` : ""}
  ${p.bio ? html`<p class="bio">${p.bio}</p>` : ""}
  <dl class="inline-stats">
    <div><dt>Followers</dt><dd>${p.followers === null ? "unknown" : num(p.followers)}</dd></div>
    <div><dt>Following</dt><dd>${p.following === null ? "unknown" : num(p.following)}</dd></div>
    <div><dt>Posts</dt><dd>${p.posts === null ? "unknown" : num(p.posts)}</dd></div>
    ${p.category ? html`<div><dt>Category</dt><dd>${p.category}</dd></div>` : ""}
    <div><dt>Profile captured</dt><dd>${day(p.capturedAt)}</dd></div>
  </dl>
</section>`;
}

function figuresSection(r: AuditResult): Html {
  return html`<section id="figures" aria-labelledby="figures-h">
<h2 id="figures-h">Headline figures${r.engagement.tier ? html` <span class="tier">${r.engagement.tier} tier</span>` : ""}</h2>
<ul class="figures">
  ${headlineFigures(r).map(
    (f) => html`<li class="figure" id="figure-${f.id}">
    <h3>${f.label}</h3>
    <p class="value">${f.value}</p>
    ${f.note ? html`<p class="note">${f.note}</p>` : ""}
    <dl>
      <dt>Benchmark</dt><dd>${f.benchmark}</dd>
      <dt>Method</dt><dd>${f.method}</dd>
    </dl>
    <a href="${f.evidence}">Evidence: ${f.evidenceLabel}</a>
  </li>`,
  )}
</ul>
</section>`;
}

function postsSection(r: AuditResult): Html {
  const e = r.engagement;
  const posts = [...e.perPost].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  const chart = {
    labels: posts.map((p) => day(p.takenAt)),
    rates: posts.map((p) => (p.rate === null ? null : Number((p.rate * 100).toFixed(4)))),
    benchmark: e.benchmark ? Number((e.benchmark.rate * 100).toFixed(4)) : null,
    benchmarkLabel: e.benchmark ? `Benchmark median for ${e.benchmark.band}` : null,
  };
  return html`<section id="evidence-posts" aria-labelledby="posts-h">
<h2 id="posts-h">Engagement per post</h2>
${notes(notesFor(r, ["engagement rate", "views-based rate"]))}
<p>The latest ${e.window} posts, oldest first. ER = (likes + comments) / ${
    e.followers === null ? "followers (unknown)" : `${num(e.followers)} followers`
  }.</p>
${engagementWindowNotes(r).map((n) => html`<p class="sub">${n}</p>`)}
${
  posts.length
    ? html`<figure class="chart">
  <div class="chart-box"><canvas id="er-chart" role="img" aria-label="Line chart of engagement rate per post over time; the table below has the same values" data-chart="${JSON.stringify(chart)}"></canvas></div>
  <figcaption>Engagement rate per post${e.benchmark ? " against the tier benchmark (dashed)" : ""}.</figcaption>
</figure>
<div class="table-wrap" role="region" aria-labelledby="posts-caption" tabindex="0">
<table class="data">
  <caption id="posts-caption">Posts behind the engagement figures</caption>
  <thead><tr><th scope="col">Posted</th><th scope="col">Kind</th><th scope="col" class="num">Likes</th><th scope="col" class="num">Comments</th><th scope="col" class="num">Views</th><th scope="col" class="num">ER</th><th scope="col" class="num">Likes vs average</th></tr></thead>
  <tbody>${posts.map(
    (p) => html`<tr>
    <th scope="row">${when(p.takenAt)}${p.shortcode ? html` <span class="sub">${p.shortcode}</span>` : ""}</th>
    <td>${p.kind ?? "?"}</td>
    <td class="num">${p.likes === null ? "hidden" : num(p.likes)}</td>
    <td class="num">${p.comments === null ? "unknown" : num(p.comments)}</td>
    <td class="num">${p.views === null ? "—" : num(p.views)}</td>
    <td class="num">${pct(p.rate)}</td>
    <td class="num">${pct(p.likesSpread, 0)}</td>
  </tr>`,
  )}</tbody>
</table>
</div>`
    : html`<p class="empty">No posts are stored.</p>`
}
<h3>More engagement figures</h3>
<dl class="more-figures">
  <dt>Views ER (videos)</dt><dd>${pct(e.viewsMedianRate)} <span class="sub">${
    e.viewsMedianRate === null
      ? `${e.videoPostsUsed} video(s) with views`
      : `median over ${e.videoPostsUsed} videos; (likes + comments) / views`
  }</span></dd>
  <dt>Likes spread</dt><dd>${
    e.likesSpread.min === null
      ? "not enough data"
      : `${pct(e.likesSpread.min, 0)} to ${pct(e.likesSpread.max, 0)} of average likes`
  }${
    e.likesSpread.postsBelow40Percent === null
      ? ""
      : html` <span class="sub">${e.likesSpread.postsBelow40Percent} post(s) below 40%</span>`
  }</dd>
  <dt>Likes per comment</dt><dd>${num(e.likesToComments, 1)} <span class="sub">median over posts</span></dd>
  <dt>Cadence</dt><dd>${
    e.cadence.postsPerWeek === null ? "not enough data" : `${num(e.cadence.postsPerWeek, 1)} posts/week`
  }${
    e.cadence.medianDaysBetweenPosts === null
      ? ""
      : html` <span class="sub">median ${num(e.cadence.medianDaysBetweenPosts, 1)} days apart</span>`
  }</dd>
</dl>
</section>`;
}

function threadsSection(r: AuditResult, id: number): Html {
  const resp = r.responsiveness;
  return html`<section id="evidence-threads" aria-labelledby="threads-h">
<h2 id="threads-h">Responsiveness: comment threads</h2>
${notes(notesFor(r, ["responsiveness"]))}
<p>Reply share ${pct(resp.replyShare, 1)}: ${num(resp.repliedComments)} of ${num(resp.topLevelComments)} top-level comments by other accounts got a reply from the creator; median delay ${
    resp.medianReplyDelayMinutes === null ? "not enough data" : `${num(resp.medianReplyDelayMinutes, 0)} min`
  }. <a href="/creators/${id}/comments${query({ filter: "replied" })}">All replied comments</a></p>
<h3>Threads the creator replied to</h3>
${threadList(resp.evidence.repliedThreads, "No comment got a reply from the creator.")}
<h3>Comments without a reply from the creator</h3>
${threadList(resp.evidence.unansweredExamples, "Every top-level comment got a reply.")}
</section>`;
}

function threadList(threads: Thread[], empty: string): Html {
  if (threads.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<ol class="threads">${threads.map(
    (t) => html`<li class="thread">
  <p class="comment"><span class="author">@${t.comment.author ?? "unknown"}</span> <time datetime="${t.comment.createdAt}">${when(t.comment.createdAt)}</time><br><span class="text">${t.comment.text}</span></p>
  ${
    t.replies.length
      ? html`<ol class="replies">${t.replies.map(
          (rp) => html`<li class="${rp.byCreator ? "reply by-creator" : "reply"}">
      <span class="author">@${rp.author ?? "unknown"}</span>${rp.byCreator ? html` <span class="badge">creator</span>` : ""} <time datetime="${rp.createdAt}">${when(rp.createdAt)}</time><br><span class="text">${rp.text}</span>
    </li>`,
        )}</ol>`
      : ""
  }
  ${
    t.firstCreatorReplyMinutes === null
      ? ""
      : html`<p class="sub">First reply by the creator ${num(t.firstCreatorReplyMinutes, 0)} min after the comment.</p>`
  }
</li>`,
  )}</ol>`;
}

function commentEvidence(r: AuditResult, id: number): Html {
  const c = r.comments;
  const browse = (filter: string, label: string) =>
    html`<a href="/creators/${id}/comments${query({ filter })}">${label}</a>`;
  return html`<section id="evidence-generic" aria-labelledby="generic-h">
<h2 id="generic-h">Generic comments</h2>
${notes(notesFor(r, ["comment quality"]))}
<p>${pct(c.genericShare, 1)} of ${num(c.total)} comments by other accounts are generic. ${browse("generic", "All generic comments")}</p>
${
  c.examples.generic.length
    ? html`<ul class="examples">${c.examples.generic.map(
        (g) =>
          html`<li><span class="author">@${g.author ?? "unknown"}</span> <span class="badge">${g.kind.replace("_", " ")}</span> <span class="text">${g.text}</span></li>`,
      )}</ul>`
    : html`<p class="empty">No generic comments.</p>`
}
</section>
${spamSection(r, id)}
<section id="evidence-duplicates" aria-labelledby="duplicates-h">
<h2 id="duplicates-h">Same text on several posts</h2>
<p>${pct(c.duplicateShare, 1)} (${num(c.duplicate)} comments). ${browse("duplicate", "All repeated comments")}</p>
${
  c.examples.duplicates.length
    ? html`<ul class="examples">${c.examples.duplicates.map(
        (d) =>
          html`<li><span class="text">${d.text}</span> <span class="sub">×${d.comments} on ${d.posts} posts</span></li>`,
      )}</ul>`
    : html`<p class="empty">No text appears on more than one post.</p>`
}
</section>
<section id="evidence-fast" aria-labelledby="fast-h">
<h2 id="fast-h">Comments within ${c.fastMinutes} minutes of the post</h2>
<p>${pct(c.fastShare, 1)} (${num(c.fast)} comments).</p>
${
  c.examples.fast.length
    ? html`<ul class="examples">${c.examples.fast.map(
        (f) =>
          html`<li><span class="author">@${f.author ?? "unknown"}</span> <span class="sub">${num(f.minutesAfterPost, 0)} min after the post</span> <span class="text">${f.text}</span></li>`,
      )}</ul>`
    : html`<p class="empty">No comment came that fast.</p>`
}
</section>
<section id="evidence-repeat" aria-labelledby="repeat-h">
<h2 id="repeat-h">Repeat commenters</h2>
${notes(notesFor(r, ["repeat commenters"]))}
${
  c.repeatCommenters.length
    ? html`<p>${c.repeatCommenters.length} account(s) comment on more than half the posts with comments; ${pct(c.repeatCommenterShare, 1)} of comments are theirs. ${browse("repeat", "Their comments")}</p>
<div class="table-wrap" role="region" aria-labelledby="repeat-caption" tabindex="0">
<table class="data">
  <caption id="repeat-caption">Accounts commenting on most posts</caption>
  <thead><tr><th scope="col">Account</th><th scope="col" class="num">Posts</th><th scope="col" class="num">Comments</th></tr></thead>
  <tbody>${c.repeatCommenters.map(
    (rc) =>
      html`<tr><th scope="row">@${rc.author}</th><td class="num">${num(rc.posts)}</td><td class="num">${num(rc.comments)}</td></tr>`,
  )}</tbody>
</table>
</div>`
    : html`<p class="empty">${c.repeatCommenterShare === null ? "Not looked for: not enough posts with comments." : "No account comments on most posts."}</p>`
}
</section>`;
}

const REASON_LABELS: Record<string, string> = { model: "spam model" };
const reasonLabel = (reason: string) => REASON_LABELS[reason] ?? reason.replaceAll("_", " ");

function spamSection(r: AuditResult, id: number): Html {
  const c = r.comments;
  const spamExamples = c.examples.spam;
  if (c.spam === null || c.spamByReason === null || spamExamples === null)
    return html`<section id="evidence-spam" aria-labelledby="spam-h">
<h2 id="spam-h">Spam and scam comments</h2>
${notComputedNote(r, html`did not look for spam`, "it")}
</section>`;
  const reasons = Object.entries(c.spamByReason).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const models = r.models;
  return html`<section id="evidence-spam" aria-labelledby="spam-h">
<h2 id="spam-h">Spam and scam comments</h2>
<p>${pct(c.spamShare, 1)} of ${num(c.total)} comments by other accounts are spam or scams (${num(c.spam)} comment${c.spam === 1 ? "" : "s"}). <a href="/creators/${id}/comments${query({ filter: "spam" })}">All spam comments</a></p>
${
  reasons.length
    ? html`<p class="sub">By reason (a comment can have several): ${reasons.map(([k, n], i) => html`${i ? ", " : ""}${reasonLabel(k)} ${num(n)}`)}.</p>`
    : ""
}
${
  c.possibleSpam === null
    ? html`<p class="sub">A rule names links, requests to DM, self-promotion, crypto or investment offers and follower selling; the spam model${
        models ? html` <code>${models.comments}</code>` : ""
      } flags the rest. pSpam is the model's probability, shown also when a rule decided.</p>`
    : html`<p class="sub">Spam counts only where the spam model${
        models ? html` <code>${models.comments}</code>` : ""
      } is sure (precision of at least 95% on Instagram comments in cross-validation). pSpam is the model's probability.</p>`
}
${spamList(spamExamples, "No spam comments.")}
${possibleSpam(r, id)}
</section>`;
}

function spamList(examples: readonly SpamExample[], empty: string): Html {
  return examples.length
    ? html`<ul class="examples">${examples
        .slice(0, 5)
        .map(
          (s) =>
            html`<li><span class="author">@${s.author ?? "unknown"}</span> ${s.reasons.map((k) => html`<span class="badge">${reasonLabel(k)}</span> `)}<span class="sub">pSpam ${pct(s.pSpam, 1)}</span> <span class="text">${s.text}</span></li>`,
        )}</ul>`
    : html`<p class="empty">${empty}</p>`;
}

/** Possibly spam: counted apart and shown, never held against the creator (not computed before audit-v5). */
function possibleSpam(r: AuditResult, id: number): Html {
  const c = r.comments;
  const examples = c.examples.possibleSpam;
  if (c.possibleSpam === null || c.possibleSpamByReason === null || examples === null)
    return html`<p class="sub not-computed">Possibly-spam comments (counted apart, not against the creator): ${notComputedWords(r.methodVersion)}.</p>`;
  const reasons = Object.entries(c.possibleSpamByReason).sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  return html`<h3 id="evidence-possible-spam">Possibly spam (not counted)</h3>
<p>${pct(c.possibleSpamShare, 1)} of comments are possibly spam (${num(c.possibleSpam)} comment${c.possibleSpam === 1 ? "" : "s"}): a rule fired (links, requests to DM, self-promotion, crypto or investment offers, follower selling) or the spam model is not sure. They do not lower the score. <a href="/creators/${id}/comments${query({ filter: "possible_spam" })}">All possibly-spam comments</a></p>
${
  reasons.length
    ? html`<p class="sub">By reason (a comment can have several): ${reasons.map(([k, n], i) => html`${i ? ", " : ""}${reasonLabel(k)} ${num(n)}`)}.</p>`
    : ""
}
${spamList(examples, "No possibly-spam comments.")}`;
}
