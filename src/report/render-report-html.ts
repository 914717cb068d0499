// The creator report as HTML: `reportBody` is the report page's content (the server
// wraps it in its layout), `renderReportHtml` a standalone file with its styles inlined
// (`vouch report --html`). The blocks are drawn by html-blocks.ts, as on the creator
// page: names, comments and captions are untrusted and stay text. Charts are inline SVG
// (no script, so they print and work in a saved file), each beside the same numbers as
// text or a table. Styles: public/app.css and public/report.css (which also holds the
// print rules).
import { readFile } from "node:fs/promises";
import { html, raw } from "hono/html";
import { notComputedWords } from "../core/not-computed.js";
import { blockHtml, figureCard, type Html, type HtmlOptions } from "./html-blocks.js";
import type { ReportModel, ReportSection } from "./report-types.js";

export interface ReportBodyOptions {
  /** Buttons or links shown under the title (download, back to the creator); hidden in print. */
  actions?: Html;
}

export function reportBody(m: ReportModel, o: ReportBodyOptions = {}): Html {
  const anchors = documentAnchors(m);
  const options: HtmlOptions = {
    mode: "report",
    href: (to) => ("anchor" in to && anchors.has(to.anchor) ? `#${to.anchor}` : "url" in to ? to.url : null),
  };
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
<ul class="figures">${m.headline.figures.map((f) => figureCard(f, options))}</ul>
</section>
${m.sections.map((s) => section(s, options))}
<p class="report-foot sub">Vouch creator report for ${m.title} · <code>${m.methodVersion}</code> · computed ${m.computedOn}. Vouch shows evidence, not verdicts.</p>
</article>`;
}

/** Every anchor the report's markup carries: sections, parts, headings, list items, bars. */
export function documentAnchors(m: ReportModel): Set<string> {
  const out = new Set<string>();
  const walk = (blocks: ReportSection["blocks"]) => {
    for (const b of blocks) {
      if ((b.kind === "heading" || b.kind === "part") && b.id) out.add(b.id);
      if (b.kind === "part") walk(b.blocks);
      if (b.kind === "list") for (const i of b.items) if (i.id) out.add(i.id);
      if (b.kind === "bar-list") for (const bar of b.bars) if (bar.id) out.add(bar.id);
      if ((b.kind === "threads" || b.kind === "table") && b.id) out.add(b.id);
    }
  };
  for (const s of m.sections) {
    out.add(s.id);
    walk(s.blocks);
  }
  return out;
}

function scoreBlock(m: ReportModel): Html {
  const s = m.headline.score;
  return html`<section class="report-score" aria-label="Trust score and facts">
${
  s
    ? html`<div class="report-score-card">
  <p class="report-score-label">Trust score</p>
  <p class="report-score-value"><strong>${s.value}</strong>${s.grade ? html` <span class="report-score-grade">${s.grade}</span>` : ""}</p>
  <p class="score-confidence${s.provisional ? " provisional" : ""}">${s.confidence}</p>
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

function section(s: ReportSection, o: HtmlOptions): Html {
  return html`<section id="${s.id}" class="report-section" aria-labelledby="${s.id}-h">
<h2 id="${s.id}-h">${s.title}</h2>
${s.blocks.map((b) => blockHtml(b, o))}
</section>`;
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
