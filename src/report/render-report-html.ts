// The creator report as HTML: `reportBody` is the report page's content (the server
// wraps it in its layout), `renderReportHtml` a standalone file with its styles inlined
// (`vouch report --html`). Markup comes only from hono/html's escaping `html` template,
// as on every page: names, comments and captions are untrusted and stay text. Charts
// are inline SVG (no script, so they print and work in a saved file), each beside the
// same numbers as text or a table. Styles: public/app.css and public/report.css
// (which also holds the print rules).
import { readFile } from "node:fs/promises";
import { html, raw } from "hono/html";
import { notComputedWords } from "../core/not-computed.js";
import { niceStep } from "./chart-scale.js";
import type {
  BarListBlock,
  ColumnChartBlock,
  GrowthChartBlock,
  ReportBlock,
  ReportFigure,
  ReportModel,
  ReportSection,
  ReportThread,
} from "./report-types.js";

type Html = ReturnType<typeof html>;

export interface ReportBodyOptions {
  /** Buttons or links shown under the title (download, back to the creator); hidden in print. */
  actions?: Html;
}

export function reportBody(m: ReportModel, o: ReportBodyOptions = {}): Html {
  const sectionIds = new Set(m.sections.map((s) => s.id));
  return html`<article class="report" aria-labelledby="report-title">
<header class="report-head">
  <p class="report-kicker">Creator report</p>
  <h1 id="report-title">${m.creatorName} <span class="report-handle">@${m.handle} · ${m.platform}</span></h1>
  <p class="report-meta">Method <code>${m.methodVersion}</code> · computed ${m.computedOn} · data: ${m.dataRange.text} · models ${m.models ? html`<code>${m.models.followers}</code>, <code>${m.models.comments}</code>` : notComputedWords(m.methodVersion)}</p>
  ${o.actions ? html`<div class="actions report-actions">${o.actions}</div>` : ""}
</header>
${scoreBlock(m)}
<section id="figures" aria-labelledby="figures-h">
<h2 id="figures-h">Headline figures</h2>
<ul class="figures">${m.headline.figures.map((f) => figureCard(f, sectionIds))}</ul>
</section>
${m.sections.map(section)}
<p class="report-foot sub">Vouch creator report for ${m.title} · <code>${m.methodVersion}</code> · computed ${m.computedOn}. Vouch shows evidence, not verdicts.</p>
</article>`;
}

function scoreBlock(m: ReportModel): Html {
  const s = m.headline.score;
  return html`<section class="report-score" aria-label="Trust score and facts">
${
  s
    ? html`<div class="report-score-card">
  <p class="report-score-label">Trust score</p>
  <p class="report-score-value"><strong>${s.value}</strong>${s.grade ? html` <span class="report-score-grade">${s.grade}</span>` : ""}</p>
  <p class="report-score-caption">${s.caption}</p>
  ${s.change ? html`<p class="report-score-change">${s.change}</p>` : ""}
</div>`
    : ""
}
<dl class="inline-stats report-facts">${m.headline.facts.map(
    (f) =>
      html`<div><dt>${f.label}</dt><dd>${f.value}${f.note ? html` <span class="sub">${f.note}</span>` : ""}</dd></div>`,
  )}</dl>
</section>`;
}

function figureCard(f: ReportFigure, sectionIds: Set<string>): Html {
  return html`<li class="figure" id="figure-${f.id}">
  <h3>${f.label}</h3>
  <p class="value">${f.value}</p>
  ${f.note ? html`<p class="note">${f.note}</p>` : ""}
  <dl>
    <dt>Benchmark</dt><dd>${f.benchmark}</dd>
    <dt>Method</dt><dd>${f.method}</dd>
    ${f.previous ? html`<dt>Previous audit</dt><dd>${f.previous}</dd>` : ""}
  </dl>
  ${sectionIds.has(f.evidence) || f.evidence.startsWith("evidence-") ? html`<a href="#${f.evidence}">Evidence</a>` : ""}
</li>`;
}

function section(s: ReportSection): Html {
  return html`<section id="${s.id}" class="report-section" aria-labelledby="${s.id}-h">
<h2 id="${s.id}-h">${s.title}</h2>
${s.blocks.map(block)}
</section>`;
}

