// The compare page's two views: the picker (a checkbox per creator) and the table of two
// to four creators side by side, one column per creator and one row per headline figure
// (figures.ts, as the creator page shows them), each linked to its evidence.
import type { AuditResult } from "../../core/audit.js";
import { notComputedWords } from "../../core/not-computed.js";
import { evidenceWords, trustConfidence, trustCoverage } from "../../core/score-confidence.js";
import { labelledCell } from "../../report/table-cell.js";
import type { getCreator } from "../../services/get-creator.js";
import { type Figure, headlineFigures } from "./figures.js";
import { checkboxes, formError } from "./form-field.js";
import { day, NO_DATA, num } from "./format.js";
import { type Html, html } from "./html.js";

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export type ComparedCreator = Awaited<ReturnType<typeof getCreator>>;

export function comparePickView(
  creators: { id: number; username: string; platform: string }[],
  chosen: Set<number>,
  message: string | null,
): Html {
  return html`<h1>Compare creators</h1>
${formError(message)}
${
  creators.length < MIN_COMPARED
    ? html`<p class="empty">Comparing needs at least two creators; <a href="/import">import more</a>.</p>`
    : html`<form method="get" action="/compare" class="stack">
  ${checkboxes({
    name: "ids",
    prefix: "cmp",
    legend: `Choose ${MIN_COMPARED} to ${MAX_COMPARED} creators`,
    options: creators.map((cr) => ({
      value: String(cr.id),
      label: html`${cr.username} <span class="platform">${cr.platform}</span>`,
    })),
    chosen: [...chosen].map(String),
  })}
  <button type="submit">Compare</button>
</form>`
}`;
}

export function compareView(creators: ComparedCreator[]): Html {
  const results = creators.map((cr) => cr.latestAudit?.result ?? null);
  const figures = results.map((r) => (r ? headlineFigures(r) : null));
  const labels = (figures.find((f) => f !== null) ?? []).map((f) => ({ id: f.id, label: f.label }));
  return html`<h1>Compare creators</h1>
<p><a href="/compare">Choose other creators</a> · <a href="/compare.csv?ids=${creators.map((cr) => cr.creatorId).join(",")}" download>Download the table as CSV</a></p>
<div class="table-wrap" role="region" aria-labelledby="compare-caption" tabindex="0">
<table class="data compare">
  <caption id="compare-caption">Headline figures of each creator's latest audit</caption>
  <thead><tr><th scope="col">Figure</th>${creators.map(
    (cr) => html`<th scope="col"><a href="/creators/${cr.creatorId}">${cr.username}</a></th>`,
  )}</tr></thead>
  <tbody>
    <tr><th scope="row">Followers</th>${creators.map((cr) =>
      labelledCell(cr.username, cr.profile?.followers == null ? "unknown" : num(cr.profile.followers), {
        numeric: true,
      }),
    )}</tr>
    <tr><th scope="row">Trust score</th>${creators.map((cr, j) => scoreCell(cr, results[j] ?? null))}</tr>
    <tr><th scope="row">Tier</th>${results.map((r, j) => labelledCell(creators[j]?.username ?? "", r?.engagement.tier ?? "—"))}</tr>
    <tr><th scope="row">Audit</th>${creators.map((cr) =>
      labelledCell(
        cr.username,
        cr.latestAudit
          ? `${day(cr.latestAudit.computedAt)}, ${cr.latestAudit.methodVersion}`
          : "not audited yet",
      ),
    )}</tr>
    ${labels.map(
      (l, i) =>
        html`<tr><th scope="row">${l.label}</th>${creators.map((cr, j) =>
          cell(cr, figures[j]?.[i] ?? null),
        )}</tr>`,
    )}
    <tr><th scope="row">Not enough data</th>${results.map((r, j) => labelledCell(creators[j]?.username ?? "", notEnough(r)))}</tr>
  </tbody>
</table>
</div>
${labels.length ? methods(figures.find((f) => f !== null) ?? []) : ""}`;
}

/** Whose column a cell is in: its label on a phone, where the table's rows stack. */
interface Column {
  creatorId: number;
  username: string;
}

function cell({ creatorId: id, username }: Column, f: Figure | null): Html {
  if (!f) return labelledCell(username, "—");
  return labelledCell(
    username,
    html`<a href="/creators/${id}${f.evidence}">${f.value}</a>${
      f.note ? html`<br><span class="sub">${f.note}</span>` : ""
    }${f.id === "median-er" && f.value !== NO_DATA ? html`<br><span class="sub">benchmark ${f.benchmark}</span>` : ""}`,
    { numeric: true },
  );
}

/**
 * The score and grade, linked to the creator page's score section, with its confidence (the
 * share of the weight with data) under it; audits before audit-v3 have none.
 */
function scoreCell({ creatorId: id, username }: Column, r: AuditResult | null): Html {
  if (r === null) return labelledCell(username, "—");
  const s = r.score;
  if (s === null) return labelledCell(username, notComputedWords(r.methodVersion));
  const c = trustConfidence(trustCoverage(s));
  return labelledCell(
    username,
    html`<a href="/creators/${id}#score">${s.value === null ? NO_DATA : `${s.value} / 100`}</a>${
      s.grade ? html`<br><span class="sub">grade ${s.grade.band}</span>` : ""
    }<br><span class="confidence${s.value !== null && c.provisional ? " provisional" : ""}">${evidenceWords(
      c.coverage,
      s.value !== null && c.provisional,
    )}</span>`,
    { numeric: true },
  );
}

function notEnough(r: AuditResult | null): Html {
  if (!r) return html`—`;
  if (r.notEnoughData.length === 0) return html`none`;
  return html`<ul class="compact">${r.notEnoughData.map((n) => html`<li>${n}</li>`)}</ul>`;
}

function methods(figures: Figure[]): Html {
  return html`<section aria-labelledby="methods-h">
<h2 id="methods-h">How each figure is computed</h2>
<dl class="more-figures">${figures.map((f) => html`<dt>${f.label}</dt><dd>${f.method}</dd>`)}</dl>
</section>`;
}
