// Use-case: the public sign-up form. A free email gets its user and workspace; a taken
// one changes nothing, and its owner is told by mail when the server has SMTP. Both
// answer the same (nothing; the person then signs in), and both hash the password, so
// the form cannot be used to find out who has an account. Nobody is signed in here: a
// session for the new account only and none for a taken email would say which it was.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import type { KitMailConfig } from "../media-kits/send-kit-request-email.js";
import { sendSignUpNotice } from "./send-sign-up-notice.js";
import { createAccount, type SignUpInput } from "./sign-up.js";

export interface SignUpMail {
  config: KitMailConfig | null;
  /** Where the app is reached, for the link in the mail. */
  origin: string;
}

export async function requestSignUp(
  db: Kysely<DB>,
  input: SignUpInput,
  now: number,
  mail: SignUpMail,
): Promise<void> {
  try {
    await createAccount(db, input, now);
  } catch (err) {
    if (!(err instanceof VouchError) || err.code !== "conflict") throw err;
    // Not awaited: waiting for the mail server would make a taken email the slow answer.
    if (mail.config)
      sendSignUpNotice(mail.config, { to: input.email.trim().toLowerCase(), origin: mail.origin, now }).catch(
        (mailErr: unknown) => console.error(`sign-up notice not sent: ${(mailErr as Error).message}`),
      );
  }
}
