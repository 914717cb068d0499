// Use-case: a tracked link for a partnership. The destination (the campaign's landing
// page unless given) gets the UTM parameters of the partnership: utm_source the creator's
// platform ("vouch" without an account), utm_medium influencer, utm_campaign the
// campaign's name as a slug, utm_content the creator's handle. The slug is the one asked
// for, refused with 409 when taken anywhere in the installation, or a random one
// (retried on the rare collision).
import { randomBytes } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { VouchError } from "../../core/errors.js";
import { campaignSlug, withUtm } from "../../core/link-destination.js";
import { slugFromBytes } from "../../core/link-slug.js";
import type { DB } from "../../db/schema.js";
import { isUniqueViolation } from "../brand-targets/brand-target-input.js";
import { getLink } from "./get-link.js";
import { checkExpiry, linkInputSchema, parseLinkInput } from "./link-input.js";
import type { LinkSummary } from "./link-summary.js";

/** Generated slugs tried before giving up: at 36^7 slugs, a second try is already rare. */
const SLUG_TRIES = 5;

export async function createLink(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
  input: unknown,
  actor: string,
  now: number,
): Promise<LinkSummary> {
  const link = parseLinkInput(linkInputSchema, input);
  const expiresAt = checkExpiry(link.expiresAt, now) ?? null;
  const p = await db
    .selectFrom("partnerships as p")
    .innerJoin("campaigns as c", "c.id", "p.campaign_id")
    .select(["c.name", "c.landing_url"])
    .select(
      sql<string | null>`(select a.platform || ':' || a.username from accounts a
        where a.creator_id = p.creator_id order by a.id limit 1)`.as("account"),
    )
    .where("p.workspace_id", "=", workspaceId)
    .where("p.id", "=", partnershipId)
    .executeTakeFirst();
  if (!p) throw new VouchError("not_found", `no partnership ${partnershipId}`);
  const destination = link.destination ?? p.landing_url;
  if (!destination)
    throw new VouchError("invalid_input", "destination: the campaign has no landing page; give one", {
      field: "destination",
      issues: [{ path: "destination", message: "the campaign has no landing page; give one" }],
    });
  const [platform, handle] = p.account ? (p.account.split(":") as [string, string]) : ["vouch", "creator"];
  const targetUrl = withUtm(destination, {
    source: platform,
    campaign: campaignSlug(p.name),
    content: handle,
  });
  for (let attempt = 1; ; attempt++) {
    const slug = link.slug ?? generatedSlug();
    try {
      const row = await db
        .insertInto("links")
        .values({
          workspace_id: workspaceId,
          partnership_id: partnershipId,
          slug,
          destination,
          target_url: targetUrl,
          enabled: true,
          expires_at: expiresAt,
          created_by: actor,
          created_at: new Date(now),
          updated_at: new Date(now),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return getLink(db, workspaceId, row.id);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      if (link.slug)
        throw new VouchError("conflict", `the slug "${slug}" is taken; choose another`, {
          field: "slug",
          issues: [{ path: "slug", message: "taken; choose another" }],
        });
      if (attempt >= SLUG_TRIES) throw err;
    }
  }
}

function generatedSlug(): string {
  for (;;) {
    const slug = slugFromBytes(randomBytes(16));
    if (slug) return slug;
  }
}
