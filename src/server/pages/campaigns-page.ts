// /campaigns — the workspace's campaigns and their partnerships: everyone reads; owners
// and members create a campaign, add a creator and move a partnership on. Each handler
// reads its form (campaigns-form.ts), calls a campaign service and answers with a view
// (campaigns-view.ts); a refused campaign comes back with what was typed and each error
// next to its field, a refused move with the reason above the partnerships.

import type { Hono } from "hono";
import { VouchError } from "../../core/errors.js";
import { can } from "../../core/roles.js";
import type { Caller } from "../../services/auth/sessions.js";
import { listBrandTargets } from "../../services/brand-targets/list-brand-targets.js";
import { addPartnership } from "../../services/campaigns/add-partnership.js";
import { createCampaign } from "../../services/campaigns/create-campaign.js";
import { getCampaign } from "../../services/campaigns/get-campaign.js";
import { getPartnership } from "../../services/campaigns/get-partnership.js";
import { getPartnershipTimeline } from "../../services/campaigns/get-partnership-timeline.js";
import { listCampaigns } from "../../services/campaigns/list-campaigns.js";
import { setPartnershipStatus } from "../../services/campaigns/set-partnership-status.js";
import { verifyTrail } from "../../services/campaigns/verify-trail.js";
import { listDeliverables } from "../../services/contracts/list-deliverables.js";
import { listCreators } from "../../services/list-creators.js";
import { callerName } from "../api/caller-name.js";
import type { AppEnv } from "../env.js";
import {
  campaignFormErrors,
  checkCampaignForm,
  EMPTY_CAMPAIGN_FORM,
  readCampaignForm,
} from "./campaigns-form.js";
import { type CampaignFormState, campaignsView, campaignView, partnershipView } from "./campaigns-view.js";
import { layout } from "./layout.js";
import { formFields, type PageContext, pageCaller } from "./page-context.js";
import { idParam } from "./route-id.js";

export function registerCampaignsPage(pages: Hono<AppEnv>) {
  pages.get("/campaigns", async (c) => listPage(c, { values: EMPTY_CAMPAIGN_FORM, errors: {} }));

  pages.post("/campaigns", async (c) => {
    const caller = pageCaller(c, "write");
    const values = await readCampaignForm(c);
    const { input, errors } = checkCampaignForm(values);
    if (!input) return listPage(c, { values, errors }, 400);
    try {
      const created = await createCampaign(
        c.var.deps.db,
        caller.workspaceId,
        caller.userId,
        input,
        c.var.deps.now(),
      );
      return c.redirect(`/campaigns/${created.id}`, 303);
    } catch (err) {
      const e = campaignFormErrors(err);
      return listPage(c, { values, errors: e.errors }, e.status);
    }
  });

  pages.get("/campaigns/:campaignId", async (c) => campaignPage(c, pageCaller(c), null));

  pages.post("/campaigns/:campaignId/partnerships", async (c) => {
    const caller = pageCaller(c, "write");
    const campaignId = idParam(c, "campaignId");
    const creatorId = Number((await formFields(c)).creatorId);
    if (!Number.isSafeInteger(creatorId) || creatorId < 1)
      return campaignPage(c, caller, "Choose a creator to add.", 400);
    try {
      await addPartnership(
        c.var.deps.db,
        caller.workspaceId,
        campaignId,
        creatorId,
        callerName(caller),
        c.var.deps.now(),
      );
    } catch (err) {
      if (err instanceof VouchError && err.code === "conflict")
        return campaignPage(c, caller, err.message, 409);
      throw err;
    }
    return c.redirect(`/campaigns/${campaignId}`, 303);
  });

  pages.get("/partnerships/:partnershipId", async (c) => {
    const caller = pageCaller(c);
    const id = idParam(c, "partnershipId");
    const { db } = c.var.deps;
    const partnership = await getPartnership(db, caller.workspaceId, id);
    const main = partnershipView(
      partnership,
      await getPartnershipTimeline(db, caller.workspaceId, id),
      await verifyTrail(db, caller.workspaceId, id),
      await listDeliverables(db, caller.workspaceId, id),
    );
    const title = `${partnership.account ?? `Creator ${partnership.creatorId}`} in ${partnership.campaignName}`;
    return c.html(layout({ title, caller, current: "campaigns", main }));
  });

  pages.post("/partnerships/:partnershipId/status", async (c) => {
    const caller = pageCaller(c, "write");
    const id = idParam(c, "partnershipId");
    const { db, now } = c.var.deps;
    const partnership = await getPartnership(db, caller.workspaceId, id);
    const form = await formFields(c);
    const note = form.note?.trim() ? form.note.trim().slice(0, 500) : null;
    try {
      await setPartnershipStatus(
        db,
        caller.workspaceId,
        id,
        form.status ?? "",
        callerName(caller),
        note,
        now(),
      );
    } catch (err) {
      if (err instanceof VouchError && (err.code === "conflict" || err.code === "invalid_input"))
        return campaignPage(
          c,
          caller,
          err.message,
          err.code === "conflict" ? 409 : 400,
          partnership.campaignId,
        );
      throw err;
    }
    return c.redirect(`/campaigns/${partnership.campaignId}`, 303);
  });
}

async function listPage(c: PageContext, form: CampaignFormState, status: 200 | 400 | 409 = 200) {
  const caller = pageCaller(c);
  const { db } = c.var.deps;
  const targets = (await listBrandTargets(db, caller.workspaceId)).map((t) => ({
    value: String(t.id),
    label: t.name,
  }));
  const main = campaignsView(
    await listCampaigns(db, caller.workspaceId),
    can(caller.role, "write"),
    targets,
    form,
  );
  return c.html(layout({ title: "Campaigns", caller, current: "campaigns", main }), status);
}

async function campaignPage(
  c: PageContext,
  caller: Caller,
  problem: string | null,
  status: 200 | 400 | 409 = 200,
  campaignId = idParam(c, "campaignId"),
) {
  const { db } = c.var.deps;
  const campaign = await getCampaign(db, caller.workspaceId, campaignId);
  const inCampaign = new Set(campaign.partnerships.map((p) => p.creatorId));
  const addable = (await listCreators(db, caller.workspaceId)).items
    .filter((cr) => !inCampaign.has(cr.creatorId))
    .map((cr) => ({ value: String(cr.creatorId), label: cr.account }));
  const main = campaignView(campaign, can(caller.role, "write"), addable, problem);
  return c.html(layout({ title: campaign.name, caller, current: "campaigns", main }), status);
}
