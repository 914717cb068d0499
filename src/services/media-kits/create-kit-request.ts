// Use-case: a brand asks a creator of its workspace for their media kit. Makes an
// unguessable link (20 random bytes; only the SHA-256 is stored, like invitation
// links), valid 14 days unless asked otherwise (at most 90). The token is in the
// answer once and nowhere else. With an email address and SMTP configured, the
// link is also mailed; a failed mail does not undo the request (the link can
// still be copied), the answer says what happened to the mail.
import type { Kysely } from "kysely";
import { VouchError } from "../../core/errors.js";
import { KIT_REQUEST_LIMITS } from "../../core/kit-request-status.js";
import type { DB } from "../../db/schema.js";
import type { Caller } from "../auth/sessions.js";
import { hashToken, newToken } from "../auth/tokens.js";
import { type KitRequestSummary, selectKitRequests, toKitRequestSummary } from "./kit-request-summary.js";
import { type KitMailConfig, sendKitRequestEmail } from "./send-kit-request-email.js";

const DAY = 86_400_000;

export interface CreateKitRequestInput {
  creatorId: number;
  email?: string | null;
  expiresInDays?: number | null;
}

export interface CreateKitRequestOptions {
  now: number;
  /** Where the app is reached, e.g. "https://vouch.example"; the link is <origin>/kit/<token>. */
  origin: string;
  /** SMTP settings; null or absent: links are only copied. */
  mail?: KitMailConfig | null;
}

export interface KitMailOutcome {
  /** "sent"; "failed" (see error); "not_configured" (no SMTP); "not_requested" (no email given). */
  status: "sent" | "failed" | "not_configured" | "not_requested";
  error: string | null;
}

export interface CreatedKitRequest {
  request: KitRequestSummary;
  /** The link's secret, shown once. */
  token: string;
  url: string;
  mail: KitMailOutcome;
}

export async function createKitRequest(
  db: Kysely<DB>,
  caller: Caller,
  input: CreateKitRequestInput,
  opts: CreateKitRequestOptions,
): Promise<CreatedKitRequest> {
  const days = input.expiresInDays ?? KIT_REQUEST_LIMITS.defaultDays;
  if (!Number.isInteger(days) || days < 1 || days > KIT_REQUEST_LIMITS.maxDays)
    throw new VouchError(
      "invalid_input",
      `expiresInDays: must be a whole number of days from 1 to ${KIT_REQUEST_LIMITS.maxDays}`,
      { field: "expiresInDays" },
    );
  const email = input.email?.trim() || null;
  // No control character (NUL would fail in the database) and no lone surrogate: no address has them.
  if (
    email !== null &&
    (email.length > 254 ||
      !/^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+\.[^\s@\p{Cc}]+$/u.test(email) ||
      !email.isWellFormed())
  )
    throw new VouchError("invalid_input", "email: enter an email address", { field: "email" });

  const token = newToken("vkit");
  const created = await db.transaction().execute(async (trx) => {
    const creator = await trx
      .selectFrom("creators")
      .select("id")
      .where("id", "=", input.creatorId)
      .where("workspace_id", "=", caller.workspaceId)
      .executeTakeFirst();
    if (!creator) throw new VouchError("not_found", `no creator ${input.creatorId}`);
    const row = await trx
      .insertInto("media_kit_requests")
      .values({
        workspace_id: caller.workspaceId,
        creator_id: creator.id,
        token_hash: hashToken(token),
        created_by: caller.userId,
        expires_at: new Date(opts.now + days * DAY),
        email,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  });

  const url = `${opts.origin.replace(/\/+$/, "")}/kit/${token}`;
  let mail: KitMailOutcome = { status: "not_requested", error: null };
  if (email !== null && !opts.mail) mail = { status: "not_configured", error: null };
  if (email !== null && opts.mail) {
    const summary = await read(db, caller.workspaceId, created, opts.now);
    try {
      await sendKitRequestEmail(opts.mail, {
        to: email,
        url,
        workspaceName: caller.workspaceName,
        creatorName: summary.creatorName,
        expiresAt: summary.expiresAt,
      });
      await db
        .updateTable("media_kit_requests")
        .set({ emailed_at: new Date(opts.now) })
        .where("id", "=", created)
        .execute();
      mail = { status: "sent", error: null };
    } catch (err) {
      mail = { status: "failed", error: (err as Error).message };
    }
  }
  return { request: await read(db, caller.workspaceId, created, opts.now), token, url, mail };
}

async function read(db: Kysely<DB>, workspaceId: number, id: number, now: number) {
  const row = await selectKitRequests(db, workspaceId).where("r.id", "=", id).executeTakeFirstOrThrow();
  return toKitRequestSummary(row, now);
}
