// The report model on the creator page: the same sections and blocks as the report
// (html-blocks.ts), plus what only a browser page has: Chart.js charts for the blocks the
// page has a script for (public/creator-chart.js, audience-chart.js, growth-chart.js; the
// data in data-* attributes, never in inline script), links into the comment browser,
// the media kit and the brand targets, and the anchors the page has always had (bookmarks
// and the compare page link to #evidence-posts). A section's parts are sections of their
// own on the page, each with its anchor. The page (src/server/pages/creator-page.ts) adds
// the creator's profile and its buttons around it.
import { html } from "hono/html";
import { notComputedWords } from "../core/not-computed.js";
import { when } from "./format.js";
import { blockHtml, figureCard, type Html, type HtmlOptions } from "./html-blocks.js";
import type {
  BarListBlock,
  ColumnChartBlock,
  GrowthChartBlock,
  ReportModel,
  ReportSection,
} from "./report-types.js";

/** Where the page's links go (the server knows its routes; the report does not). */
export interface CreatorPageLinks {
  comments(filter: string): string;
  kit(requestId: number): string;
  targets: string;
}

/** The creator page's anchors for the sections it has always called so. */
const PAGE_ANCHORS: Record<string, string> = {
  engagement: "evidence-posts",
  responsiveness: "evidence-threads",
  audience: "evidence-audience",
};

export function pageAnchor(id: string): string {
  return PAGE_ANCHORS[id] ?? id;
}

export function creatorPageOptions(links: CreatorPageLinks): HtmlOptions {
  return {
    mode: "page",
    href: (to) =>
      "anchor" in to
        ? `#${pageAnchor(to.anchor)}`
        : "comments" in to
          ? links.comments(to.comments)
          : "kit" in to
            ? links.kit(to.kit)
            : links.targets,
    pageChart,
  };
}

/** The audit on the creator page: when and from what, the score, the headline figures, every section. */
export function creatorPageAudit(m: ReportModel, links: CreatorPageLinks): Html {
  const o = creatorPageOptions(links);
  const [first, ...rest] = m.sections;
  const score = first?.id === "score" ? first : null;
  return html`<p class="audit-meta">Audit <code>${m.methodVersion}</code> computed ${when(m.computedAt)}, over ${m.dataRange.text}. Models: ${
    m.models
      ? html`<code>${m.models.followers}</code>, <code>${m.models.comments}</code>`
      : notComputedWords(m.methodVersion)
  }.</p>
${score ? pageSection(score, o, scoreCard(m)) : scoreCard(m)}
${figures(m, o)}
${(score ? rest : m.sections).map((s) => pageSection(s, o))}`;
}

function scoreCard(m: ReportModel): Html {
  const s = m.headline.score;
  const facts = html`<dl class="inline-stats">${m.headline.facts.map(
    (f) =>
      html`<div><dt>${f.label}</dt><dd>${f.value}${f.note ? html` <span class="sub">${f.note}</span>` : ""}</dd></div>`,
  )}</dl>`;
  if (!s) return facts;
  return html`<div class="score-head">
  <p class="score-value${s.grade ? ` grade-${s.grade.toLowerCase()}` : ""}">${s.value}</p>
  <div>
    ${s.grade ? html`<p class="grade">Grade ${s.grade}</p>` : ""}
    <p class="score-confidence${s.provisional ? " provisional" : ""}">${s.confidence}</p>
    <p>${s.caption}</p>
    ${s.change ? html`<p class="score-change">${s.change}</p>` : ""}
  </div>
</div>
${facts}`;
}

function figures(m: ReportModel, o: HtmlOptions): Html {
  return html`<section id="figures" aria-labelledby="figures-h">
<h2 id="figures-h">Headline figures</h2>
<ul class="figures">${m.headline.figures.map((f) => figureCard(f, o))}</ul>
</section>`;
}

function headingId(anchor: string): string {
  return `${anchor.replace(/^evidence-/, "")}-h`;
}

/** A section of the page: its blocks, then each of its parts as a section of its own. */
export function pageSection(s: ReportSection, o: HtmlOptions, lead?: Html): Html {
  const anchor = pageAnchor(s.id);
  const h = headingId(anchor);
  const parts = s.blocks.flatMap((b) => (b.kind === "part" ? [b] : []));
  return html`<section id="${anchor}" aria-labelledby="${h}">
<h2 id="${h}">${s.title}</h2>
${lead ?? ""}
${s.blocks.filter((b) => b.kind !== "part").map((b) => blockHtml(b, o))}
</section>
${parts.map(
  (p) => html`<section id="${p.id}" aria-labelledby="${headingId(p.id)}">
<h2 id="${headingId(p.id)}">${p.title}</h2>
${p.blocks.map((b) => blockHtml(b, o))}
</section>`,
)}`;
}

/** The Chart.js canvases the page has scripts for, by the block's id; null for the others. */
function pageChart(b: ColumnChartBlock | BarListBlock | GrowthChartBlock): Html | null {
  if (b.kind === "column-chart" && b.id === "engagement-rate") {
    const data = {
      labels: b.columns.map((c) => c.date),
      rates: b.columns.map((c) => (c.value === null ? null : Number((c.value * 100).toFixed(4)))),
      benchmark: b.reference ? Number((b.reference.value * 100).toFixed(4)) : null,
      benchmarkLabel: b.reference?.label ?? null,
    };
    return html`<figure class="chart">
  <div class="chart-box"><canvas id="er-chart" role="img" aria-label="Line chart of engagement rate per post over time; the table below has the same values" data-chart="${JSON.stringify(data)}"></canvas></div>
  <figcaption>${b.title}: ${b.caption}</figcaption>
</figure>`;
  }
  if (b.kind === "bar-list" && b.id === "audience-classes") {
    const data = {
      labels: b.bars.map((x) => x.label),
      counts: b.bars.map((x) => x.count ?? null),
      shares: b.bars.map((x) => (x.share === null ? null : Number((x.share * 100).toFixed(2)))),
    };
    return html`<figure class="chart chart-small">
  <div class="chart-box"><canvas id="audience-chart" role="img" aria-label="Bar chart of the sampled followers by class; the table below has the same values" data-chart="${JSON.stringify(data)}"></canvas></div>
  <figcaption>${b.title}.</figcaption>
</figure>`;
  }
  if (b.kind === "growth-chart" && b.id === "growth") {
    const data = {
      labels: b.points.map((d) => d.day),
      followers: b.points.map((d) => d.followers),
      following: b.points.map((d) => d.following),
      spikes: b.marks,
    };
    return html`<figure class="chart">
  <div class="chart-box"><canvas id="growth-chart" role="img" aria-label="Line chart of followers and accounts followed by day; the table below has the same values" data-chart="${JSON.stringify(data)}"></canvas></div>
  <figcaption>${b.title}: ${b.caption}</figcaption>
</figure>`;
  }
  return null;
}
