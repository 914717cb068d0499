// The :id of a creator URL as a database id; anything else is a 404 like an
// id of another workspace.
import type { Context } from "hono";
import { VouchError } from "../../core/errors.js";
import type { AppEnv } from "../env.js";

export function creatorId(c: Context<AppEnv>): number {
  const raw = c.req.param("id") ?? "";
  const id = /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(id) || id > 2_147_483_647)
    throw new VouchError("not_found", `no creator ${raw} in this workspace`);
  return id;
}
