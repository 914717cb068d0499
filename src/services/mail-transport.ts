// Sends the server's plain-text mails. The SMTP transport (VOUCH_SMTP_URL: smtp://user:pass@host:port,
// smtps:// for TLS from the start), with timeouts: nodemailer's defaults would let a slow
// or silent mail server hold a request for minutes.
import { createTransport } from "nodemailer";

const MAIL_TIMEOUTS = { connectionTimeout: "10000", greetingTimeout: "10000", socketTimeout: "20000" };

export function mailTransport(smtpUrl: string) {
  // nodemailer reads options from the URL's query (its parseConnectionUrl); set ones win.
  const url = new URL(smtpUrl);
  for (const [k, v] of Object.entries(MAIL_TIMEOUTS))
    if (!url.searchParams.has(k)) url.searchParams.set(k, v);
  return createTransport(url.toString());
}

/** Where the server's mails go out: both the media-kit links and the sign-up notices. */
export interface MailConfig {
  /** smtp://user:pass@host:port or smtps://… */
  smtpUrl: string;
  /** The From address, e.g. "Vouch <no-reply@example.com>". */
  from: string;
}

/** One plain-text mail over a transport opened for it; throws when the server refuses it. */
export async function sendPlainMail(
  config: MailConfig,
  mail: { to: string; subject: string; text: string },
): Promise<void> {
  const transport = mailTransport(config.smtpUrl);
  try {
    await transport.sendMail({ from: config.from, ...mail });
  } finally {
    transport.close();
  }
}
