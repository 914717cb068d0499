// Use-case: "forgot your password?". An address with an account gets a reset link, valid
// for an hour and once, mailed over SMTP; without SMTP the link is printed on the server's
// output for its operator to pass on. Whether the address has an account never shows in
// the answer: the page answers first and runs this after it (forgot-password-page.ts), so
// neither the words nor the time say which it was; the mail is not awaited either. Only
// the link's SHA-256 is stored. An account gets at most RESET_LINKS_PER_HOUR links an
// hour, so nobody can fill its owner's mailbox from many addresses (the route's rate limit
// counts per address).
import type { Kysely } from "kysely";
import { cleanText } from "../../core/clean-text.js";
import type { DB } from "../../db/schema.js";
import type { MailConfig } from "../mail-transport.js";
import { sendPasswordResetMail } from "./send-password-reset-mail.js";
import { hashToken, newToken } from "./tokens.js";

export const RESET_LINK_MINUTES = 60;
export const RESET_LINKS_PER_HOUR = 3;
const MINUTE = 60_000;

export interface ResetDelivery {
  /** SMTP (VOUCH_SMTP_URL); null: the link is printed with `print` instead. */
  config: MailConfig | null;
  /** Where the app is reached, for the link. */
  origin: string;
  /** The server's output (stdout), for the link when there is no SMTP and for mail failures. */
  print: (line: string) => void;
}

export async function requestPasswordReset(
  db: Kysely<DB>,
  email: string,
  now: number,
  delivery: ResetDelivery,
): Promise<void> {
  const user = await db
    .selectFrom("users")
    .select(["id", "email"])
    .where("email", "=", cleanText(email).trim().toLowerCase())
    .executeTakeFirst();
  if (!user) return;
  const recent = await db
    .selectFrom("password_resets")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("user_id", "=", user.id)
    .where("created_at", ">", new Date(now - 60 * MINUTE))
    .executeTakeFirstOrThrow();
  if (Number(recent.n) >= RESET_LINKS_PER_HOUR) return;
  const token = newToken("vpr");
  const expiresAt = new Date(now + RESET_LINK_MINUTES * MINUTE);
  await db
    .insertInto("password_resets")
    .values({
      user_id: user.id,
      token_hash: hashToken(token),
      created_at: new Date(now),
      expires_at: expiresAt,
    })
    .execute();
  const link = `${delivery.origin}/reset-password/${token}`;
  if (!delivery.config) {
    delivery.print(
      `Password reset link for ${visible(user.email)} (no VOUCH_SMTP_URL, so not mailed; valid until ${expiresAt.toISOString()}, once): ${link}`,
    );
    return;
  }
  sendPasswordResetMail(delivery.config, {
    to: user.email,
    link,
    minutes: RESET_LINK_MINUTES,
    expiresAt: expiresAt.toISOString(),
  }).catch((err: unknown) =>
    delivery.print(
      `password reset mail to ${visible(user.email)} not sent: ${visible((err as Error).message)}`,
    ),
  );
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * An address as the operator's terminal may show it: sign-up's check lets control characters
 * through (only spaces and "@" are refused), and an escape sequence printed raw would drive
 * the terminal. They are written as \x1b, as the CLI writes them (src/cli/inert-text.ts).
 */
function visible(text: string): string {
  return text.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
