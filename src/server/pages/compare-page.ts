// /compare?ids=1,2 — two to four creators side by side: the creator page's
// headline figures (figures.ts), one column per creator, one row per figure.
// Without a valid choice it shows a form with a checkbox per creator (?with=ID
// ticks one). Ids come as "1,2" or repeated (?ids=1&ids=2, what the creators
// list's checkboxes send).
import type { Hono } from "hono";
import type { AuditResult } from "../../core/audit.js";
import { notComputedWords } from "../../core/not-computed.js";
import { getCreator } from "../../services/get-creator.js";
import { listCreators } from "../../services/list-creators.js";
import type { AppEnv } from "../env.js";
import { type Figure, headlineFigures } from "./figures.js";
import { day, NO_DATA, num } from "./format.js";
import { type Html, html } from "./html.js";
import { layout } from "./layout.js";
import { pageCaller } from "./page-context.js";

const MIN = 2;
const MAX = 4;

type Creator = Awaited<ReturnType<typeof getCreator>>;

export function registerComparePage(pages: Hono<AppEnv>) {
  pages.get("/compare", async (c) => {
    const caller = pageCaller(c);
    const { db } = c.var.deps;
    const raw = (c.req.queries("ids") ?? []).flatMap((v) => v.split(","));
    const ids = [
      ...new Set(
        raw
          .map((s) => s.trim())
          .filter((s) => /^[1-9][0-9]{0,9}$/.test(s))
          .map(Number)
          .filter((n) => n <= 2_147_483_647),
      ),
    ];
    const invalid = raw.filter((s) => s.trim()).length > 0 && (ids.length < MIN || ids.length > MAX);
    if (ids.length >= MIN && ids.length <= MAX) {
      const creators: Creator[] = [];
      for (const id of ids) creators.push(await getCreator(db, caller.workspaceId, id));
      return c.html(
        layout({ title: "Compare creators", caller, current: "compare", main: compareView(creators) }),
      );
    }
    const { items } = await listCreators(db, caller.workspaceId, { pageSize: 200 });
    const message = invalid ? `Choose ${MIN} to ${MAX} creators (you chose ${ids.length}).` : null;
    // ?with=ID (the creator page's "Compare with…") ticks that creator in the form.
    const preset = /^[1-9][0-9]{0,9}$/.test(c.req.query("with") ?? "") ? [Number(c.req.query("with"))] : [];
    return c.html(
      layout({
        title: "Compare creators",
        caller,
        current: "compare",
        main: pickView(
          items.map((i) => ({ id: i.creatorId, username: i.username, platform: i.platform })),
          new Set([...ids, ...preset]),
          message,
        ),
      }),
      invalid ? 400 : 200,
    );
  });
}

function pickView(
  creators: { id: number; username: string; platform: string }[],
  chosen: Set<number>,
  message: string | null,
): Html {
  return html`<h1>Compare creators</h1>
${message ? html`<div class="alert" role="alert"><p>${message}</p></div>` : ""}
${
  creators.length < MIN
    ? html`<p class="empty">Comparing needs at least two creators; <a href="/import">import more</a>.</p>`
    : html`<form method="get" action="/compare" class="stack">
  <fieldset>
    <legend>Choose ${MIN} to ${MAX} creators</legend>
    <ul class="checkbox-list">${creators.map(
      (cr) =>
        html`<li><input type="checkbox" name="ids" value="${cr.id}" id="cmp-${cr.id}"${
          chosen.has(cr.id) ? html` checked` : ""
        }> <label for="cmp-${cr.id}">${cr.username} <span class="platform">${cr.platform}</span></label></li>`,
    )}</ul>
  </fieldset>
  <button type="submit">Compare</button>
</form>`
}`;
}

function compareView(creators: Creator[]): Html {
  const results = creators.map((cr) => cr.latestAudit?.result ?? null);
  const figures = results.map((r) => (r ? headlineFigures(r) : null));
  const labels = (figures.find((f) => f !== null) ?? []).map((f) => ({ id: f.id, label: f.label }));
  return html`<h1>Compare creators</h1>
<p><a href="/compare">Choose other creators</a></p>
<div class="table-wrap" role="region" aria-labelledby="compare-caption" tabindex="0">
<table class="data compare">
  <caption id="compare-caption">Headline figures of each creator's latest audit</caption>
  <thead><tr><th scope="col">Figure</th>${creators.map(
    (cr) => html`<th scope="col"><a href="/creators/${cr.creatorId}">${cr.username}</a></th>`,
  )}</tr></thead>
  <tbody>
    <tr><th scope="row">Followers</th>${creators.map(
      (cr) =>
        html`<td class="num">${cr.profile?.followers == null ? "unknown" : num(cr.profile.followers)}</td>`,
    )}</tr>
    <tr><th scope="row">Trust score</th>${creators.map((cr, j) => scoreCell(cr.creatorId, results[j] ?? null))}</tr>
    <tr><th scope="row">Tier</th>${results.map((r) => html`<td>${r?.engagement.tier ?? "—"}</td>`)}</tr>
    <tr><th scope="row">Audit</th>${creators.map(
      (cr) =>
        html`<td>${cr.latestAudit ? `${day(cr.latestAudit.computedAt)}, ${cr.latestAudit.methodVersion}` : "not audited yet"}</td>`,
    )}</tr>
    ${labels.map(
      (l, i) =>
        html`<tr><th scope="row">${l.label}</th>${creators.map((cr, j) =>
          cell(cr.creatorId, figures[j]?.[i] ?? null),
        )}</tr>`,
    )}
    <tr><th scope="row">Not enough data</th>${results.map((r) => html`<td>${notEnough(r)}</td>`)}</tr>
  </tbody>
</table>
</div>
${labels.length ? methods(figures.find((f) => f !== null) ?? []) : ""}`;
}

function cell(id: number, f: Figure | null): Html {
  if (!f) return html`<td>—</td>`;
  return html`<td class="num"><a href="/creators/${id}${f.evidence}">${f.value}</a>${
    f.note ? html`<br><span class="sub">${f.note}</span>` : ""
  }${f.id === "median-er" && f.value !== NO_DATA ? html`<br><span class="sub">benchmark ${f.benchmark}</span>` : ""}</td>`;
}

/** The score and grade, linked to the creator page's score section; audits before audit-v3 have none. */
function scoreCell(id: number, r: AuditResult | null): Html {
  if (r === null) return html`<td>—</td>`;
  const s = r.score;
  if (s === null) return html`<td>${notComputedWords(r.methodVersion)}</td>`;
  return html`<td class="num"><a href="/creators/${id}#score">${s.value === null ? NO_DATA : `${s.value} / 100`}</a>${
    s.grade ? html`<br><span class="sub">grade ${s.grade.band}</span>` : ""
  }</td>`;
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