function block(b: ReportBlock): Html {
  switch (b.kind) {
    case "heading":
      return b.id ? html`<h3 id="${b.id}">${b.text}</h3>` : html`<h3>${b.text}</h3>`;
    case "text":
      return html`<p class="${b.tone === "caution" ? "caution" : b.tone === "muted" ? "sub" : "report-text"}">${b.text}</p>`;
    case "facts":
      return html`<dl class="report-fact-grid">${b.items.map(
        (f) =>
          html`<div><dt>${f.label}</dt><dd><strong>${f.value}</strong>${f.note ? html`<br><span class="sub">${f.note}</span>` : ""}</dd></div>`,
      )}</dl>`;
    case "notes":
      return html`<div class="notes" role="note"><p class="notes-title">${b.title}</p><ul>${b.items.map((n) => html`<li>${n}</li>`)}</ul></div>`;
    case "list":
      return html`<h3>${b.title}</h3>${
        b.items.length
          ? html`<ul class="report-list">${b.items.map(
              (i) => html`<li>${i.text}${i.link ? html` <a href="#${i.link}">Evidence</a>` : ""}</li>`,
            )}</ul>`
          : html`<p class="empty">${b.empty}</p>`
      }`;
    case "column-chart":
      return columnChart(b);
    case "bar-list":
      return barList(b);
    case "growth-chart":
      return growthChart(b);
    case "comments":
      return b.items.length
        ? html`<ul class="examples"${b.id ? html` id="${b.id}"` : ""}>${b.items.map(
            (c) =>
              html`<li>${c.author === null ? "" : html`<span class="author">@${c.author}</span> `}${c.tags.map((t) => html`<span class="badge">${t}</span> `)}${c.meta ? html`<span class="sub">${c.meta}</span> ` : ""}<span class="text">${c.text}</span></li>`,
          )}</ul>`
        : html`<p class="empty">${b.empty}</p>`;
    case "threads":
      return html`<h3>${b.title}</h3>${
        b.threads.length
          ? html`<ol class="threads">${b.threads.map(thread)}</ol>`
          : html`<p class="empty">${b.empty}</p>`
      }`;
    case "table":
      return html`<div class="table-wrap" role="region" aria-label="${b.title}" tabindex="0">
<table class="data">
  <caption>${b.title}</caption>
  <thead><tr>${b.columns.map((c) => html`<th scope="col"${c.numeric ? html` class="num"` : ""}>${c.label}</th>`)}</tr></thead>
  <tbody>${
    b.rows.length
      ? b.rows.map(
          (r) =>
            html`<tr>${r.map((cell, i) =>
              i === 0
                ? html`<th scope="row">${cell}</th>`
                : html`<td${b.columns[i]?.numeric ? html` class="num"` : ""}>${cell}</td>`,
            )}</tr>`,
        )
      : html`<tr><td colspan="${b.columns.length}" class="empty">${b.empty}</td></tr>`
  }</tbody>
</table>
</div>`;
  }
}

function thread(t: ReportThread): Html {
  return html`<li class="thread">
  <p class="comment"><span class="author">@${t.comment.author ?? "unknown"}</span> <span class="sub">${t.comment.at}</span><br><span class="text">${t.comment.text}</span></p>
  ${
    t.replies.length
      ? html`<ol class="replies">${t.replies.map(
          (r) =>
            html`<li class="${r.byCreator ? "reply by-creator" : "reply"}"><span class="author">@${r.author ?? "unknown"}</span>${r.byCreator ? html` <span class="badge">creator</span>` : ""} <span class="sub">${r.at}</span><br><span class="text">${r.text}</span></li>`,
        )}</ol>`
      : ""
  }
  ${t.note ? html`<p class="sub">${t.note}</p>` : ""}
</li>`;
}

// SVG charts: a 600 × 200 viewBox scaled to the column's width.
const W = 600;
const H = 200;

function columnChart(b: ColumnChartBlock): Html {
  const left = 44;
  const top = 10;
  const bottom = H - 22;
  const plotW = W - left - 4;
  const known = b.columns.flatMap((c) => (c.value === null ? [] : [c.value]));
  const max = Math.max(...known, b.reference?.value ?? 0, 0) * 1.1 || 0.01;
  const step = niceStep(max);
  const yMax = Math.ceil(max / step) * step;
  const yOf = (v: number) => bottom - (Math.min(v, yMax) / yMax) * (bottom - top);
  const ticks: number[] = [];
  for (let v = 0; v <= yMax + step / 2; v += step) ticks.push(v);
  const slot = b.columns.length ? plotW / b.columns.length : plotW;
  const barW = Math.min(36, slot * 0.7);
  const every = Math.max(1, Math.ceil(40 / slot));
  const label = `${b.title}: ${b.columns.map((c) => `${c.label} ${c.display}`).join(", ")}${b.reference ? `; ${b.reference.label}` : ""}`;
  return html`<figure class="chart report-chart">
<figcaption class="report-chart-title">${b.title}</figcaption>
<svg class="report-svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${label}">
  ${ticks.map(
    (v) =>
      html`<line class="grid" x1="${left}" x2="${W - 4}" y1="${yOf(v).toFixed(1)}" y2="${yOf(v).toFixed(1)}"></line><text class="tick" x="${left - 6}" y="${(yOf(v) + 4).toFixed(1)}" text-anchor="end">${(v * 100).toFixed(step < 0.01 ? 1 : 0)}%</text>`,
  )}
  ${b.columns.map((c, i) => {
    const cx = left + slot * i + slot / 2;
    const bar =
      c.value === null
        ? html`<text class="tick" x="${cx.toFixed(1)}" y="${bottom - 4}" text-anchor="middle">n/a</text>`
        : html`<rect class="bar" x="${(cx - barW / 2).toFixed(1)}" y="${yOf(c.value).toFixed(1)}" width="${barW.toFixed(1)}" height="${Math.max(0.5, bottom - yOf(c.value)).toFixed(1)}"><title>${c.label}: ${c.display}</title></rect>`;
    return html`${bar}${i % every === 0 ? html`<text class="tick" x="${cx.toFixed(1)}" y="${H - 6}" text-anchor="middle">${c.label}</text>` : ""}`;
  })}
  ${
    b.reference
      ? html`<line class="reference" x1="${left}" x2="${W - 4}" y1="${yOf(b.reference.value).toFixed(1)}" y2="${yOf(b.reference.value).toFixed(1)}"></line><text class="reference-label" x="${W - 6}" y="${(yOf(b.reference.value) - 5).toFixed(1)}" text-anchor="end">${b.reference.label}</text>`
      : ""
  }
  <line class="axis" x1="${left}" x2="${W - 4}" y1="${bottom}" y2="${bottom}"></line>
</svg>
<p class="sub">${b.caption}</p>
</figure>`;
}

