// /creators/:id/delete — the confirmation page naming what goes (count-creator-data.ts),
// and its post, which deletes the creator with all of its data in one transaction and
// returns to the list. The page needs members or owners, like the delete.
import type { Hono } from "hono";
import { countCreatorData } from "../../services/creators/count-creator-data.js";
import { deleteCreator } from "../../services/creators/delete-creator.js";
import { findAccount } from "../../services/find-account.js";
import type { AppEnv } from "../env.js";
import { creatorDeleteView } from "./creator-delete-view.js";
import { creatorId } from "./creator-id.js";
import { layout } from "./layout.js";
import { pageCaller } from "./page-context.js";

export function registerCreatorDeletePage(pages: Hono<AppEnv>) {
  pages.get("/creators/:id/delete", async (c) => {
    const caller = pageCaller(c, "write");
    const id = creatorId(c);
    const { db } = c.var.deps;
    const summary = await countCreatorData(db, caller.workspaceId, id);
    const { username } = await findAccount(db, caller.workspaceId, { creatorId: id });
    const main = creatorDeleteView(username, summary);
    return c.html(layout({ title: `Delete ${username}`, caller, current: "creators", main }));
  });

  pages.post("/creators/:id/delete", async (c) => {
    const caller = pageCaller(c, "write");
    await deleteCreator(c.var.deps.db, caller.workspaceId, creatorId(c));
    return c.redirect("/", 303);
  });
}
