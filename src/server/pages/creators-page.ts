// / — the creators of the workspace: a table sortable by column (links, sorted
// on the server, aria-sort on the column), a GET form to search and filter
// (tier, minimum median ER, minimum reply share; percentages on the page,
// fractions in the service) and paging. Checkboxes pick creators to compare.
import type { Hono } from "hono";
import { z } from "zod";
import type { BrandTargetView } from "../../services/brand-targets/brand-target-input.js";
import { listBrandTargets } from "../../services/brand-targets/list-brand-targets.js";
import { CREATOR_SORTS, type CreatorSummary, listCreators } from "../../services/list-creators.js";
import type { AppEnv } from "../env.js";
import { num, pct, times } from "./format.js";
import { type Html, html, query } from "./html.js";
import { layout } from "./layout.js";
import { pageCaller } from "./page-context.js";
import { pager } from "./pager.js";

const PAGE_SIZE = 25;
const TIERS = ["nano", "micro", "mid", "macro", "mega"] as const;

/** Unreadable parameters are dropped rather than refused: a list page should always render. */
// An empty field (what a form sends for a filter left blank) means no filter, not 0.
const percent = z
  .preprocess((v) => (v === "" ? undefined : v), z.coerce.number().min(0).max(100).optional())
  .catch(undefined);
