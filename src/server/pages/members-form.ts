// The members page's forms: a member's new role, and the member a URL names (its :userId,
// as a database id; anything else is a 404 like a user of another workspace).
import type { Context } from "hono";
import { z } from "zod";
import { VouchError } from "../../core/errors.js";
import { ROLES } from "../../core/roles.js";
import type { AppEnv } from "../env.js";
import { formText } from "./form-issues.js";

export const RoleForm = z.object({
  role: formText(z.enum(ROLES, { message: "choose owner, member or viewer" })),
});

export function memberId(c: Context<AppEnv>): number {
  const raw = c.req.param("userId") ?? "";
  const id = /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(id) || id > 2_147_483_647)
    throw new VouchError("not_found", `no member ${raw} in this workspace`);
  return id;
}
