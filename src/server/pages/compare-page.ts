// /compare?ids=1,2 — two to four creators side by side (compare-view.ts). Without a
// valid choice it shows a form with a checkbox per creator (?with=ID ticks one). Ids
// come as "1,2" or repeated (?ids=1&ids=2, what the creators list's checkboxes send).
import type { Hono } from "hono";
import { getCreator } from "../../services/get-creator.js";
import { listCreators } from "../../services/list-creators.js";
import type { AppEnv } from "../env.js";
import {
  type ComparedCreator,
  comparePickView,
  compareView,
  MAX_COMPARED,
  MIN_COMPARED,
} from "./compare-view.js";
import { layout } from "./layout.js";
import { type PageContext, pageCaller } from "./page-context.js";

const ID = /^[1-9][0-9]{0,9}$/;

export function registerComparePage(pages: Hono<AppEnv>) {
  pages.get("/compare", async (c) => {
    const caller = pageCaller(c);
    const { db } = c.var.deps;
    const { ids, sent } = compareIds(c);
    const page = (main: ReturnType<typeof compareView>, status: 200 | 400 = 200) =>
      c.html(layout({ title: "Compare creators", caller, current: "compare", main }), status);
    if (ids.length >= MIN_COMPARED && ids.length <= MAX_COMPARED) {
      const creators: ComparedCreator[] = [];
      for (const id of ids) creators.push(await getCreator(db, caller.workspaceId, id));
      return page(compareView(creators));
    }
    const { items } = await listCreators(db, caller.workspaceId, { pageSize: 200 });
    const invalid = sent > 0;
    const message = invalid
      ? `Choose ${MIN_COMPARED} to ${MAX_COMPARED} creators (you chose ${ids.length}).`
      : null;
    // ?with=ID (the creator page's "Compare with…") ticks that creator in the form.
    const preset = ID.test(c.req.query("with") ?? "") ? [Number(c.req.query("with"))] : [];
    const creators = items.map((i) => ({ id: i.creatorId, username: i.username, platform: i.platform }));
    return page(comparePickView(creators, new Set([...ids, ...preset]), message), invalid ? 400 : 200);
  });
}

/** The distinct ids asked for, and how many non-empty values were sent at all. */
export function compareIds(c: PageContext): { ids: number[]; sent: number } {
  const raw = (c.req.queries("ids") ?? []).flatMap((v) => v.split(",")).map((s) => s.trim());
  const ids = new Set(
    raw
      .filter((s) => ID.test(s))
      .map(Number)
      .filter((n) => n <= 2_147_483_647),
  );
  return { ids: [...ids], sent: raw.filter(Boolean).length };
}
