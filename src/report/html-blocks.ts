// The model's blocks as HTML, shared by the report page (render-report-html.ts) and the
// creator page (render-creator-page.ts). Markup comes only from hono/html's escaping
// `html` template: names, comments and captions are untrusted and stay text. The two
// differ where a browser page can do more: the creator page draws the charts it has a
// script for with Chart.js (data in data-* attributes, never inline script) and opens
// links into the comment browser; the report draws inline SVG (it prints and works as a
// saved file) and keeps only the links inside the document.
import { html } from "hono/html";
import { niceStep } from "./chart-scale.js";
import { num } from "./format.js";
import type {
  BarListBlock,
  Cell,
  ColumnChartBlock,
  GrowthChartBlock,
  LinkTarget,
  ListItem,
  ReportBlock,
  ReportFigure,
  ReportLink,
  ReportThread,
  TableBlock,
  ThreadEntry,
  Words,
} from "./report-types.js";
import { labelledCell } from "./table-cell.js";

export type Html = ReturnType<typeof html>;

export interface HtmlOptions {
  mode: "page" | "report";
  /** Where a link target is, or null when this document cannot open it (its words are then shown plain). */
  href(to: LinkTarget): string | null;
  /** The page's interactive chart for a chart block, or null where it has none (the numbers beside it stay). */
  pageChart?(b: ColumnChartBlock | BarListBlock | GrowthChartBlock): Html | null;
}

export function words(w: Words): Html {
  if (typeof w === "string") return html`${w}`;
  return html`${w.map((s) =>
    typeof s === "string"
      ? s
      : "strong" in s
        ? html`<strong>${s.strong}</strong>`
        : html`<code>${s.code}</code>`,
  )}`;
}

export function link(l: ReportLink, o: HtmlOptions): Html {
  const href = o.href(l.to);
  return href === null ? html`${l.label}` : html`<a href="${href}">${l.label}</a>`;
}

/** A headline figure's card: value, note, benchmark, method, the previous audit's value, the evidence. */
export function figureCard(f: ReportFigure, o: HtmlOptions): Html {
  const href = o.href({ anchor: f.evidence });
  return html`<li class="figure" id="figure-${f.id}">
  <h3>${f.label}</h3>
  <p class="value">${f.value}</p>
  ${f.note ? html`<p class="note">${f.note}</p>` : ""}
  ${
    o.mode === "page"
      ? html`${f.previous ? html`<p class="sub">Previous audit: ${f.previous}</p>` : ""}<details class="figure-method"><summary>Benchmark and method</summary><dl>
    <dt>Benchmark</dt><dd>${f.benchmark}</dd>
    <dt>Method</dt><dd>${f.method}</dd>
  </dl></details>`
      : html`<dl>
    <dt>Benchmark</dt><dd>${f.benchmark}</dd>
    <dt>Method</dt><dd>${f.method}</dd>
    ${f.previous ? html`<dt>Previous audit</dt><dd>${f.previous}</dd>` : ""}
  </dl>`
  }
  ${href ? html`<a href="${href}">Evidence: ${f.evidenceLabel}</a>` : ""}
</li>`;
}

