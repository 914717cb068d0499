// /partnerships/:id/contract — the brand's contract builder (issue 15): every term as
// a form field, a preview of the contract as the creator will read it (refreshed as one
// types by public/contract-builder.js, or by "Update the preview" without JavaScript),
// then issue the version, keep the terms as the workspace's template (owners), send the
// creator a review link (shown once) or revoke one. Everyone reads; owners and members
// write. Another workspace's partnership is 404, as an unknown one.
import type { Hono } from "hono";
import { contractDocument } from "../../contract/contract-model.js";
import type { ContractDocument } from "../../contract/contract-types.js";
import { contractBody } from "../../contract/render-contract-html.js";
import { VouchError } from "../../core/errors.js";
import { can } from "../../core/roles.js";
import type { Caller } from "../../services/auth/sessions.js";
import { getPartnership } from "../../services/campaigns/get-partnership.js";
import { createContractLink } from "../../services/contracts/create-contract-link.js";
import { issueContractVersion } from "../../services/contracts/issue-contract-version.js";
import { listContractLinks } from "../../services/contracts/list-contract-links.js";
import { listContractProposals } from "../../services/contracts/list-contract-proposals.js";
import { listContractVersions } from "../../services/contracts/list-contract-versions.js";
import { loadContractParties } from "../../services/contracts/load-contract-parties.js";
import { revokeContractLink } from "../../services/contracts/revoke-contract-link.js";
import { saveContractTemplate } from "../../services/contracts/save-contract-template.js";
import { startContractTerms } from "../../services/contracts/start-contract-terms.js";
import { callerName } from "../api/caller-name.js";
import type { AppEnv } from "../env.js";
import { linkOrigin } from "../link-origin.js";
import { trailActor } from "../trail-actor.js";
import { answerProposals } from "./contract-answer.js";
import { changeRows, checkBuilderForm, readBuilderForm } from "./contract-builder-check.js";
import { contractBuilderView } from "./contract-builder-view.js";
import { type ContractFormValues, termsToForm } from "./contract-form.js";
import { type Html, html } from "./html.js";
import { layout } from "./layout.js";
import type { PageContext } from "./page-context.js";
import { pageCaller } from "./page-context.js";
import { idParam } from "./route-id.js";
import { secretOnce } from "./secret-once.js";

interface Round {
  values: ContractFormValues;
  /** Show the round's errors (a submit), or only its warnings (a page opened). */
  showErrors: boolean;
  notice?: Html | null;
  status?: 200 | 400 | 409;
}

