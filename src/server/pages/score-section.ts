// The trust score on the creator page: the value and grade, each component with its
// weight and a link to the section that holds its evidence, the strongest reasons each
// way (each with its evidence), what was left out and why, and the change since the
// previous audit. Audits before audit-v3 have no score: the section says so.
import type { AuditResult } from "../../core/audit.js";
import type { ScoreChange } from "../../core/score-change.js";
import type { ComponentId, Evidence, Reason, TrustScore } from "../../core/trust-score.js";
import { num } from "./format.js";
import { type Html, html, query } from "./html.js";
import { notComputedNote } from "./not-computed-note.js";

/** The creator-page anchor of each component's evidence. */
export const SECTION_ANCHORS: Record<string, string> = {
  audience: "evidence-audience",
  engagement: "anomalies",
  responsiveness: "evidence-threads",
  comments: "evidence-generic",
  growth: "growth",
  disclosure: "disclosure",
};

export function scoreSection(r: AuditResult, change: ScoreChange | null, creatorId: number): Html {
  const s = r.score;
  if (s === null)
    return html`<section id="score" aria-labelledby="score-h"><h2 id="score-h">Trust score</h2>
${notComputedNote(r, html`has no trust score`, "it")}</section>`;
  return html`<section id="score" aria-labelledby="score-h">
<h2 id="score-h">Trust score</h2>
<div class="score-head">
  <p class="score-value${s.grade ? ` grade-${s.grade.band.toLowerCase()}` : ""}">${
    s.value === null
      ? html`<span class="na">not enough data</span>`
      : html`${s.value}<span class="of">/100</span>`
  }</p>
  <div>
    ${s.grade ? html`<p class="grade">Grade ${s.grade.band}: ${s.grade.label}</p>` : html`<p>${s.notEnoughData}</p>`}
    ${changeLine(change)}
    <p class="sub">Method <code>${s.version}</code>. Evidence, not a verdict: every component links to what it rests on.</p>
  </div>
</div>
${reasonList("Reasons for", s.reasonsFor, "for", creatorId, r)}
${reasonList("Reasons against", s.reasonsAgainst, "against", creatorId, r)}
${componentTable(s, change)}
${s.leftOut.length ? html`<ul class="left-out">${s.leftOut.map((l) => html`<li>${l}</li>`)}</ul>` : ""}
</section>`;
}

function changeLine(change: ScoreChange | null): Html {
  if (!change) return html``;
  if (change.delta === null)
    return html`<p class="sub score-change">${change.note ?? "The previous audit has no comparable score."}</p>`;
  const sign = change.delta > 0 ? "+" : change.delta < 0 ? "−" : "±";
  return html`<p class="score-change">${sign}${num(Math.abs(change.delta), 0)} since the audit of ${change.previous.computedAt.slice(0, 10)} (then ${change.previous.value ?? "no score"}).</p>`;
}

function componentTable(s: TrustScore, change: ScoreChange | null): Html {
  const changeOf = (id: ComponentId) => change?.components.find((c) => c.id === id)?.delta ?? null;
  return html`<div class="table-wrap" role="region" aria-labelledby="score-caption" tabindex="0">
<table class="data score-components">
  <caption id="score-caption">Components of the score</caption>
  <thead><tr><th scope="col">Component</th><th scope="col" class="num">Points</th><th scope="col" class="num">Weight</th>${
    change?.comparable ? html`<th scope="col" class="num">Change</th>` : ""
  }<th scope="col">Evidence</th></tr></thead>
  <tbody>${s.components.map(
    (c) => html`<tr>
    <th scope="row">${c.label}</th>
    <td class="num">${c.value === null ? "left out" : num(c.value, 0)}</td>
    <td class="num">${c.effectiveWeight === null ? html`<span class="sub">${c.notEnoughData}</span>` : `${Math.round(c.effectiveWeight * 100)}%`}</td>
    ${change?.comparable ? html`<td class="num">${signed(changeOf(c.id))}</td>` : ""}
    <td><a href="#${SECTION_ANCHORS[c.section] ?? c.section}">${c.label}: the evidence</a></td>
  </tr>`,
  )}</tbody>
</table>
</div>`;
}

function reasonList(
  title: string,
  reasons: Reason[],
  kind: string,
  creatorId: number,
  audit: AuditResult,
): Html {
  if (reasons.length === 0) return html``;
  return html`<h3>${title}</h3>
<ul class="reasons reasons-${kind}">${reasons.map(
    (r) =>
      html`<li><span class="impact">${signed(r.impact)}</span> ${r.text} ${evidenceLinks(r, creatorId, audit)}</li>`,
  )}</ul>`;
}

function evidenceLinks(r: Reason, creatorId: number, audit: AuditResult): Html {
  const links = r.evidence.slice(0, 6).map((e) => evidenceLink(r.component, e, creatorId, audit));
  return links.length
    ? html`<span class="evidence">Evidence: ${links.map((l, i) => html`${i ? ", " : ""}${l}`)}</span>`
    : html``;
}

/** Where one piece of evidence is shown: its section, its row, or the comment browser. */
export function evidenceLink(
  component: ComponentId,
  e: Evidence,
  creatorId: number,
  audit: AuditResult,
): Html {
  switch (e.kind) {
    case "section":
      return html`<a href="#${SECTION_ANCHORS[e.id] ?? e.id}">${e.id}</a>`;
    case "day":
      return html`<a href="#growth-${e.id}">${e.id}</a>`;
    case "post":
      return component === "disclosure_hygiene"
        ? html`<a href="#disclosure-${e.id}">post ${e.id}</a>`
        : html`<a href="#anomalies">post ${e.id}</a>`;
    case "account":
      return component === "audience_authenticity"
        ? html`<a href="#evidence-audience">@${e.id}</a>`
        : html`<a href="#anomalies">@${e.id}</a>`;
    case "comment": {
      // The threads and the comment examples on this page hold these comments; pod comments
      // are the repeat commenters' in the comment browser.
      if (component === "responsiveness") return html`<a href="#evidence-threads">comment ${e.id}</a>`;
      if (component === "comment_quality")
        return audit.comments.examples.spam?.some((x) => x.id === e.id)
          ? html`<a href="#evidence-spam">comment ${e.id}</a>`
          : html`<a href="#evidence-generic">comment ${e.id}</a>`;
      return html`<a href="/creators/${creatorId}/comments${query({ filter: "repeat" })}">comment ${e.id}</a>`;
    }
  }
}

function signed(x: number | null): string {
  if (x === null) return "—";
  return `${x > 0 ? "+" : x < 0 ? "−" : "±"}${num(Math.abs(x), 1)}`;
}
