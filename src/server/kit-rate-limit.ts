// Rate limit of the public media-kit pages (/kit/…), per client address, in this
// process's memory like rate-limit.ts. That limiter lets every GET through (reading
// a sign-in form is free); here a GET looks a link's token up, so reads count too,
// with a budget of their own: guessing links costs as much as posting. POSTs
// default to 30 a minute (AppDeps.kitRateLimit, VOUCH_KIT_RATE_LIMIT), GETs twice that.
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import { VouchError } from "../core/errors.js";
import type { AppEnv } from "./env.js";

export const KIT_POSTS_PER_MINUTE = 30;

export function kitRateLimit(): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const read = c.req.method === "GET" || c.req.method === "HEAD";
    const posts = c.var.deps.kitRateLimit ?? KIT_POSTS_PER_MINUTE;
    const limit = read ? 2 * posts : posts;
    const now = c.var.deps.now();
    const key = `${read ? "get" : "post"}:${clientAddress(c)}`;
    let w = windows.get(key);
    if (!w || now - w.start >= 60_000) {
      w = { start: now, count: 0 };
      windows.set(key, w);
      if (windows.size > 10_000) for (const [k, v] of windows) if (now - v.start >= 60_000) windows.delete(k);
    }
    if (++w.count > limit) {
      c.header("Retry-After", String(Math.ceil((w.start + 60_000 - now) / 1000)));
      throw new VouchError("rate_limited", "too many requests; wait a minute and try again");
    }
    await next();
  };
}

function clientAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "in-process"; // app.request() in tests has no socket
  }
}