/** One block; `level` is the heading level of its title (3 in a section, 4 in a part of the report). */
export function blockHtml(b: ReportBlock, o: HtmlOptions, level = 3): Html {
  const page = o.mode === "page";
  switch (b.kind) {
    case "heading":
      return heading(level, b.text, b.id);
    case "text": {
      const cls = b.tone === "caution" ? "caution" : b.tone === "muted" ? "sub" : page ? "" : "report-text";
      const links = (b.links ?? []).flatMap((l) => (o.href(l.to) === null ? [] : [html` ${link(l, o)}`]));
      return cls
        ? html`<p class="${cls}">${words(b.text)}${links}</p>`
        : html`<p>${words(b.text)}${links}</p>`;
    }
    case "facts":
      return page
        ? html`<dl class="more-figures">${b.items.map(
            (f) =>
              html`<dt>${f.label}</dt><dd>${f.value}${f.note ? html` <span class="sub">${f.note}</span>` : ""}</dd>`,
          )}</dl>`
        : html`<dl class="report-fact-grid">${b.items.map(
            (f) =>
              html`<div><dt>${f.label}</dt><dd><strong>${f.value}</strong>${f.note ? html`<br><span class="sub">${f.note}</span>` : ""}</dd></div>`,
          )}</dl>`;
    case "notes":
      return html`<div class="notes" role="note"><p class="notes-title">${b.title}</p><ul>${b.items.map((n) => html`<li>${n}</li>`)}</ul></div>`;
    case "list":
      if (page && b.folded)
        return html`<details class="folded"><summary>${b.title}</summary>${
          b.items.length
            ? html`<ul class="${b.items.some((i) => i.tone) ? "flags" : "plain"}">${b.items.map((i) => listItem(i, o))}</ul>`
            : html`<p class="empty">${b.empty}</p>`
        }</details>`;
      return html`${heading(level, b.title)}${
        b.items.length
          ? html`<ul class="${page ? (b.items.some((i) => i.tone) ? "flags" : "plain") : "report-list"}">${b.items.map((i) => listItem(i, o))}</ul>`
          : html`<p class="empty">${b.empty}</p>`
      }`;
    case "column-chart":
      return page ? (o.pageChart?.(b) ?? html``) : columnChartSvg(b);
    case "bar-list":
      return barList(b, o);
    case "growth-chart":
      return page ? html`${o.pageChart?.(b) ?? ""}${growthTable(b)}` : growthChartSvg(b);
    case "comments": {
      if (!b.items.length) return html`<p class="empty">${b.empty}</p>`;
      const examples = html`<ul class="examples">${b.items.map(
        (c) =>
          html`<li>${c.author === null ? "" : html`<span class="author">@${c.author}</span> `}${commentId(c.id, o)}${c.tags.map((t) => html`<span class="badge">${t}</span> `)}${c.meta ? html`<span class="sub">${c.meta}</span> ` : ""}<span class="text">${c.text}</span></li>`,
      )}</ul>`;
      // On the page the examples are details on demand; the report prints them.
      return page ? folded(`Examples (${num(b.items.length)})`, examples) : examples;
    }
    case "threads": {
      if (!b.threads.length) return html`${heading(level, b.title)}<p class="empty">${b.empty}</p>`;
      const list = html`<ol class="threads"${b.id ? html` id="${b.id}"` : ""}>${b.threads.map((t) => thread(t, o))}</ol>`;
      // On the page the conversations are details on demand; the report prints them.
      return page
        ? folded(`${b.title} (${num(b.threads.length)})`, list)
        : html`${heading(level, b.title)}${list}`;
    }
    case "table": {
      const rows = b.groups ? b.groups.reduce((n, g) => n + g.rows.length, 0) : b.rows.length;
      // A long table is folded on the page, unless the evidence links to its rows.
      return page && rows > FOLD_ROWS && !b.rowIds
        ? folded(`${b.title} (${num(rows)} rows)`, table(b, o))
        : table(b, o);
    }
    case "part":
      return html`${heading(level, b.title, b.id)}${b.blocks.map((x) => blockHtml(x, o, level + 1))}`;
  }
}

/** A page folds a table longer than this: the section reads in a glance, the rows are a click away. */
const FOLD_ROWS = 8;

function folded(summary: string, body: Html): Html {
  return html`<details class="folded"><summary>${summary}</summary>${body}</details>`;
}

function heading(level: number, text: string, id?: string): Html {
  const idAttr = id ? html` id="${id}"` : "";
  return level <= 3
    ? html`<h3${idAttr}>${text}</h3>`
    : level === 4
      ? html`<h4${idAttr}>${text}</h4>`
      : html`<h5${idAttr}>${text}</h5>`;
}

function listItem(i: ListItem, o: HtmlOptions): Html {
  const cls = o.mode === "page" && i.tone ? `flag${i.tone === "warning" ? "" : ` flag-${i.tone}`}` : "";
  return html`<li${cls ? html` class="${cls}"` : ""}${i.id ? html` id="${i.id}"` : ""}><p>${(i.badges ?? []).map((b) => html`<span class="badge">${b}</span> `)}${i.text}</p>${(
    i.details ?? []
  ).map((d) => html`<p class="sub">${d}</p>`)}${
    i.evidence?.length
      ? html`<p class="sub evidence">Evidence: ${i.evidence.map((l, n) => html`${n ? ", " : ""}${link(l, o)}`)}</p>`
      : ""
  }</li>`;
}

function entry(e: ThreadEntry, o: HtmlOptions): Html {
  return html`<span class="author">@${e.author ?? "unknown"}</span>${commentId(e.id, o)}`;
}

