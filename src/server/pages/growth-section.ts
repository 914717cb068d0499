// Growth on the creator page: followers and following by day (a Chart.js chart drawn
// by public/growth-chart.js, with a table of the same values behind it), each spike
// with its numbers, the engagement around it and the innocent explanations, and a
// note when there is too little history. Audits before audit-v3 have no growth.
import type { AuditResult } from "../../core/audit.js";
import type { Growth } from "../../core/growth.js";
import { num } from "./format.js";
import { type Html, html } from "./html.js";
import { notComputedNote } from "./not-computed-note.js";

export function growthSection(r: AuditResult): Html {
  const g = r.growth;
  const head = html`<h2 id="growth-h">Growth</h2>`;
  if (g === null)
    return html`<section id="growth" aria-labelledby="growth-h">${head}
${notComputedNote(r, html`did not read the follower history`, "it")}</section>`;
  return html`<section id="growth" aria-labelledby="growth-h">${head}
${
  g.notEnoughData
    ? html`<p class="empty">Not enough data: ${g.notEnoughData.replace(/^growth: /, "")}. Import a daily-counts CSV or more profile snapshots (docs/formats.md).</p>`
    : html`<p>${num(g.points)} days with counts from ${g.from} to ${g.to}. Typical daily change ${signed(g.medianDailyFollowerChange)} followers (median); a day is a spike when its change is far above that (robust z-score over 3.5, and at least 100 followers or 1%).</p>`
}
${g.followingNotEnoughData ? html`<p class="sub">${g.followingNotEnoughData}</p>` : ""}
${g.series.length >= 2 ? chart(g) : ""}
${spikes(g)}
</section>`;
}

function chart(g: Growth): Html {
  const data = {
    labels: g.series.map((d) => d.day),
    followers: g.series.map((d) => d.followers),
    following: g.series.map((d) => d.following),
    spikes: g.spikes.map((s) => s.day),
  };
  return html`<figure class="chart">
  <div class="chart-box"><canvas id="growth-chart" role="img" aria-label="Line chart of followers and accounts followed by day; the table below has the same values" data-chart="${JSON.stringify(data)}"></canvas></div>
  <figcaption>Followers (left axis) and accounts followed (right axis) by day; spike days are marked.</figcaption>
</figure>
<details class="series">
  <summary>Counts by day (${g.series.length})</summary>
  <div class="table-wrap" role="region" aria-labelledby="growth-caption" tabindex="0">
  <table class="data">
    <caption id="growth-caption">Counts by day</caption>
    <thead><tr><th scope="col">Day</th><th scope="col" class="num">Followers</th><th scope="col" class="num">Change</th><th scope="col" class="num">Following</th><th scope="col" class="num">Change</th></tr></thead>
    <tbody>${g.series.map(
      (d) =>
        html`<tr><th scope="row">${d.day}</th><td class="num">${num(d.followers)}</td><td class="num">${signed(d.followersChange)}</td><td class="num">${num(d.following)}</td><td class="num">${signed(d.followingChange)}</td></tr>`,
    )}</tbody>
  </table>
  </div>
</details>`;
}

function spikes(g: Growth): Html {
  if (g.notEnoughData) return html``;
  if (g.spikes.length === 0) return html`<p class="empty">No spike in followers or accounts followed.</p>`;
  // The score's evidence links to a day: the first spike of each day carries the anchor.
  const anchored = new Set<string>();
  const anchor = (day: string) => {
    if (anchored.has(day)) return null;
    anchored.add(day);
    return `growth-${day}`;
  };
  return html`<ul class="flags">${g.spikes.map(
    (
      s,
    ) => html`<li class="flag${s.flag ? (g.flags.find((f) => f.day === s.day)?.severity === "alert" ? " flag-alert" : "") : " flag-ok"}"${idAttr(anchor(s.day))}>
  <p>${s.flag ? html`<span class="badge">${s.flag.replaceAll("_", " ")}</span> ` : html`<span class="badge">explained</span> `}${s.message}</p>
  <p class="sub">${s.metric === "followers" ? "Followers" : "Following"} ${signed(s.change)} from ${s.fromDay} to ${s.toDay} (${s.days} day${s.days === 1 ? "" : "s"}); robust z ${s.robustZ.toFixed(1)}${
    s.engagement && s.engagement.before !== null
      ? `; likes + comments per post before ${num(s.engagement.before)}, best after ${num(s.engagement.peak)}`
      : ""
  }.</p>
  ${s.innocentExplanations.length ? html`<p class="sub">Could also be: ${s.innocentExplanations.join("; ")}.</p>` : ""}
</li>`,
  )}</ul>`;
}

function idAttr(id: string | null): Html {
  return id === null ? html`` : html` id="${id}"`;
}

function signed(x: number | null): string {
  if (x === null) return "—";
  return `${x > 0 ? "+" : x < 0 ? "−" : "±"}${num(Math.abs(x))}`;
}
