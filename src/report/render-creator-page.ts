// The report model on the creator page: the same sections and blocks as the report
// (html-blocks.ts), plus what only a browser page has: Chart.js charts for the blocks the
// page has a script for (public/creator-chart.js, audience-chart.js, growth-chart.js; the
// data in data-* attributes, never in inline script), links into the comment browser,
// the media kit and the brand targets, and the anchors the page has always had (bookmarks
// and the compare page link to #evidence-posts), and an in-page menu. A section's parts
// are sections of their own on the page, each with its anchor. The page
// (src/server/pages/creator-page.ts) adds the creator's profile, its buttons and the
// working list.
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
  /** One comment in the comment browser: its page, scrolled to it. */
  comment(id: string): string;
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
          : "comment" in to
            ? links.comment(to.comment)
            : "url" in to
              ? to.url
              : "kit" in to
                ? links.kit(to.kit)
                : links.targets,
    pageChart,
  };
}

/** What the page puts among the audit's sections: the kit's buttons, the working list. */
export interface CreatorPageExtras {
  /** Drawn at the top of the media-kit section (the request button). */
  kitActions: Html;
  /** The working list (status, tags, notes), after the summary and the media kit. */
  worklist: Html;
}

/**
 * The audit on the creator page: an in-page menu, when and from what, the summary with the
 * score, the media kit, the working list, then the score's components, the headline
 * figures and every other section, each once.
 */
export function creatorPageAudit(m: ReportModel, links: CreatorPageLinks, extras: CreatorPageExtras): Html {
  const o = creatorPageOptions(links);
  const at = (id: string) => m.sections.findIndex((s) => s.id === id);
  // The top: the summary and the media kit (when there is one), then the working list.
  const top = Math.max(at("summary"), at("media-kit")) + 1;
  const section = (s: ReportSection) =>
    pageSection(
      s,
      o,
      s.id === "summary" ? scoreCard(m) : s.id === "media-kit" ? extras.kitActions : undefined,
    );
  const head = m.sections.slice(0, top);
  const rest = m.sections.slice(top);
  const score = rest[0]?.id === "score" ? rest.slice(0, 1) : [];
  return html`${pageMenu(m, head, score, rest.slice(score.length))}
<p class="audit-meta">Audit <code>${m.methodVersion}</code> computed ${when(m.computedAt)}, over ${m.dataRange.text}. Models: ${
    m.models
      ? html`<code>${m.models.followers}</code>, <code>${m.models.comments}</code>`
      : notComputedWords(m.methodVersion)
  }.</p>
${head.length ? head.map(section) : scoreCard(m)}
${extras.worklist}
${score.map(section)}
${figures(m, o)}
${rest.slice(score.length).map(section)}`;
}

/** The in-page menu: a link to each section, in the page's order. */
function pageMenu(
  m: ReportModel,
  head: ReportSection[],
  score: ReportSection[],
  rest: ReportSection[],
): Html {
  const item = (id: string, title: string) => html`<li><a href="#${id}">${title}</a></li>`;
  const items = [
    ...head.map((s) => item(pageAnchor(s.id), s.title)),
    item("worklist", "Working list"),
    ...score.map((s) => item(pageAnchor(s.id), s.title)),
    ...(m.headline.figures.length ? [item("figures", "Headline figures")] : []),
    ...rest.map((s) => item(pageAnchor(s.id), s.title)),
  ];
  return html`<nav class="page-menu" aria-label="On this page"><h2 class="page-menu-title">On this page</h2><ul>${items}</ul></nav>`;
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