const ListQuery = z.object({
  search: z.string().trim().max(100).optional().catch(undefined),
  tier: z.enum(TIERS).optional().catch(undefined),
  minEr: percent,
  minReply: percent,
  maxFake: percent,
  minScore: percent,
  target: z
    .preprocess(
      (v) => (v === "" ? undefined : v),
      z.coerce.number().int().positive().max(2_147_483_647).optional(),
    )
    .catch(undefined),
  sort: z.enum(CREATOR_SORTS).optional().catch(undefined),
  order: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
type ListQuery = z.infer<typeof ListQuery>;

export function registerCreatorsPage(pages: Hono<AppEnv>) {
  pages.get("/", async (c) => {
    const caller = pageCaller(c);
    const q = ListQuery.parse(c.req.query());
    const targets = await listBrandTargets(c.var.deps.db, caller.workspaceId);
    // A target that is not this workspace's (or no longer exists) is dropped, like any unreadable filter.
    if (q.target !== undefined && !targets.some((t) => t.id === q.target)) q.target = undefined;
    const page = q.page ?? 1;
    const { items, total } = await listCreators(c.var.deps.db, caller.workspaceId, {
      search: q.search || undefined,
      tier: q.tier,
      minRate: q.minEr === undefined ? undefined : q.minEr / 100,
      minReplyShare: q.minReply === undefined ? undefined : q.minReply / 100,
      maxFakeShare: q.maxFake === undefined ? undefined : q.maxFake / 100,
      minTrustScore: q.minScore,
      targetId: q.target,
      sort: q.sort,
      order: q.order,
      page,
      pageSize: PAGE_SIZE,
    });
    return c.html(
      layout({
        title: "Creators",
        caller,
        current: "creators",
        main: creatorsView(q, items, total, page, caller.role !== "viewer", targets),
      }),
    );
  });
}

function creatorsView(
  q: ListQuery,
  items: CreatorSummary[],
  total: number,
  page: number,
  canImport: boolean,
  targets: BrandTargetView[],
) {
  const filtered = Boolean(
    q.search ||
      q.tier ||
      q.minEr !== undefined ||
      q.minReply !== undefined ||
      q.maxFake !== undefined ||
      q.minScore !== undefined,
  );
  return html`<h1>Creators</h1>
${filters(q, targets)}
${
  items.length === 0
    ? html`<p class="empty">${
        filtered
          ? "No creator matches these filters."
          : html`No creators yet.${canImport ? html` <a href="/import">Import a creator's data</a> to start.` : ""}`
      }</p>`
    : html`<form id="compare-form" method="get" action="/compare" class="compare-pick">
  <p>Tick 2 to 4 creators, then <button type="submit" class="button-secondary">Compare selected</button></p>
</form>
<div class="table-wrap" role="region" aria-labelledby="creators-caption" tabindex="0">
<table class="data">
  <caption id="creators-caption">${total} creator${total === 1 ? "" : "s"}${filtered ? " matching the filters" : ""}; figures from each creator's latest audit</caption>
  <thead><tr>
    <th scope="col"><span class="visually-hidden">Compare</span></th>
    ${sortHeader(q, "username", "Account")}
    ${sortHeader(q, "trustScore", "Trust score", true)}
    <th scope="col">Tier</th>
    ${sortHeader(q, "followers", "Followers", true)}
    ${sortHeader(q, "medianRate", "Median ER vs benchmark", true)}
    ${sortHeader(q, "replyShare", "Reply share", true)}
    ${sortHeader(q, "genericShare", "Generic comments", true)}
    ${sortHeader(q, "fakeShare", "Fake followers (est.)", true)}
    ${
      q.target === undefined
        ? ""
        : html`${sortHeader(q, "fit", "Audience fit", true)}${sortHeader(q, "priceInTarget", "Price per 1,000 real followers in the target", true)}`
    }
  </tr></thead>
  <tbody>
    ${items.map((c) => row(c, q.target !== undefined))}
  </tbody>
</table>
</div>
${pager(page, PAGE_SIZE, total, (p) => `/${query({ ...listParams(q), page: p })}`)}`
}`;
}

function filters(q: ListQuery, targets: BrandTargetView[]): Html {
  return html`<form method="get" action="/" class="filters" role="search" aria-label="Search and filter creators">
  <div class="field">
    <label for="f-search">Search accounts</label>
    <input id="f-search" name="search" type="search" value="${q.search ?? ""}">
  </div>
  <div class="field">
    <label for="f-tier">Tier</label>
    <select id="f-tier" name="tier">
      <option value="">Any tier</option>
      ${TIERS.map((t) => html`<option value="${t}"${q.tier === t ? html` selected` : ""}>${t}</option>`)}
    </select>
  </div>
  <div class="field">
    <label for="f-minEr">Min. median ER (%)</label>
    <input id="f-minEr" name="minEr" type="number" min="0" max="100" step="0.01" inputmode="decimal" value="${q.minEr ?? ""}">
  </div>
  <div class="field">
    <label for="f-minReply">Min. reply share (%)</label>
    <input id="f-minReply" name="minReply" type="number" min="0" max="100" step="0.1" inputmode="decimal" value="${q.minReply ?? ""}">
  </div>
  <div class="field">
    <label for="f-minScore">Min. trust score</label>
    <input id="f-minScore" name="minScore" type="number" min="0" max="100" step="1" inputmode="numeric" value="${q.minScore ?? ""}">
  </div>
  <div class="field">
    <label for="f-maxFake">Max. fake followers (%)</label>
    <input id="f-maxFake" name="maxFake" type="number" min="0" max="100" step="1" inputmode="decimal" value="${q.maxFake ?? ""}">
  </div>
  ${
    targets.length
      ? html`<div class="field">
    <label for="f-target">Fit against brand target</label>
    <select id="f-target" name="target">
      <option value="">No target</option>
      ${targets.map((t) => html`<option value="${t.id}"${q.target === t.id ? html` selected` : ""}>${t.name}</option>`)}
    </select>
  </div>`
      : ""
  }
  ${q.sort ? html`<input type="hidden" name="sort" value="${q.sort}">` : ""}
  ${q.order ? html`<input type="hidden" name="order" value="${q.order}">` : ""}
  <div class="filter-actions"><button type="submit">Apply</button> <a href="/">Clear</a></div>
</form>`;
}

function listParams(q: ListQuery) {
  return {
    search: q.search,
    tier: q.tier,
    minEr: q.minEr,
    minReply: q.minReply,
    maxFake: q.maxFake,
    minScore: q.minScore,
    target: q.target,
    sort: q.sort,
    order: q.order,
  };
}

/** A column header whose link sorts by it; a second click reverses the order. */
function sortHeader(
  q: ListQuery,
  sort: (typeof CREATOR_SORTS)[number],
  label: string,
  numeric = false,
): Html {
  const active = (q.sort ?? "username") === sort;
  const order = active ? (q.order ?? "asc") : null;
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
  return html`<tr>
    <td><input type="checkbox" name="ids" value="${c.creatorId}" form="compare-form" id="pick-${c.creatorId}" aria-label="Compare ${c.username}"></td>
    <th scope="row"><a href="/creators/${c.creatorId}">${c.username}</a> <span class="platform">${c.platform}</span></th>
    <td class="num">${a?.trustScore == null ? (a ? "—" : "") : html`${num(a.trustScore)} <span class="sub">${a.scoreGrade}</span>`}</td>
    <td>${a?.tier ?? (a ? "—" : "")}</td>
    <td class="num">${c.followers === null ? "unknown" : num(c.followers)}</td>
    ${
      a
        ? html`<td class="num">${pct(a.medianRate)}${
            a.benchmarkRate === null
              ? ""
              : html`<br><span class="sub">benchmark ${pct(a.benchmarkRate)}${vs === null ? "" : ` · ${times(vs)}`}</span>`
          }</td>
    <td class="num">${pct(a.replyShare, 1)}</td>
    <td class="num">${pct(a.genericShare, 1)}</td>
    <td class="num">${pct(a.fakeShare ?? null, 0)}</td>`
        : html`<td colspan="4" class="not-audited">Not audited yet — <a href="/creators/${c.creatorId}">open to run the audit</a></td>`
    }
    ${
      withFit
        ? html`<td class="num">${c.fit?.fit == null ? "—" : num(c.fit.fit)}</td>
    <td class="num">${c.fit?.priceInTarget == null ? "—" : `${num(c.fit.priceInTarget, 2)} ${c.fit.currency ?? ""}`}${
      c.fit?.pricePlain == null ? "" : html`<br><span class="sub">plain ${num(c.fit.pricePlain, 2)}</span>`
    }</td>`
        : ""
    }
  </tr>`;
}
