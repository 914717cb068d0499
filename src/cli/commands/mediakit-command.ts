// `vouch mediakit request <platform:username> [--email <addr>] [--expires <days>]` makes
// a media-kit link for a stored creator of the workspace `local` and prints it (the
// only time its secret is shown); `vouch mediakit show <platform:username|requestId>
// [--json]` prints a request with its status and the kit the creator submitted (for
// an account, its newest request). The link needs the address the server is reached
// at: VOUCH_PUBLIC_URL, by default http://localhost:3000 (the server's default port).
// With VOUCH_SMTP_URL set (as for the server) and --email, the link is also mailed.
import type { Command } from "commander";
import { parseAccountKey } from "../../core/account-key.js";
import { VouchError } from "../../core/errors.js";
import { AGE_BANDS, GENDERS, INCOME_BANDS, type MediaKit } from "../../core/media-kit.js";
import { localOwner, localWorkspaceId } from "../../services/local-workspace.js";
import type { KitRequestDetail } from "../../services/media-kits/get-kit-request.js";
import type { KitRequestSummary } from "../../services/media-kits/kit-request-summary.js";
import { day, num } from "../format.js";
import type { CliIo } from "../io.js";
import { withDatabase } from "../with-database.js";

/** The server's default address (src/server/main.ts: PORT 3000). */
export const DEFAULT_PUBLIC_URL = "http://localhost:3000";

