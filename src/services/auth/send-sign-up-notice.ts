// Tells an account's owner, over SMTP (VOUCH_SMTP_URL), that someone tried to sign up
// with their email: the sign-up form answers a taken email as it answers a new one, so
// this mail is where the owner learns of it. Plain text; nothing changed, nothing to do.
import { type MailConfig, sendPlainMail } from "../mail-transport.js";

export interface SignUpNotice {
  to: string;
  /** The app's origin, e.g. https://vouch.example.com. */
  origin: string;
  now: number;
}

export async function sendSignUpNotice(config: MailConfig, notice: SignUpNotice): Promise<void> {
  await sendPlainMail(config, {
    to: notice.to,
    subject: "Someone tried to sign up to Vouch with your email",
    text: [
      "Hello,",
      "",
      `On ${new Date(notice.now).toISOString().slice(0, 16).replace("T", " ")} UTC someone tried to create a`,
      `Vouch account at ${notice.origin} with this email address, which has an account already.`,
      "Nothing was changed.",
      "",
      "If it was you, sign in with your password:",
      "",
      `${notice.origin}/sign-in`,
      "",
      "If it was not, you can ignore this message.",
    ].join("\n"),
  });
}
