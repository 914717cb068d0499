// The pages' CSV downloads, as links keep them: /creators.csv with the list's query (search,
// filters, target, sort; every page of it) and /compare.csv?ids=1,2 with the compare page's
// creators. The same services as the API's /api/v1/exports; a viewer may export.
import type { Hono } from "hono";
import { VouchError } from "../../core/errors.js";
import { compareCsv } from "../../report/compare-csv.js";
import { exportCreatorsCsv } from "../../services/creators/export-creators-csv.js";
import { getCreator } from "../../services/get-creator.js";
import { csvHeaders } from "../csv-response.js";
import type { AppEnv } from "../env.js";
import { compareIds } from "./compare-page.js";
import { MAX_COMPARED, MIN_COMPARED } from "./compare-view.js";
import { CreatorsQuery, toCreatorFilters } from "./creators-query.js";
import { pageCaller } from "./page-context.js";

export function registerExportsPage(pages: Hono<AppEnv>) {
  pages.get("/creators.csv", async (c) => {
    const q = CreatorsQuery.parse(c.req.query());
    const caller = pageCaller(c);
    const { db, now } = c.var.deps;
    const csv = await exportCreatorsCsv(db, caller.workspaceId, toCreatorFilters(q));
    return c.body(csv, 200, csvHeaders("vouch-creators", now()));
  });

  pages.get("/compare.csv", async (c) => {
    const { ids } = compareIds(c);
    const caller = pageCaller(c);
    if (ids.length < MIN_COMPARED || ids.length > MAX_COMPARED)
      throw new VouchError("invalid_input", `choose ${MIN_COMPARED} to ${MAX_COMPARED} creators to export`);
    const { db, now } = c.var.deps;
    const creators = [];
    for (const id of ids) creators.push(await getCreator(db, caller.workspaceId, id));
    return c.body(compareCsv(creators), 200, csvHeaders("vouch-compare", now()));
  });
}
