// A route's numeric id (a campaign, a partnership, a link): a whole number, else 404,
// as for an id that does not exist, so a malformed id says no more than a foreign one.
import { VouchError } from "../../core/errors.js";
import type { PageContext } from "./page-context.js";

export function idParam(c: PageContext, name: string): number {
  const raw = c.req.param(name) ?? "";
  const id = Number(raw);
  if (!/^[1-9][0-9]{0,9}$/.test(raw) || id > 2_147_483_647)
    throw new VouchError("not_found", `no ${name} ${raw}`);
  return id;
}