/** A cited comment's id beside its text, linked to the comment browser where a page can open it. */
function commentId(id: string | undefined, o: HtmlOptions): Html {
  if (id === undefined) return html``;
  const href = o.href({ comment: id });
  const code = html`<code class="comment-id">${id}</code>`;
  return href
    ? html` <a href="${href}" aria-label="comment ${id} in the comment browser">${code}</a> `
    : html` ${code} `;
}

function time(e: ThreadEntry): Html {
  if (e.at === null) return html``;
  return e.time ? html` <time datetime="${e.time}">${e.at}</time>` : html` <span class="sub">${e.at}</span>`;
}

function thread(t: ReportThread, o: HtmlOptions): Html {
  return html`<li class="thread"${t.id ? html` id="${t.id}"` : ""}>
  ${t.comment ? html`<p class="comment">${entry(t.comment, o)}${time(t.comment)}<br><span class="text">${t.comment.text}</span></p>` : ""}
  ${
    t.replies.length
      ? html`<ol class="replies">${t.replies.map(
          (r) =>
            html`<li class="${r.byCreator ? "reply by-creator" : "reply"}">${entry(r, o)}${r.byCreator ? html` <span class="badge">creator</span>` : ""}${time(r)}<br><span class="text">${r.text}</span></li>`,
        )}</ol>`
      : ""
  }
  ${t.note ? html`<p class="sub">${t.note}</p>` : ""}
</li>`;
}

function cell(c: Cell, o: HtmlOptions): Html {
  if (typeof c === "string") return html`${c}`;
  const text = c.code ? html`<code>${c.text}</code>` : html`${c.text}`;
  const href = c.link ? o.href(c.link) : null;
  return href ? html`<a href="${href}">${text}</a>` : text;
}

function row(cells: Cell[], b: TableBlock, o: HtmlOptions, id?: string | null): Html {
  return html`<tr${id ? html` id="${id}"` : ""}>${cells.map((c, i) =>
    i === 0
      ? html`<th scope="row">${cell(c, o)}</th>`
      : labelledCell(b.columns[i]?.label ?? "", cell(c, o), { numeric: b.columns[i]?.numeric }),
  )}</tr>`;
}

function table(b: TableBlock, o: HtmlOptions): Html {
  const n = b.columns.length;
  const empty = (text: string) => html`<tr><td colspan="${n}" class="empty">${text}</td></tr>`;
  const body = b.groups
    ? b.groups.map(
        (g) => html`<tbody>
    <tr class="group"><th scope="colgroup" colspan="${n}">${g.label}${g.note ? html` <span class="sub">${g.note}</span>` : ""}</th></tr>
    ${g.rows.length ? g.rows.map((r) => row(r, b, o)) : empty(g.empty)}
  </tbody>`,
      )
    : html`<tbody>${b.rows.length ? b.rows.map((r, i) => row(r, b, o, b.rowIds?.[i])) : empty(b.empty)}</tbody>`;
  return html`<div class="table-wrap" role="region" aria-label="${b.title}" tabindex="0">
<table class="data"${b.id ? html` id="${b.id}"` : ""}>
  <caption>${b.title}</caption>
  <thead><tr>${b.columns.map((c) => html`<th scope="col"${c.numeric ? html` class="num"` : ""}>${c.label}</th>`)}</tr></thead>
  ${body}
</table>
</div>`;
}

function barLabel(bar: { label: string; tag?: string; note?: string }): Html {
  return html`${bar.label}${bar.tag ? html` <span class="sub">${bar.tag}</span>` : ""}${bar.note ? html` <span class="definition">${bar.note}</span>` : ""}`;
}

/**
 * The report draws each share as an SVG bar beside its numbers; the page shows the
 * numbers as a table (a Chart.js chart above it where the page has a script for it).
 */
