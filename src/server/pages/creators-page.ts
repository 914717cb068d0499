// / — the creators of the workspace: the query (creators-query.ts: search, filters,
// sort, page, an optional brand target) → listCreators → the list (creators-view.ts).
import type { Hono } from "hono";
import { listBrandTargets } from "../../services/brand-targets/list-brand-targets.js";
import { listCreators } from "../../services/list-creators.js";
import type { AppEnv } from "../env.js";
import { CreatorsQuery, toCreatorFilters } from "./creators-query.js";
import { creatorsView } from "./creators-view.js";
import { layout } from "./layout.js";
import { type PageContext, pageCaller } from "./page-context.js";

const PAGE_SIZE = 25;

export function registerCreatorsPage(pages: Hono<AppEnv>) {
  pages.get("/", async (c) => creatorsPage(c));
}

/** The list; `addTyped` is a refused "add by handle" post, shown in its form with the error. */
export async function creatorsPage(
  c: PageContext,
  addTyped: { value: string; error: string } | null = null,
  status: 200 | 400 | 409 = 200,
) {
  const caller = pageCaller(c);
  const q = CreatorsQuery.parse(c.req.query());
  const targets = await listBrandTargets(c.var.deps.db, caller.workspaceId);
  // A target that is not this workspace's (or no longer exists) is dropped, like any unreadable filter.
  if (q.target !== undefined && !targets.some((t) => t.id === q.target)) q.target = undefined;
  const page = q.page ?? 1;
  const { items, total } = await listCreators(c.var.deps.db, caller.workspaceId, {
    ...toCreatorFilters(q),
    page,
    pageSize: PAGE_SIZE,
  });
  const main = creatorsView(
    q,
    { items, total, page, pageSize: PAGE_SIZE },
    caller.role !== "viewer",
    targets,
    addTyped,
  );
  return c.html(layout({ title: "Creators", caller, current: "creators", main }), status);
}