export function publicUrl(env: NodeJS.ProcessEnv): string {
  const raw = env.VOUCH_PUBLIC_URL?.trim() || DEFAULT_PUBLIC_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new VouchError(
      "invalid_input",
      `VOUCH_PUBLIC_URL: "${raw}" is not a URL, e.g. https://vouch.example`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new VouchError("invalid_input", `VOUCH_PUBLIC_URL: "${raw}" must start with http:// or https://`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

export function registerMediaKit(program: Command, io: CliIo) {
  const mediakit = program
    .command("mediakit")
    .description("media kits: ask a creator for theirs, read what they sent");

  mediakit
    .command("request")
    .description("make a media-kit link for a stored creator and print it")
    .argument("<account>", "platform:username, e.g. instagram:some_creator")
    .option("--email <addr>", "also mail the link (needs VOUCH_SMTP_URL)")
    .option("--expires <days>", "days the link lasts (default 14, at most 90)")
    .option("--json", "print as JSON")
    .action(async (key: string, o: { email?: string; expires?: string; json?: boolean }) => {
      const ref = parseAccountKey(key);
      const expiresInDays = o.expires === undefined ? null : Number(o.expires);
      if (expiresInDays !== null && !Number.isInteger(expiresInDays))
        throw new VouchError("invalid_input", `--expires: "${o.expires}" is not a whole number of days`);
      const origin = publicUrl(io.env);
      const mail = io.env.VOUCH_SMTP_URL
        ? { smtpUrl: io.env.VOUCH_SMTP_URL, from: io.env.VOUCH_SMTP_FROM ?? "Vouch <no-reply@localhost>" }
        : null;
      const { findAccount } = await import("../../services/find-account.js");
      const { createKitRequest } = await import("../../services/media-kits/create-kit-request.js");
      const created = await withDatabase(io, async (d) => {
        const caller = await localOwner(d.db);
        const account = await findAccount(d.db, caller.workspaceId, ref);
        return createKitRequest(
          d.db,
          caller,
          { creatorId: account.creator_id, email: o.email ?? null, expiresInDays },
          { now: io.now(), origin, mail },
        );
      });
      if (o.json) return io.stdout(`${JSON.stringify(created, null, 2)}\n`);
      const r = created.request;
      const lines = [
        `media-kit request ${r.id} for ${r.creatorHandle ?? key}, valid until ${day(r.expiresAt)}:`,
        created.url,
        "Send the link to the creator; it is shown only now.",
      ];
      if (created.mail.status === "sent") lines.push(`Mailed to ${r.email}.`);
      if (created.mail.status === "not_configured")
        lines.push(`Not mailed: set VOUCH_SMTP_URL to mail links; send it to ${r.email} yourself.`);
      if (created.mail.status === "failed") lines.push(`Mailing to ${r.email} failed: ${created.mail.error}`);
      io.stdout(`${lines.join("\n")}\n`);
    });

  mediakit
    .command("show")
    .description("a media-kit request and the kit the creator submitted")
    .argument("<account|requestId>", "platform:username (its newest request) or a request id")
    .option("--json", "print the request as JSON")
    .action(async (which: string, o: { json?: boolean }) => {
      const { getKitRequest } = await import("../../services/media-kits/get-kit-request.js");
      const { listKitRequests } = await import("../../services/media-kits/list-kit-requests.js");
      const now = io.now();
      const { detail, others } = await withDatabase(io, async (d) => {
        const workspaceId = await localWorkspaceId(d.db);
        if (/^\d+$/.test(which.trim())) {
          const id = Number(which);
          if (!Number.isSafeInteger(id) || id > 2_147_483_647)
            throw new VouchError("not_found", `no media-kit request ${which}`);
          return { detail: await getKitRequest(d.db, workspaceId, id, now), others: [] };
        }
        const ref = parseAccountKey(which);
        const { findAccount } = await import("../../services/find-account.js");
        const account = await findAccount(d.db, workspaceId, ref);
        const all = await listKitRequests(d.db, workspaceId, { creatorId: account.creator_id }, now);
        const newest = all[0];
        if (!newest)
          throw new VouchError(
            "not_found",
            `no media-kit request for ${which}; make one: vouch mediakit request ${which}`,
          );
        return { detail: await getKitRequest(d.db, workspaceId, newest.id, now), others: all.slice(1) };
      });
      if (o.json) return io.stdout(`${JSON.stringify(detail, null, 2)}\n`);
      io.stdout(showRequest(detail, others));
    });
}

function showRequest(r: KitRequestDetail, others: KitRequestSummary[]): string {
  const out = [
    `media-kit request ${r.id} for ${r.creatorHandle ?? r.creatorName}: ${r.status}`,
    `  created ${day(r.createdAt)}, ${r.status === "expired" ? "expired" : "valid until"} ${day(r.expiresAt)}${
      r.email ? `, for ${r.email}` : ""
    }`,
  ];
  if (r.submittedAt)
    out.push(`  submitted ${day(r.submittedAt)}${r.hasDraft ? " (a newer draft is not submitted yet)" : ""}`);
  out.push(...(r.kit ? kitLines(r.kit) : ["  no kit submitted yet"]));
  if (r.files.length)
    out.push(
      `  files: ${r.files.map((f) => `${f.name} (${f.mime}, ${num(Math.ceil(f.size / 1024))} KB)`).join(", ")}`,
    );
  if (others.length)
    out.push(`older requests: ${others.map((o) => `${o.id} (${o.status}, ${day(o.createdAt)})`).join(", ")}`);
  return `${out.join("\n")}\n`;
}

function kitLines(k: MediaKit): string[] {
  // In the bands' own order: the database keeps a breakdown's keys in an order of its own.
  const shares = (keys: readonly string[], b: Partial<Record<string, number>> | null) =>
    b
      ? keys
          .filter((key) => b[key] !== undefined)
          .map((key) => `${key} ${b[key]}%`)
          .join(", ")
      : "not given";
  const list = <T>(xs: T[], f: (x: T) => string) => (xs.length ? xs.map(f).join(", ") : "not given");
  return [
    ...(k.creatorName ? [`  name: ${k.creatorName}`] : []),
    `  platforms: ${list(k.platforms, (p) => `${p.platform}:${p.handle}${p.followers === null ? "" : ` ${num(p.followers)} followers`}${p.engagementRate === null ? "" : `, ER ${p.engagementRate}%`}`)}`,
    `  gender: ${shares(GENDERS, k.gender)}`,
    `  ages: ${shares(AGE_BANDS, k.ageBands)}`,
    `  countries: ${list(k.countries, (c) => `${c.country} ${c.share}%`)}`,
    `  cities: ${list(k.cities, (c) => `${c.city} ${c.share}%`)}`,
    `  income: ${shares(INCOME_BANDS, k.incomeBands)}`,
    `  languages: ${list(k.languages, (l) => `${l.language} ${l.share}%`)}`,
    `  real followers (claimed): ${k.realFollowerShare === null ? "not given" : `${k.realFollowerShare}%`}`,
    `  rates: ${list(k.rates, (r) => `${r.deliverable} ${num(r.amount)} ${r.currency}`)}`,
    `  past work: ${list(k.pastWork, (w) => `${w.brand}${w.year === null ? "" : ` (${w.year})`}`)}`,
    ...(k.notes ? [`  notes: ${k.notes}`] : []),
  ];
}
