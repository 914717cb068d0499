// The creators list's search and filter form: a GET form (so a filtered list is a
// link), its controls from form-field.ts, the current sort kept in hidden fields.

import { CREATOR_STATUSES, STATUS_LABELS } from "../../core/worklist.js";
import type { BrandTargetView } from "../../services/brand-targets/brand-target-input.js";
import { type CreatorsQuery, TIERS } from "./creators-query.js";
import { field, select } from "./form-field.js";
import { type Html, html } from "./html.js";

function percentField(
  name: "minEr" | "minReply" | "maxFake" | "minScore",
  label: string,
  q: CreatorsQuery,
  step: string,
) {
  const mode = name === "minScore" ? "numeric" : "decimal";
  return field({
    name,
    label,
    type: "number",
    optional: false,
    value: q[name] === undefined ? "" : String(q[name]),
    attrs: html` min="0" max="100" step="${step}" inputmode="${mode}"`,
  });
}

export function creatorsFilters(q: CreatorsQuery, targets: BrandTargetView[]): Html {
  return html`<form method="get" action="/" class="filters" role="search" aria-label="Search and filter creators">
  ${field({ name: "search", label: "Search accounts", type: "search", optional: false, value: q.search })}
  ${select({
    name: "tier",
    label: "Tier",
    options: [{ value: "", label: "Any tier" }, ...TIERS.map((t) => ({ value: t, label: t }))],
    chosen: q.tier ?? "",
  })}
  ${select({
    name: "status",
    label: "Status",
    options: [
      { value: "", label: "Any status" },
      ...CREATOR_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
    ],
    chosen: q.status ?? "",
  })}
  ${field({ name: "tag", label: "Tag", optional: false, value: q.tag, autocomplete: "off" })}
  ${select({
    name: "archived",
    label: "Archived creators",
    options: [
      { value: "", label: "Hidden" },
      { value: "include", label: "Shown too" },
      { value: "only", label: "Only archived" },
    ],
    chosen: q.archived === "exclude" ? "" : (q.archived ?? ""),
  })}
  ${percentField("minEr", "Min. median ER (%)", q, "0.01")}
  ${percentField("minReply", "Min. reply share (%)", q, "0.1")}
  ${percentField("minScore", "Min. trust score", q, "1")}
  ${percentField("maxFake", "Max. fake followers (%)", q, "1")}
  ${
    targets.length
      ? select({
          name: "target",
          label: "Fit against brand target",
          options: [
            { value: "", label: "No target" },
            ...targets.map((t) => ({ value: String(t.id), label: t.name })),
          ],
          chosen: q.target === undefined ? "" : String(q.target),
        })
      : ""
  }
  ${select({
    name: "provisional",
    label: "Provisional scores",
    options: [
      { value: "", label: "After complete ones" },
      { value: "mixed", label: "Mixed in by value" },
    ],
    chosen: q.provisional === "mixed" ? "mixed" : "",
  })}
  ${q.sort ? html`<input type="hidden" name="sort" value="${q.sort}">` : ""}
  ${q.order ? html`<input type="hidden" name="order" value="${q.order}">` : ""}
  <div class="filter-actions"><button type="submit">Apply</button> <a href="/">Clear</a></div>
</form>`;
}
