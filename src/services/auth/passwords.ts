// Password hashing with Argon2id (@node-rs/argon2, OWASP's first choice) at the
// library's defaults (19 MiB, 2 passes, 1 lane: OWASP's minimum recommendation); a new
// password is first checked for length and for how easily it is guessed.
import { hash, verify } from "@node-rs/argon2";
import { VouchError } from "../../core/errors.js";
import { passwordWeakness } from "./password-strength.js";

export const MIN_PASSWORD_LENGTH = 10;

/** The hash of a new password, which must be long enough and hard to guess (password-strength.ts). */
export async function hashPassword(password: string, userInputs: readonly string[] = []): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new VouchError("invalid_input", `the password needs at least ${MIN_PASSWORD_LENGTH} characters`, {
      field: "password",
    });
  const weakness = await passwordWeakness(password, userInputs);
  if (weakness) throw new VouchError("invalid_input", weakness, { field: "password" });
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
