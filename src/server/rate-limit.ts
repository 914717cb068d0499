// Fixed-window rate limit per client address and route, kept in this process's
// memory (several server processes would each count on their own).

import { getConnInfo } from "@hono/node-server/conninfo";
import type { MiddlewareHandler } from "hono";
import { VouchError } from "../core/errors.js";
import type { AppEnv } from "./env.js";

export function rateLimit(
  name: string,
  perMinute: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => number,
): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    // Reading a sign-in form is free; submitting one counts.
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const now = c.var.deps.now();
    const key = `${name}:${clientAddress(c)}`;
    let w = windows.get(key);
    if (!w || now - w.start >= 60_000) {
      w = { start: now, count: 0 };
      windows.set(key, w);
      if (windows.size > 10_000) for (const [k, v] of windows) if (now - v.start >= 60_000) windows.delete(k);
    }
    if (++w.count > perMinute(c)) {
      c.header("Retry-After", String(Math.ceil((w.start + 60_000 - now) / 1000)));
      throw new VouchError("rate_limited", "too many attempts; wait a minute and try again");
    }
    await next();
  };
}

/** The client's address as the socket says (behind a proxy: the proxy's). */
export function clientAddress(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "in-process"; // app.request() in tests has no socket
  }
}
