// Engagement anomalies on the creator page: each flag with its rule's message, the
// innocent readings to rule out, and the posts, comments and accounts behind it; the
// pod group as a table. Audits before audit-v3 have none: the section says so.
import type { AuditResult } from "../../core/audit.js";
import { pct, when } from "./format.js";
import { type Html, html } from "./html.js";
import { notComputedNote } from "./not-computed-note.js";

export function anomaliesSection(r: AuditResult): Html {
  const a = r.anomalies;
  if (a === null)
    return html`<section id="anomalies" aria-labelledby="anomalies-h"><h2 id="anomalies-h">Engagement anomalies</h2>
${notComputedNote(r, html`did not look for anomalies`, "them")}</section>`;
  const posts = new Map(r.engagement.perPost.map((p) => [p.postId, p]));
  const postLabel = (id: string) => {
    const p = posts.get(id);
    return p ? `${when(p.takenAt)}${p.shortcode ? ` (${p.shortcode})` : ""}` : `post ${id}`;
  };
  return html`<section id="anomalies" aria-labelledby="anomalies-h">
<h2 id="anomalies-h">Engagement anomalies</h2>
<p>Median ER ${a.erRatio === null ? "cannot be compared with a benchmark" : html`is <strong>${a.erRatio.toFixed(2)}×</strong> the tier benchmark`}; likes per comment ${
    a.likesToComments.median === null ? "not enough data" : a.likesToComments.median.toFixed(1)
  } (median).</p>
${
  a.flags.length === 0
    ? html`<p class="empty">No anomaly found: engagement is in line with the benchmark, likes are evenly spread, and no pod or comment burst shows.</p>`
    : html`<ul class="flags">${a.flags.map(
        (f) => html`<li class="flag flag-${f.severity}" id="anomaly-${f.kind}">
  <p><span class="badge">${f.severity}</span> ${f.message}</p>
  ${f.innocentExplanations.length ? html`<p class="sub">Could also be: ${f.innocentExplanations.join("; ")}.</p>` : ""}
  ${
    f.evidence.postIds.length
      ? html`<p class="sub">Posts: ${f.evidence.postIds.slice(0, 12).map((id, i) => html`${i ? ", " : ""}${postLabel(id)}`)}</p>`
      : ""
  }
  ${f.evidence.accounts.length ? html`<p class="sub">Accounts: ${f.evidence.accounts.map((x) => `@${x}`).join(", ")}</p>` : ""}
</li>`,
      )}</ul>`
}
${
  a.pod.members.length
    ? html`<div class="table-wrap" role="region" aria-labelledby="pod-caption" tabindex="0">
<table class="data">
  <caption id="pod-caption">Possible pod: ${pct(a.pod.commentShare, 1)} of comments are theirs</caption>
  <thead><tr><th scope="col">Account</th><th scope="col" class="num">Posts</th><th scope="col" class="num">Comments</th><th scope="col" class="num">Within minutes</th><th scope="col" class="num">Generic</th></tr></thead>
  <tbody>${a.pod.members.map(
    (m) =>
      html`<tr><th scope="row">@${m.author}</th><td class="num">${m.posts}</td><td class="num">${m.comments}</td><td class="num">${pct(m.fastShare, 0)}</td><td class="num">${pct(m.genericShare, 0)}</td></tr>`,
  )}</tbody>
</table>
</div>`
    : ""
}
</section>`;
}
