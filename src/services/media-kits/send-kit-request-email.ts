// Mails a media-kit link to the creator over SMTP with nodemailer, when the server
// has VOUCH_SMTP_URL (smtp://user:pass@host:port, smtps:// for TLS from the start).
// Plain text only: the link, who asks, until when. Throws when the server refuses
// the message; the caller records the outcome.
import { type MailConfig, sendPlainMail } from "../mail-transport.js";

export type KitMailConfig = MailConfig;

export interface KitRequestEmail {
  to: string;
  url: string;
  workspaceName: string;
  creatorName: string;
  expiresAt: string;
}

export async function sendKitRequestEmail(config: KitMailConfig, mail: KitRequestEmail): Promise<void> {
  await sendPlainMail(config, {
    to: mail.to,
    subject: `${mail.workspaceName} asks for your media kit`,
    text: [
      `Hello ${mail.creatorName},`,
      "",
      `${mail.workspaceName} would like to see your media kit: your audience, your rates and past brand work.`,
      "Fill it in here (no account needed; you can save a draft and come back):",
      "",
      mail.url,
      "",
      `The link works until ${mail.expiresAt.slice(0, 10)}. If you did not expect this message, ignore it.`,
    ].join("\n"),
  });
}
