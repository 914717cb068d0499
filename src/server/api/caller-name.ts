// Who a timeline or contract-trail entry names: the signed-in user's address, else the
// kind of caller. One definition for the campaign and contract routes.
import type { Caller } from "../../services/auth/sessions.js";

export function callerName(caller: Caller): string {
  return caller.email ?? (caller.via === "token" ? "API token" : "workspace owner");
}
