// Fixed-window rate limits per client address (client-address.ts), kept in this process's
// memory (several server processes would each count on their own). Each limiter has its
// own counts. Writes always count; reads count only when they have a budget: reading a
// sign-in form is free, while a media-kit page's GET looks a link's token up, so guessing
// links by reading must cost as much as by posting.
import type { Context, MiddlewareHandler } from "hono";
import { VouchError } from "../core/errors.js";
import { clientAddress } from "./client-address.js";
import type { AppEnv } from "./env.js";

export interface RateLimitBudget {
  /** Posts (any method but GET and HEAD) a minute per client address. */
  writesPerMinute: (c: Context<AppEnv>) => number;
  /** GETs and HEADs a minute per client address, counted apart from writes; absent: free. */
  readsPerMinute?: (c: Context<AppEnv>) => number;
  /** What was done too often, for the refusal: "attempts" or "requests". */
  what: string;
}

const WINDOW_MS = 60_000;

export function rateLimit(budget: RateLimitBudget): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const read = c.req.method === "GET" || c.req.method === "HEAD";
    if (read && !budget.readsPerMinute) return next();
    const limit = read && budget.readsPerMinute ? budget.readsPerMinute(c) : budget.writesPerMinute(c);
    const now = c.var.deps.now();
    const key = `${read ? "read" : "write"} ${clientAddress(c, c.var.deps.trustedProxies)}`;
    let w = windows.get(key);
    if (!w || now - w.start >= WINDOW_MS) {
      w = { start: now, count: 0 };
      windows.set(key, w);
      if (windows.size > 10_000)
        for (const [k, v] of windows) if (now - v.start >= WINDOW_MS) windows.delete(k);
    }
    if (++w.count > limit) {
      c.header("Retry-After", String(Math.ceil((w.start + WINDOW_MS - now) / 1000)));
      throw new VouchError("rate_limited", `too many ${budget.what}; wait a minute and try again`);
    }
    await next();
  };
}
