// While the server stops, requests already running finish; one that starts now (on a
// connection that was open) is refused with 503, Retry-After and Connection: close,
// instead of meeting a database that is closing ("driver has already been destroyed").
import type { MiddlewareHandler } from "hono";
import { VouchError } from "../core/errors.js";
import type { AppEnv } from "./env.js";

/** Seconds a refused client should wait: a restart of `npm start` takes about this long. */
export const RETRY_AFTER_SECONDS = 10;

export function stopGate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.var.deps.isStopping?.()) return next();
    c.header("Retry-After", String(RETRY_AFTER_SECONDS));
    c.header("Connection", "close");
    throw new VouchError("unavailable", "the server is stopping; try again in a few seconds");
  };
}