export function registerContractBuilderPage(pages: Hono<AppEnv>) {
  pages.get("/partnerships/:partnershipId/contract", async (c) => {
    const caller = pageCaller(c);
    const id = idParam(c, "partnershipId");
    const { db } = c.var.deps;
    const start = await startContractTerms(db, caller.workspaceId, id);
    let values = termsToForm(start.terms);
    let notice: Html | null = null;
    if (c.req.query("answer") === "proposals") {
      const answered = answerProposals(values, await listContractProposals(db, caller.workspaceId, id));
      values = answered.values;
      notice = answered.notice;
    }
    const issued = Number(c.req.query("issued"));
    if (Number.isInteger(issued) && issued > 0)
      notice = html`<p>Version ${String(issued)} is issued. Send the creator a review link below.</p>`;
    if (c.req.query("template") === "saved")
      notice = html`<p>The workspace's template is saved: new contracts start from it.</p>`;
    if (c.req.query("revoked"))
      notice = html`<p>The link is revoked: it answers “not found” from now on.</p>`;
    return builderPage(c, caller, id, { values, showErrors: false, notice });
  });

  pages.post("/partnerships/:partnershipId/contract", async (c) => {
    const caller = pageCaller(c, "write");
    const id = idParam(c, "partnershipId");
    const { db, now } = c.var.deps;
    const { values, action } = await readBuilderForm(c);
    // The template is the workspace's: owners only, before anything is checked.
    if (action === "template") pageCaller(c, "manage");
    if (action === "add" || action.startsWith("remove:"))
      return builderPage(c, caller, id, { values: changeRows(values, action), showErrors: false });
    const parties = await loadContractParties(db, caller.workspaceId, id);
    const check = checkBuilderForm(values, parties.creator);
    if (action === "preview" || Object.keys(check.errors).length)
      return builderPage(c, caller, id, {
        values,
        showErrors: true,
        status: action === "preview" ? 200 : 400,
      });
    if (action === "template") {
      await saveContractTemplate(db, caller.workspaceId, { ...check.terms }, callerName(caller), now());
      return c.redirect(`/partnerships/${id}/contract?template=saved`, 303);
    }
    if (action !== "issue") throw new VouchError("invalid_input", `no action “${action}”`);
    try {
      const actor = trailActor(c, caller.workspaceId, callerName(caller));
      const v = await issueContractVersion(db, caller.workspaceId, id, check.terms, actor, now());
      return c.redirect(`/partnerships/${id}/contract?issued=${v.number}`, 303);
    } catch (err) {
      if (!(err instanceof VouchError && err.code === "conflict")) throw err;
      return builderPage(c, caller, id, {
        values,
        showErrors: true,
        notice: html`<p>${err.message}</p>`,
        status: 409,
      });
    }
  });

  pages.post("/partnerships/:partnershipId/contract/preview", async (c) => {
    const caller = pageCaller(c, "write");
    const id = idParam(c, "partnershipId");
    const { values } = await readBuilderForm(c);
    const parties = await loadContractParties(c.var.deps.db, caller.workspaceId, id);
    const doc = draftDocument(parties, checkBuilderForm(values, parties.creator));
    c.header("Cache-Control", "no-store");
    return c.html(doc ? contractBody(doc) : html`<p>The preview appears once the terms can be read.</p>`);
  });

  pages.post("/partnerships/:partnershipId/contract/links", async (c) => {
    const caller = pageCaller(c, "write");
    const id = idParam(c, "partnershipId");
    const { db, now, publicUrl } = c.var.deps;
    const actor = trailActor(c, caller.workspaceId, callerName(caller));
    const origin = linkOrigin(publicUrl, c.req.url);
    const link = await createContractLink(db, caller.workspaceId, id, null, actor, { now: now(), origin });
    const start = await startContractTerms(db, caller.workspaceId, id);
    const notice = secretOnce(
      html`Link ${String(link.id)} is made, valid until ${link.expiresAt.slice(0, 10)}. Copy it now and send it to the creator: it is not shown again.`,
      "review-link",
      "The review link",
      link.url,
    );
    return builderPage(c, caller, id, { values: termsToForm(start.terms), showErrors: false, notice });
  });

  pages.post("/partnerships/:partnershipId/contract/links/:linkId/revoke", async (c) => {
    const caller = pageCaller(c, "write");
    const id = idParam(c, "partnershipId");
    const linkId = idParam(c, "linkId");
    const actor = trailActor(c, caller.workspaceId, callerName(caller));
    await revokeContractLink(c.var.deps.db, caller.workspaceId, id, linkId, actor, c.var.deps.now());
    return c.redirect(`/partnerships/${id}/contract?revoked=${linkId}`, 303);
  });
}

/** The contract as the terms read now, or null while they cannot be drawn (a date not yet a date). */
function draftDocument(
  parties: Awaited<ReturnType<typeof loadContractParties>>,
  check: ReturnType<typeof checkBuilderForm>,
): ContractDocument | null {
  try {
    return contractDocument({ ...parties, terms: check.terms, version: null });
  } catch {
    return null;
  }
}

async function builderPage(c: PageContext, caller: Caller, id: number, round: Round) {
  const { db } = c.var.deps;
  const partnership = await getPartnership(db, caller.workspaceId, id);
  const parties = await loadContractParties(db, caller.workspaceId, id);
  const start = await startContractTerms(db, caller.workspaceId, id);
  const check = checkBuilderForm(round.values, parties.creator);
  const main = contractBuilderView({
    partnership,
    source: start.source,
    form: { values: round.values, errors: round.showErrors ? check.errors : {}, warnings: check.warnings },
    preview: draftDocument(parties, check),
    versions: await listContractVersions(db, caller.workspaceId, id),
    links: await listContractLinks(db, caller.workspaceId, id),
    proposals: (await listContractProposals(db, caller.workspaceId, id)).length,
    canWrite: can(caller.role, "write"),
    canManage: can(caller.role, "manage"),
    notice: round.notice ?? null,
  });
  const title = `Contract: ${partnership.account ?? `creator ${partnership.creatorId}`}`;
  return c.html(
    layout({
      title,
      caller,
      current: "campaigns",
      main,
      scripts: ["/assets/contract-builder.js", "/assets/copy.js"],
    }),
    round.status ?? 200,
  );
}
