// The one property every refused import shares: a VouchError of a user's mistake (never a
// TypeError, a RangeError or a database error, which would be exit 2 or HTTP 500) whose
// message starts with the file (or folder) it is about and names the field it blames.
import { expect } from "vitest";
import { VouchError } from "../../src/core/errors.js";

const USER_ERRORS = ["invalid_file", "invalid_input", "payload_too_large", "conflict"];

/** Rethrows anything that is not a user error, so fast-check reports it with its input. */
export function expectPlacedError(err: unknown, places: readonly (string | RegExp)[]): VouchError {
  if (!(err instanceof VouchError)) throw err;
  expect(USER_ERRORS, err.message).toContain(err.code);
  expect(
    places.some((p) =>
      typeof p === "string" ? err.message.startsWith(p.toWellFormed()) : p.test(err.message),
    ),
    `"${err.message.slice(0, 300)}" names none of ${places.join(", ")}`,
  ).toBe(true);
  const field = err.details.field;
  if (err.code === "invalid_file" && typeof field === "string" && field !== "")
    expect(err.message).toContain(`field "${field}"`);
  return err;
}