function barList(b: BarListBlock, o: HtmlOptions): Html {
  const values = (vs: string[]) =>
    vs.map((v, i) => labelledCell(b.columns.values[i] ?? "", v, { numeric: true }));
  const share = (text: string) => labelledCell(b.columns.share, text, { numeric: true });
  if (o.mode === "page") {
    return html`${o.pageChart?.(b) ?? ""}
<div class="table-wrap" role="region" aria-labelledby="${b.id}-caption" tabindex="0">
<table class="data audience-classes" id="${b.id}">
  <caption id="${b.id}-caption">${b.title} <span class="sub">${b.caption}</span></caption>
  <thead><tr><th scope="col">${b.columns.label}</th>${b.columns.values.map((v) => html`<th scope="col" class="num">${v}</th>`)}<th scope="col" class="num">${b.columns.share}</th></tr></thead>
  <tbody>${b.bars.map(
    (bar) =>
      html`<tr${bar.id ? html` id="${bar.id}"` : ""}><th scope="row">${barLabel(bar)}</th>${values(bar.values)}${share(bar.shareText)}</tr>`,
  )}</tbody>
  ${b.total ? html`<tfoot><tr><th scope="row">${b.total.label}</th>${values(b.total.values)}${share(b.total.shareText)}</tr></tfoot>` : ""}
</table>
</div>`;
  }
  return html`<figure class="report-bars"${b.id ? html` id="${b.id}"` : ""}>
<figcaption class="report-chart-title">${b.title}</figcaption>
<table class="data report-bar-table">
  <thead><tr><th scope="col">${b.columns.label}</th><td></td>${b.columns.values.map((v) => html`<th scope="col" class="num">${v}</th>`)}<th scope="col" class="num">${b.columns.share}</th></tr></thead>
  <tbody>${b.bars.map(
    (bar) => html`<tr${bar.id ? html` id="${bar.id}"` : ""}>
    <th scope="row">${barLabel(bar)}</th>
    <td class="report-bar-cell"><svg class="report-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="track" width="100" height="10"></rect><rect class="bar" width="${((bar.share ?? 0) * 100).toFixed(2)}" height="10"></rect></svg></td>
    ${values(bar.values)}${share(bar.shareText)}
  </tr>`,
  )}${b.total ? html`<tr><th scope="row">${b.total.label}</th><td></td>${values(b.total.values)}${share(b.total.shareText)}</tr>` : ""}</tbody>
</table>
<p class="sub">${b.caption}</p>
</figure>`;
}

/** The page's growth chart as numbers: every day's counts and changes, folded away. */
function growthTable(b: GrowthChartBlock): Html {
  const n = { numeric: true };
  const signed = (x: number | null) =>
    x === null ? "—" : `${x > 0 ? "+" : x < 0 ? "−" : "±"}${num(Math.abs(x))}`;
  return html`<details class="series">
  <summary>Counts by day (${b.points.length})</summary>
  <div class="table-wrap" role="region" aria-labelledby="${b.id}-caption" tabindex="0">
  <table class="data">
    <caption id="${b.id}-caption">Counts by day</caption>
    <thead><tr><th scope="col">Day</th><th scope="col" class="num">Followers</th><th scope="col" class="num">Change</th><th scope="col" class="num">Following</th><th scope="col" class="num">Change</th></tr></thead>
    <tbody>${b.points.map(
      (d) =>
        html`<tr><th scope="row">${d.day}</th>${labelledCell("Followers", num(d.followers), n)}${labelledCell("Change", signed(d.followersChange), n)}${labelledCell("Following", num(d.following), n)}${labelledCell("Change", signed(d.followingChange), n)}</tr>`,
    )}</tbody>
  </table>
  </div>
</details>`;
}

// SVG charts: a 600 × 200 viewBox scaled to the column's width.
const W = 600;
const H = 200;

function columnChartSvg(b: ColumnChartBlock): Html {
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

function growthChartSvg(b: GrowthChartBlock): Html {
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
  const first = sorted[0] as { day: string };
  const last = sorted.at(-1) as { day: string };
  const t0 = t(first.day);
  const t1 = t(last.day);
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
  return html`<figure class="chart report-chart">
<figcaption class="report-chart-title">${b.title}</figcaption>
<svg class="report-svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${b.title}: ${known.length} days from ${first.day} to ${last.day}">
  ${[lo, (lo + hi) / 2, hi].map(
    (v) =>
      html`<line class="grid" x1="${left}" x2="${W - 4}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"></line><text class="tick" x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${num(Math.round(v))}</text>`,
  )}
  ${runs.map((points) => html`<polyline class="line" points="${points}"></polyline>`)}
  <text class="tick" x="${left}" y="${H - 6}">${first.day}</text>
  <text class="tick" x="${W - 4}" y="${H - 6}" text-anchor="end">${last.day}</text>
</svg>
<p class="sub">${b.caption}</p>
</figure>`;
}
