// The creators list: the filters, a table sortable by column (links, sorted on the
// server, aria-sort on the column), checkboxes that pick creators to compare, paging.
// With a brand target chosen, three more columns beside the trust score (so they are on
// screen at 1280 px): the best candidates for it (the default sort then), the audience fit
// and the price per 1,000 real followers in the target. Every score shows its confidence
// beside it (score-cells.ts). Each row names its status and tags (the working list);
// writers get the "add by handle" form, and every list a CSV export of its filters.

import { STATUS_LABELS } from "../../core/worklist.js";
import { labelledCell } from "../../report/table-cell.js";
import type { BrandTargetView } from "../../services/brand-targets/brand-target-input.js";
import type { CREATOR_SORTS, CreatorSummary } from "../../services/list-creators.js";
import { creatorsFilters } from "./creators-filters.js";
import { type CreatorsQuery, effectiveSort, isFiltered, listParams } from "./creators-query.js";
import { firstRunView } from "./first-run-view.js";
import { num, pct, times } from "./format.js";
import { type Html, html, query } from "./html.js";
import { pager } from "./pager.js";
import { candidateCell, fitCell, trustCell } from "./score-cells.js";
import { addCreatorForm } from "./worklist-view.js";

export interface CreatorsPage {
  items: CreatorSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export function creatorsView(
  q: CreatorsQuery,
  list: CreatorsPage,
  canImport: boolean,
  targets: BrandTargetView[],
  addTyped: { value: string; error: string } | null = null,
) {
  const filtered = isFiltered(q);
  const { items, total } = list;
  // A new workspace: no filters to show, the add form open, and how to get data.
  const empty = total === 0 && !filtered;
  return html`<h1>Creators</h1>
${canImport ? addCreatorForm(addTyped, empty) : ""}
${empty ? "" : creatorsFilters(q, targets)}
${
  items.length === 0
    ? filtered
      ? html`<p class="empty">No creator matches these filters.</p>`
      : firstRunView(canImport)
    : html`<p class="export-link"><a href="/creators.csv${query({ ...listParams(q) })}" download>Export these ${total} creator${total === 1 ? "" : "s"} as CSV</a></p>
<form id="compare-form" method="get" action="/compare" class="compare-pick">
  <p>Tick 2 to 4 creators, then <button type="submit" class="button-secondary">Compare selected</button></p>
</form>
<div class="table-wrap" role="region" aria-labelledby="creators-caption" tabindex="0">
<table class="data">
  <caption id="creators-caption">${total} creator${total === 1 ? "" : "s"}${filtered ? " matching the filters" : ""}; figures from each creator's latest audit</caption>
  <thead><tr>
    <th scope="col"><span class="visually-hidden">Compare</span></th>
    ${sortHeader(q, "username", "Account")}
    ${sortHeader(q, "trustScore", "Trust score", true)}
    ${
      q.target === undefined
        ? ""
        : html`${sortHeader(q, "candidate", "Best candidate for the target", true)}${sortHeader(q, "fit", "Audience fit", true)}${sortHeader(q, "priceInTarget", "Price per 1,000 real followers in the target", true)}`
    }
    <th scope="col">Tier</th>
    ${sortHeader(q, "followers", "Followers", true)}
    ${sortHeader(q, "medianRate", "Median ER vs benchmark", true)}
    ${sortHeader(q, "replyShare", "Reply share", true)}
    ${sortHeader(q, "genericShare", "Generic comments", true)}
    ${sortHeader(q, "fakeShare", "Fake followers (est.)", true)}
  </tr></thead>
  <tbody>
    ${items.map((c) => row(c, q.target !== undefined))}
  </tbody>
</table>
</div>
${pager(list.page, list.pageSize, total, (p) => `/${query({ ...listParams(q), page: p })}`)}`
}`;
}

/** A column header whose link sorts by it; a second click reverses the order. */
function sortHeader(
  q: CreatorsQuery,
  sort: (typeof CREATOR_SORTS)[number],
  label: string,
  numeric = false,
): Html {
  const active = effectiveSort(q) === sort;
  // The best candidates read best first unless asked otherwise (listCreators' default).
  const order = active ? (q.order ?? (sort === "candidate" ? "desc" : "asc")) : null;
  const next = active ? (order === "asc" ? "desc" : "asc") : numeric ? "desc" : "asc";
  const href = `/${query({ ...listParams(q), sort, order: next })}`;
  const aria = order === null ? "" : order === "asc" ? "ascending" : "descending";
  return html`<th scope="col"${aria ? html` aria-sort="${aria}"` : ""}${numeric ? html` class="num"` : ""}><a class="sort-link" href="${href}">${label}<span class="sort-mark" aria-hidden="true">${
    order === "asc" ? " ▲" : order === "desc" ? " ▼" : ""
  }</span><span class="visually-hidden">, sort ${next === "asc" ? "ascending" : "descending"}</span></a></th>`;
}

function row(c: CreatorSummary, withFit: boolean): Html {
  const a = c.latestAudit;
  const vs = a && a.medianRate !== null && a.benchmarkRate ? a.medianRate / a.benchmarkRate : null;
  const n = { numeric: true };
  return html`<tr>
    <td><input type="checkbox" name="ids" value="${c.creatorId}" form="compare-form" id="pick-${c.creatorId}" aria-label="Compare ${c.username}"></td>
    <th scope="row"><a href="/creators/${c.creatorId}">${c.username}</a> <span class="platform">${c.platform}</span><br><span class="sub">${STATUS_LABELS[c.status]}${c.archivedAt ? " · archived" : ""}${c.tags.length ? ` · ${c.tags.join(", ")}` : ""}</span></th>
    ${labelledCell("Trust score", a ? trustCell(a.trustScore, a.scoreGrade, a.scoreCoverage, a.scoreProvisional) : "", n)}
    ${
      withFit
        ? html`${labelledCell("Best candidate for the target", candidateCell(c.candidate), n)}
    ${labelledCell("Audience fit", fitCell(c.fit), n)}
    ${labelledCell(
      "Price per 1,000 real followers in the target",
      html`${c.fit?.priceInTarget == null ? "—" : `${num(c.fit.priceInTarget, 2)} ${c.fit.currency ?? ""}`}${
        c.fit?.pricePlain == null ? "" : html`<br><span class="sub">plain ${num(c.fit.pricePlain, 2)}</span>`
      }`,
      n,
    )}`
        : ""
    }
    ${labelledCell("Tier", a?.tier ?? (a ? "—" : ""))}
    ${labelledCell("Followers", c.followers === null ? "unknown" : num(c.followers), n)}
    ${
      a
        ? html`${labelledCell(
            "Median ER vs benchmark",
            html`${pct(a.medianRate)}${
              a.benchmarkRate === null
                ? ""
                : html`<br><span class="sub">benchmark ${pct(a.benchmarkRate)}${vs === null ? "" : ` · ${times(vs)}`}</span>`
            }`,
            n,
          )}
    ${labelledCell("Reply share", pct(a.replyShare, 1), n)}
    ${labelledCell("Generic comments", pct(a.genericShare, 1), n)}
    ${labelledCell("Fake followers (est.)", pct(a.fakeShare ?? null, 0), n)}`
        : html`<td colspan="4" class="not-audited">Not audited yet — <a href="/creators/${c.creatorId}">open to run the audit</a></td>`
    }
  </tr>`;
}