function barList(b: BarListBlock): Html {
  return html`<figure class="report-bars">
<figcaption class="report-chart-title">${b.title}</figcaption>
<table class="data report-bar-table">
  <tbody>${b.bars.map(
    (bar) => html`<tr>
    <th scope="row">${bar.label}${bar.note ? html` <span class="definition">${bar.note}</span>` : ""}</th>
    <td class="report-bar-cell"><svg class="report-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="track" width="100" height="10"></rect><rect class="bar" width="${((bar.share ?? 0) * 100).toFixed(2)}" height="10"></rect></svg></td>
    <td class="num">${bar.display}</td>
  </tr>`,
  )}</tbody>
</table>
<p class="sub">${b.caption}</p>
</figure>`;
}

function growthChart(b: GrowthChartBlock): Html {
  const known = b.points.filter((p) => p.followers !== null) as { day: string; followers: number }[];
  if (known.length < 2)
    return html`<p class="empty">${b.title}: not enough data (fewer than two days with a follower count).</p>`;
  const sorted = [...b.points].sort((a, c) => a.day.localeCompare(c.day));
  const left = 64;
  const top = 10;
  const bottom = H - 22;
  const values = known.map((p) => p.followers);
  const pad = Math.max(1, (Math.max(...values) - Math.min(...values)) * 0.1);
  const lo = Math.max(0, Math.min(...values) - pad);
  const hi = Math.max(...values) + pad;
  const t = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const t0 = t((sorted[0] as { day: string }).day);
  const t1 = t((sorted.at(-1) as { day: string }).day);
  const x = (d: string) => (t1 === t0 ? (left + W) / 2 : left + ((t(d) - t0) / (t1 - t0)) * (W - left - 4));
  const y = (v: number) => bottom - ((v - lo) / (hi - lo)) * (bottom - top);
  const runs: string[] = [];
  let run: string[] = [];
  for (const p of sorted) {
    if (p.followers === null) {
      if (run.length) runs.push(run.join(" "));
      run = [];
    } else run.push(`${x(p.day).toFixed(1)},${y(p.followers).toFixed(1)}`);
  }
  if (run.length) runs.push(run.join(" "));
  const first = sorted[0] as { day: string };
  const last = sorted.at(-1) as { day: string };
  return html`<figure class="chart report-chart">
<figcaption class="report-chart-title">${b.title}</figcaption>
<svg class="report-svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${b.title}: ${known.length} days from ${first.day} to ${last.day}">
  ${[lo, (lo + hi) / 2, hi].map(
    (v) =>
      html`<line class="grid" x1="${left}" x2="${W - 4}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"></line><text class="tick" x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${Math.round(v).toLocaleString("en-US")}</text>`,
  )}
  ${runs.map((points) => html`<polyline class="line" points="${points}"></polyline>`)}
  <text class="tick" x="${left}" y="${H - 6}">${first.day}</text>
  <text class="tick" x="${W - 4}" y="${H - 6}" text-anchor="end">${last.day}</text>
</svg>
<p class="sub">${b.caption}</p>
</figure>`;
}

const PUBLIC = new URL("../../public/", import.meta.url);

/** The report as one HTML file with the pages' styles inlined: it opens and prints offline. */
export async function renderReportHtml(m: ReportModel): Promise<string> {
  const css = (
    await Promise.all(["app.css", "report.css"].map((n) => readFile(new URL(n, PUBLIC), "utf8")))
  ).join("\n");
  // The styles are our own files, not data: the one place text goes in unescaped.
  const doc = await html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vouch creator report: ${m.title}</title>
<style>${raw(css)}</style>
</head>
<body class="report-file">
<main id="main">
${reportBody(m)}
</main>
</body>
</html>`;
  return doc.toString();
}
