// The SMTP transport for the server's mails (VOUCH_SMTP_URL: smtp://user:pass@host:port,
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
