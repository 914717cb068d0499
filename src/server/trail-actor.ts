// Who did something to a contract, as the trail records it: a name, a hash of the client's
// address (never the address: the trail is kept for years and shown to both sides) and the
// user agent, cut to a sane length. The hash is salted with the workspace, so the same
// visitor in two workspaces cannot be matched across them by the hash alone.
import { createHash } from "node:crypto";
import type { Context } from "hono";
import type { Actor } from "../services/contracts/issue-contract-version.js";
import { clientAddress } from "./client-address.js";
import type { AppEnv } from "./env.js";

export function trailActor(c: Context<AppEnv>, workspaceId: number, name: string): Actor {
  const address = clientAddress(c, c.var.deps.trustedProxies);
  const ipHash = createHash("sha256").update(`vouch-ip-v1\n${workspaceId}\n${address}`).digest("hex");
  const agent = c.req.header("user-agent");
  return { name, ipHash, userAgent: agent ? agent.slice(0, 300) : null };
}
