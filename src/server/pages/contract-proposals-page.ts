// /partnerships/:id/contract/proposals — the brand reads the creator's proposed changes
// beside the terms (list-contract-proposals.ts) and answers with a new version from the
// builder. Everyone in the workspace reads; another workspace's partnership is 404.
import type { Hono } from "hono";
import { can } from "../../core/roles.js";
import { getPartnership } from "../../services/campaigns/get-partnership.js";
import { listContractProposals } from "../../services/contracts/list-contract-proposals.js";
import type { AppEnv } from "../env.js";
import { contractProposalsView } from "./contract-proposals-view.js";
import { layout } from "./layout.js";
import { pageCaller } from "./page-context.js";
import { idParam } from "./route-id.js";

export function registerContractProposalsPage(pages: Hono<AppEnv>) {
  pages.get("/partnerships/:partnershipId/contract/proposals", async (c) => {
    const caller = pageCaller(c);
    const id = idParam(c, "partnershipId");
    const { db } = c.var.deps;
    const partnership = await getPartnership(db, caller.workspaceId, id);
    const proposals = await listContractProposals(db, caller.workspaceId, id);
    const main = contractProposalsView(partnership, proposals, can(caller.role, "write"));
    return c.html(layout({ title: "Proposed changes", caller, current: "campaigns", main }));
  });
}
