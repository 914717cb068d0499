// The creator page's "Audience authenticity" section: the follower model's estimated
// fake share with its 95% interval in words, HypeAuditor's class breakdown as a
// Chart.js bar chart (data in a data-* attribute, drawn by public/audience-chart.js)
// and as a table with the same counts (the page works without JavaScript), the
// reachable share, example accounts per class, the model version and a caution:
// the figure is evidence to read, never a verdict on its own. Audits stored before
// audit-v2 carry no `audience`; the section then asks for a re-run.
import type { AudienceAuthenticity, FollowerExample } from "../../core/audience.js";
import type { AuditResult } from "../../core/audit.js";
import { FOLLOWER_CLASSES } from "../../core/follower-input.js";
import { MASS_FOLLOWING } from "../../core/follower-model.js";
import {
  CLASS_LABELS,
  classDefinition,
  fakeShareWords,
  intervalWords,
} from "../../report/sections/audience-section.js";
import { num, pct } from "./format.js";
import { type Html, html } from "./html.js";
import { notComputedNote } from "./not-computed-note.js";

function shareOf(count: number, n: number): number | null {
  return n > 0 ? count / n : null;
}

export function audienceSection(r: AuditResult): Html {
  const a = r.audience;
  return html`<section id="evidence-audience" aria-labelledby="audience-h">
<h2 id="audience-h">Audience authenticity</h2>
${a ? audienceBody(a) : notComputedNote(r, html`predates audience authenticity`, "it")}
</section>`;
}

function audienceBody(a: AudienceAuthenticity): Html {
  const caution = html`<p class="caution" role="note"><strong>Never call a creator a fraud on this figure alone.</strong> A foreign audience, giveaway entrants and press or brand accounts can look suspicious too; read it with the engagement and comment evidence.</p>`;
  const method = html`<p class="sub model-line">Model <code>${a.modelVersion}</code>, flagging at pFake ≥ ${pct(a.threshold, 1)}. Method, data and error rates: <code>docs/models/follower-authenticity.md</code> (and <code>docs/methodology.md</code>).</p>`;
  if (a.n === 0)
    return html`<p class="estimate">Estimated fake followers: <strong>not enough data</strong>. No follower sample is imported for this account; a snapshot's <code>followersSample</code> or a <code>followers.csv</code> adds one.</p>
${method}`;
  const flagged = a.flaggedShare === null ? null : Math.round(a.flaggedShare * a.n);
  return html`<p class="estimate">${
    a.fakeShare === null
      ? html`Estimated fake followers: <strong>not enough data</strong> (${(a.notEnoughData ?? `${num(a.n)} followers scored`).replace(/^not enough data: /, "")}). The class counts below are still what the sample shows.`
      : html`Estimated fake followers: <strong>${fakeShareWords(a)}</strong>, from a sample of ${num(a.n)} followers.`
  }</p>
${
  a.fakeShare === null
    ? ""
    : html`<p>The interval is the range the true share of the whole audience most likely lies in. ${intervalWords(a)} A smaller sample gives a wider interval. The model flagged ${num(flagged)} of ${num(a.n)} (${pct(a.flaggedShare, 1)}); the estimate corrects that count for those error rates.</p>`
}
${caution}
${classBreakdown(a)}
<h3>Reachable followers</h3>
<p class="reachable">${
    a.reachableKnown === 0
      ? "Not enough data: no sampled follower's following count is known."
      : html`<strong>${pct(shareOf(a.reachable, a.reachableKnown), 1)}</strong>: ${num(a.reachable)} of ${num(a.reachableKnown)} sampled followers whose following count is known follow fewer than ${num(MASS_FOLLOWING)} accounts, so the creator's posts can still reach their feed.`
  }</p>
${examplesTable(a)}
${method}`;
}

function classBreakdown(a: AudienceAuthenticity): Html {
  const chart = {
    labels: FOLLOWER_CLASSES.map((c) => CLASS_LABELS[c]),
    counts: FOLLOWER_CLASSES.map((c) => a.classes[c]),
    shares: FOLLOWER_CLASSES.map((c) => Number(((a.classes[c] / a.n) * 100).toFixed(2))),
  };
  return html`<h3>Followers by class</h3>
<p>HypeAuditor's classes, assigned in this order to each of the ${num(a.n)} sampled followers:</p>
<figure class="chart chart-small">
  <div class="chart-box"><canvas id="audience-chart" role="img" aria-label="Bar chart of the sampled followers by class; the table below has the same values" data-chart="${JSON.stringify(chart)}"></canvas></div>
  <figcaption>Share of the sampled followers in each class.</figcaption>
</figure>
<div class="table-wrap" role="region" aria-labelledby="audience-classes-caption" tabindex="0">
<table class="data audience-classes">
  <caption id="audience-classes-caption">Sampled followers by class</caption>
  <thead><tr><th scope="col">Class and definition</th><th scope="col" class="num">Followers</th><th scope="col" class="num">Share</th></tr></thead>
  <tbody>${FOLLOWER_CLASSES.map(
    (c) =>
      html`<tr id="audience-class-${c}"><th scope="row">${CLASS_LABELS[c]} <span class="definition">${classDefinition(c, a.threshold)}</span></th><td class="num">${num(a.classes[c])}</td><td class="num">${pct(shareOf(a.classes[c], a.n), 1)}</td></tr>`,
  )}</tbody>
  <tfoot><tr><th scope="row">All sampled followers</th><td class="num">${num(a.n)}</td><td class="num">100%</td></tr></tfoot>
</table>
</div>`;
}

function examplesTable(a: AudienceAuthenticity): Html {
  const count = (v: number | null) => (v === null ? "unknown" : num(v));
  const row = (e: FollowerExample) =>
    html`<tr><th scope="row">@${e.username}</th><td class="num">${pct(e.pFake, 1)}</td><td class="num">${count(e.followers)}</td><td class="num">${count(e.following)}</td><td class="num">${count(e.posts)}</td></tr>`;
  return html`<h3>Example accounts</h3>
<p>Up to five per class: for real accounts those the model is surest of, for the others the most suspicious first. pFake is the model's calibrated probability that the account is fake.</p>
<div class="table-wrap" role="region" aria-labelledby="audience-examples-caption" tabindex="0">
<table class="data audience-examples">
  <caption id="audience-examples-caption">Example followers per class</caption>
  <thead><tr><th scope="col">Account</th><th scope="col" class="num">pFake</th><th scope="col" class="num">Followers</th><th scope="col" class="num">Following</th><th scope="col" class="num">Posts</th></tr></thead>
  ${FOLLOWER_CLASSES.map(
    (c) => html`<tbody>
    <tr class="group"><th scope="colgroup" colspan="5">${CLASS_LABELS[c]} <span class="sub">(${num(a.classes[c])} in the sample)</span></th></tr>
    ${a.examples[c].length ? a.examples[c].map(row) : html`<tr><td colspan="5" class="empty">None in the sample.</td></tr>`}
  </tbody>`,
  )}
</table>
</div>`;
}
