// /targets — the workspace's brand targets (the audiences a brand wants to reach):
// everyone in the workspace reads the list; owners and members create, edit and
// delete. Each handler reads the form (brand-targets-form.ts), calls a brand-target
// service and answers with a view (brand-targets-view.ts); a rejected form comes back
// with what was typed and each error next to its field.
import type { Hono } from "hono";
import { z } from "zod";
import { VouchError } from "../../core/errors.js";
import { COUNTRY_ALIAS_CODES, readCountryCode } from "../../core/iso-codes.js";
import type { Caller } from "../../services/auth/sessions.js";
import type { BrandTargetView } from "../../services/brand-targets/brand-target-input.js";
import { createBrandTarget } from "../../services/brand-targets/create-brand-target.js";
import { deleteBrandTarget } from "../../services/brand-targets/delete-brand-target.js";
import { getBrandTarget } from "../../services/brand-targets/get-brand-target.js";
import { listBrandTargets } from "../../services/brand-targets/list-brand-targets.js";
import { updateBrandTarget } from "../../services/brand-targets/update-brand-target.js";
import type { AppEnv } from "../env.js";
import {
  brandTargetFormValues,
  EMPTY_FORM,
  formErrors,
  readBrandTargetForm,
  toBrandTargetInput,
} from "./brand-targets-form.js";
import {
  brandTargetsView,
  deleteTargetView,
  editTargetView,
  type TargetFormState,
} from "./brand-targets-view.js";
import { layout } from "./layout.js";
import { type PageContext, pageCaller } from "./page-context.js";

type Status = 200 | 400 | 409;

export function registerBrandTargetsPage(pages: Hono<AppEnv>) {
  pages.get("/targets", async (c) => {
    // After a save that read an alias (UK as GB): say so, from the redirect's query.
    const read = ReadQuery.parse(c.req.query()).read;
    const notice = read.map(noteOf).join(" ");
    return listPage(c, { values: EMPTY_FORM, errors: {}, notice: notice || null });
  });

  pages.post("/targets", async (c) => {
    const caller = pageCaller(c, "write");
    const values = await readBrandTargetForm(c);
    const { input, errors } = toBrandTargetInput(values);
    if (!input) return listPage(c, { values, errors }, 400);
    try {
      await createBrandTarget(c.var.deps.db, caller.workspaceId, input, c.var.deps.now());
      return c.redirect(`/targets${readQuery(values.countries)}`, 303);
    } catch (err) {
      const e = formErrors(err);
      return listPage(c, { values, errors: e.errors }, e.status);
    }
  });

  pages.get("/targets/:targetId", async (c) => {
    const caller = pageCaller(c, "write");
    const target = await getBrandTarget(c.var.deps.db, caller.workspaceId, targetId(c));
    return editPage(c, caller, target, { values: brandTargetFormValues(target), errors: {} });
  });

  pages.post("/targets/:targetId", async (c) => {
    const caller = pageCaller(c, "write");
    const id = targetId(c);
    const { db, now } = c.var.deps;
    const target = await getBrandTarget(db, caller.workspaceId, id);
    const values = await readBrandTargetForm(c);
    const { input, errors } = toBrandTargetInput(values);
    if (!input) return editPage(c, caller, target, { values, errors }, 400);
    try {
      await updateBrandTarget(db, caller.workspaceId, id, input, now());
      return c.redirect(`/targets${readQuery(values.countries)}`, 303);
    } catch (err) {
      const e = formErrors(err);
      return editPage(c, caller, target, { values, errors: e.errors }, e.status);
    }
  });

  pages.get("/targets/:targetId/delete", async (c) => {
    const caller = pageCaller(c, "write");
    const target = await getBrandTarget(c.var.deps.db, caller.workspaceId, targetId(c));
    const main = deleteTargetView(target, caller.workspaceName);
    return c.html(layout({ title: `Delete ${target.name}`, caller, current: "targets", main }));
  });

  pages.post("/targets/:targetId/delete", async (c) => {
    const caller = pageCaller(c, "write");
    await deleteBrandTarget(c.var.deps.db, caller.workspaceId, targetId(c));
    return c.redirect("/targets", 303);
  });
}

const ReadQuery = z.object({
  read: z.preprocess((v) => [v ?? []].flat(), z.array(z.enum(COUNTRY_ALIAS_CODES))).catch([]),
});

/** "UK was read as GB (United Kingdom), its ISO 3166-1 code." */
function noteOf(alias: string): string {
  const r = readCountryCode(alias);
  return r.ok && r.note ? `${r.note}.` : "";
}

/** "?read=UK" when the typed countries hold an alias the save read as another code. */
function readQuery(countries: string): string {
  const typed = countries.split(",").map((c) => c.trim().toUpperCase());
  const aliases = COUNTRY_ALIAS_CODES.filter((a) => typed.includes(a));
  return aliases.length > 0
    ? `?${new URLSearchParams(aliases.map((a): [string, string] => ["read", a]))}`
    : "";
}

function targetId(c: PageContext): number {
  const id = Number(c.req.param("targetId"));
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647)
    throw new VouchError("not_found", "no such brand target");
  return id;
}

async function listPage(c: PageContext, form: TargetFormState, status: Status = 200) {
  const caller = pageCaller(c, "read");
  const targets = await listBrandTargets(c.var.deps.db, caller.workspaceId);
  const main = brandTargetsView(targets, caller.role !== "viewer", form);
  return c.html(layout({ title: "Brand targets", caller, current: "targets", main }), status);
}

function editPage(
  c: PageContext,
  caller: Caller,
  target: BrandTargetView,
  form: TargetFormState,
  status: Status = 200,
) {
  const main = editTargetView(target, form);
  return c.html(layout({ title: `Edit ${target.name}`, caller, current: "targets", main }), status);
}
