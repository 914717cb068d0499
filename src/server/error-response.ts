// Every error leaves the server as {"error": {"code", "message", "details"}} with
// the HTTP status of its code in ERROR_CODES: one table for the whole API.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ERROR_CODES, type ErrorCode, VouchError } from "../core/errors.js";

export function errorBody(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
  return { error: { code, message, details } };
}

export function errorResponse(c: Context, err: unknown) {
  if (err instanceof VouchError)
    return c.json(errorBody(err.code, err.message, err.details), err.status as ContentfulStatusCode);
  console.error(err);
  return c.json(
    errorBody("internal", "unexpected failure; the server log has the details"),
    ERROR_CODES.internal.status,
  );
}
