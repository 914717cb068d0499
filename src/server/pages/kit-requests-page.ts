// The brand's side of media-kit requests: POST /creators/:id/media-kit-requests (the
// new link, shown once), /media-kits (every request with its status), /media-kits/:id
// (the submitted kit, the uploads, revoke) and the file downloads. Members create and
// revoke; viewers read. The views are kit-requests-view.ts and kit-detail-view.ts.
import type { Hono } from "hono";
import { VouchError } from "../../core/errors.js";
import { can } from "../../core/roles.js";
import { createKitRequest } from "../../services/media-kits/create-kit-request.js";
import { getKitFile } from "../../services/media-kits/get-kit-file.js";
import { getKitRequest } from "../../services/media-kits/get-kit-request.js";
import { listKitRequests } from "../../services/media-kits/list-kit-requests.js";
import { revokeKitRequest } from "../../services/media-kits/revoke-kit-request.js";
import type { AppEnv } from "../env.js";
import { kitFileHeaders } from "../kit-file-response.js";
import { linkOrigin } from "../link-origin.js";
import { creatorId } from "./creator-id.js";
import { createdKitRequestView, kitRequestsView, kitRequestView } from "./kit-requests-view.js";
import { layout } from "./layout.js";
import { formFields, type PageContext, pageCaller } from "./page-context.js";

// The creator page imports the button from here; its home is kit-request-button.ts.
export { kitRequestButton } from "./kit-request-button.js";

export function registerKitRequestsPage(pages: Hono<AppEnv>) {
  pages.post("/creators/:id/media-kit-requests", async (c) => {
    const caller = pageCaller(c, "write");
    const id = creatorId(c);
    const f = await formFields(c);
    const days = f.expiresInDays?.trim() ? Number(f.expiresInDays) : null;
    const { db, now, kitMail, publicUrl } = c.var.deps;
    const made = await createKitRequest(
      db,
      caller,
      { creatorId: id, email: f.email, expiresInDays: days },
      { now: now(), origin: linkOrigin(publicUrl, c.req.url), mail: kitMail },
    );
    const main = createdKitRequestView(made);
    return c.html(
      layout({ title: "Media-kit link", caller, current: "media-kits", main, scripts: ["/assets/copy.js"] }),
      201,
    );
  });

  pages.get("/media-kits", async (c) => {
    const caller = pageCaller(c);
    const items = await listKitRequests(c.var.deps.db, caller.workspaceId, {}, c.var.deps.now());
    return c.html(
      layout({ title: "Media kits", caller, current: "media-kits", main: kitRequestsView(items) }),
    );
  });

  pages.get("/media-kits/:id", async (c) => {
    const caller = pageCaller(c);
    const r = await getKitRequest(c.var.deps.db, caller.workspaceId, requestId(c), c.var.deps.now());
    return c.html(
      layout({
        title: `Media kit: ${r.creatorName}`,
        caller,
        current: "media-kits",
        main: kitRequestView(r, can(caller.role, "write")),
        scripts: r.kit ? ["/assets/chart.js", "/assets/kit-charts.js"] : [],
      }),
    );
  });

  pages.post("/media-kits/:id/revoke", async (c) => {
    const caller = pageCaller(c, "write");
    const id = requestId(c);
    await revokeKitRequest(c.var.deps.db, caller.workspaceId, id, c.var.deps.now());
    return c.redirect(`/media-kits/${id}`, 303);
  });

  pages.get("/media-kits/:id/files/:fileId", async (c) => {
    const caller = pageCaller(c);
    const id = requestId(c);
    const fileId = numericId(c, "fileId", "file");
    const f = await getKitFile(c.var.deps.db, caller.workspaceId, id, fileId);
    return c.body(f.data, 200, kitFileHeaders(f));
  });
}

const requestId = (c: PageContext) => numericId(c, "id", "media-kit request");

function numericId(c: PageContext, name: string, what: string): number {
  const raw = c.req.param(name) ?? "";
  const id = /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) throw new VouchError("not_found", `no ${what} ${raw}`);
  return id;
}
