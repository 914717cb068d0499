// /partnerships/:id/links — a partnership's tracked links with their QR codes and
// clicks: everyone reads; owners and members make a link and switch one off or on.
// Each handler: parse → authorise → a links service → the view (links-view.ts). A
// refused link comes back with what was typed and each error at its field.
import type { Hono } from "hono";
import QRCode from "qrcode";
import { VouchError } from "../../core/errors.js";
import { can } from "../../core/roles.js";
import { getPartnership } from "../../services/campaigns/get-partnership.js";
import { createLink } from "../../services/links/create-link.js";
import { listLinks } from "../../services/links/list-links.js";
import { updateLink } from "../../services/links/update-link.js";
import { callerName } from "../api/caller-name.js";
import { withShortUrl } from "../api/link-routes.js";
import type { AppEnv } from "../env.js";
import { layout } from "./layout.js";
import { EMPTY_LINK_FORM, type LinkFormState, linksView } from "./links-view.js";
import { formFields, type PageContext, pageCaller } from "./page-context.js";

export function registerLinksPage(pages: Hono<AppEnv>) {
  pages.get("/partnerships/:partnershipId/links", (c) => linksPage(c, EMPTY_LINK_FORM));

  pages.post("/partnerships/:partnershipId/links", async (c) => {
    const caller = pageCaller(c, "write");
    const id = idParam(c, "partnershipId");
    const form = await formFields(c);
    const values = {
      slug: (form.slug ?? "").trim(),
      destination: (form.destination ?? "").trim(),
      expiresAt: (form.expiresAt ?? "").trim(),
    };
    // datetime-local sends "2027-04-30T23:59" without a zone: the hint says UTC.
    const expiresAt = values.expiresAt
      ? `${values.expiresAt}${values.expiresAt.length === 16 ? ":00" : ""}Z`
      : null;
    try {
      await createLink(
        c.var.deps.db,
        caller.workspaceId,
        id,
        { slug: values.slug || null, destination: values.destination || null, expiresAt },
        callerName(caller),
        c.var.deps.now(),
      );
    } catch (err) {
      if (err instanceof VouchError && (err.code === "invalid_input" || err.code === "conflict")) {
        const issues = (err.details.issues as { path: string; message: string }[] | undefined) ?? [];
        const errors = Object.fromEntries(issues.map((i) => [i.path, i.message]));
        const problem = issues.length ? null : err.message;
        return linksPage(c, { values, errors, problem }, err.code === "conflict" ? 409 : 400);
      }
      throw err;
    }
    return c.redirect(`/partnerships/${id}/links`, 303);
  });

  pages.post("/links/:linkId/enabled", async (c) => {
    const caller = pageCaller(c, "write");
    const id = idParam(c, "linkId");
    const enabled = (await formFields(c)).enabled === "true";
    const { db, now } = c.var.deps;
    const link = await updateLink(db, caller.workspaceId, id, { enabled }, now());
    return c.redirect(`/partnerships/${link.partnershipId}/links`, 303);
  });
}

async function linksPage(c: PageContext, form: LinkFormState, status: 200 | 400 | 409 = 200) {
  const caller = pageCaller(c);
  const id = idParam(c, "partnershipId");
  const { db, redirectUrl } = c.var.deps;
  const partnership = await getPartnership(db, caller.workspaceId, id);
  const rows = await Promise.all(
    (await listLinks(db, caller.workspaceId, id)).map(async (link) => {
      const { shortUrl } = withShortUrl(link, redirectUrl);
      const qr = shortUrl
        ? `data:image/svg+xml;base64,${Buffer.from(await QRCode.toString(shortUrl, { type: "svg", margin: 1 })).toString("base64")}`
        : null;
      return { link, shortUrl, qr };
    }),
  );
  const main = linksView(partnership, rows, can(caller.role, "write"), form);
  const title = `Links of ${partnership.account ?? `creator ${partnership.creatorId}`}`;
  return c.html(layout({ title, caller, current: "campaigns", main }), status);
}

/** A route's id: a whole number, else 404 as for an id that does not exist. */
function idParam(c: PageContext, name: string): number {
  const raw = c.req.param(name) ?? "";
  if (!/^[1-9][0-9]{0,9}$/.test(raw) || Number(raw) > 2_147_483_647)
    throw new VouchError("not_found", `no ${name} ${raw}`);
  return Number(raw);
}
