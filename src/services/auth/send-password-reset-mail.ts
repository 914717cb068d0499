// Mails a password reset link over SMTP (VOUCH_SMTP_URL). Plain text: the link, how long it
// works, and that nothing changes when it is not used, for whoever did not ask for it.
import { type MailConfig, sendPlainMail } from "../mail-transport.js";

export interface PasswordResetMail {
  to: string;
  link: string;
  /** How long the link works, and until when (ISO 8601). */
  minutes: number;
  expiresAt: string;
}

export async function sendPasswordResetMail(config: MailConfig, mail: PasswordResetMail): Promise<void> {
  await sendPlainMail(config, {
    to: mail.to,
    subject: "Choose a new Vouch password",
    text: [
      "Hello,",
      "",
      "Someone (we hope you) asked to choose a new password for the Vouch account of this address.",
      "Open this link to choose it:",
      "",
      mail.link,
      "",
      `The link works once, for ${mail.minutes} minutes (until ${mail.expiresAt.slice(0, 16).replace("T", " ")} UTC).`,
      "Choosing a new password signs every session of the account out.",
      "",
      "If you did not ask, ignore this message: your password stays as it is.",
    ].join("\n"),
  });
}
