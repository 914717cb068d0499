// Use-case: what a creator's media kit and imported demographics say against each of the
// workspace's brand targets (audience fit, price per 1,000 followers plain and in the
// target) and each claim of the kit against what the latest audit measured. The kit is
// the latest submitted one; Graph API demographics win over the kit for a dimension
// both give (they are measured, the kit is typed in). Scoped to the workspace.
import { type Kysely, sql } from "kysely";
import type { AudienceProfile } from "../../core/audience-profile.js";
import type { AuditResult } from "../../core/audit.js";
import type { BrandTarget } from "../../core/brand-target.js";
import { audienceProfileOf, type CreatorFit, creatorFit } from "../../core/creator-fit.js";
import { type Claim, checkClaims } from "../../core/kit-claims.js";
import type { MediaKit } from "../../core/media-kit.js";
import type { Platform } from "../../core/types.js";
import { loadDemographics } from "../../db/load-demographics.js";
import type { DB } from "../../db/schema.js";
import { findAccount } from "../find-account.js";

export interface TargetFit extends CreatorFit {
  targetId: number;
}

export interface CreatorKitFit {
  kit: { requestId: number; submittedAt: string; kit: MediaKit } | null;
  /** Which sources the audience profile came from. */
  sources: { mediaKit: boolean; demographics: boolean };
  profile: AudienceProfile;
  fits: TargetFit[];
  claims: Claim[];
}

export async function getCreatorKitFit(
  db: Kysely<DB>,
  workspaceId: number,
  creatorId: number,
): Promise<CreatorKitFit> {
  const account = await findAccount(db, workspaceId, { creatorId });
  const kitRow = await db
    .selectFrom("media_kit_requests")
    .select(["id", "submitted_at", "kit"])
    .where("workspace_id", "=", workspaceId)
    .where("creator_id", "=", creatorId)
    .where("kit", "is not", null)
    // Revoking a link after the kit came in freezes the kit, it does not withdraw it.
    .where((eb) => eb.or([eb("revoked_at", "is", null), eb("submitted_at", "<", eb.ref("revoked_at"))]))
    .orderBy("submitted_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  const kit = kitRow ? (parseJson(kitRow.kit) as MediaKit) : null;
  const demographics = await loadDemographics(db, account.id);
  const audit = await db
    .selectFrom("audits")
    .select([
      sql<AuditResult["engagement"]["medianRate"]>`(result -> 'engagement' ->> 'medianRate')::float8`.as(
        "median_rate",
      ),
      sql<number | null>`(result -> 'account' ->> 'followers')::float8`.as("followers"),
      sql<unknown>`result -> 'audience'`.as("audience"),
      sql<unknown>`result -> 'niches'`.as("niches"),
      sql<unknown>`result -> 'voice' -> 'audience'`.as("voice_audience"),
    ])
    .where("account_id", "=", account.id)
    .orderBy("computed_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  const targets = await db
    .selectFrom("brand_targets")
    .select(["id", "name", "spec"])
    .where("workspace_id", "=", workspaceId)
    .orderBy("name")
    .execute();

  const audience = (parseJson(audit?.audience) ?? null) as AuditResult["audience"] | null;
  const niches = ((parseJson(audit?.niches) ?? []) as NonNullable<AuditResult["niches"]>).map((n) => ({
    id: n.id,
    share: n.share,
  }));
  const voiceAudience = (parseJson(audit?.voice_audience) ?? null) as
    | NonNullable<AuditResult["voice"]>["audience"]
    | null;
  const languages = voiceAudience?.languages?.map((l) => ({ code: l.code, share: l.share })) ?? null;
  const profile = audienceProfileOf(kit, demographics);
  const inputs = {
    kit,
    platform: account.platform,
    followers: audit?.followers ?? null,
    fakeShare: audience?.fakeShare ?? null,
    niches,
    languages,
  };
  const fits = targets.map((t) => {
    const target = { ...(parseJson(t.spec) as Omit<BrandTarget, "name">), name: t.name };
    return { targetId: t.id, ...creatorFit(inputs, profile, target) };
  });

  const claims = kit
    ? checkClaims(kit, {
        platform: account.platform as Platform,
        handle: account.username,
        followers: audit?.followers ?? null,
        medianRate: audit?.median_rate ?? null,
        fakeShare:
          audience?.fakeShare == null || audience.fakeShareLow == null || audience.fakeShareHigh == null
            ? null
            : { share: audience.fakeShare, low: audience.fakeShareLow, high: audience.fakeShareHigh },
        commentLanguages: languages,
        commentSample: voiceAudience?.sampleSize ?? null,
      })
    : [];
  return {
    kit: kitRow && kit ? { requestId: kitRow.id, submittedAt: iso(kitRow.submitted_at), kit } : null,
    sources: { mediaKit: kit !== null, demographics: demographics.length > 0 },
    profile,
    fits,
    claims,
  };
}

/** jsonb comes back parsed from pg and as text from some PGlite paths. */
function parseJson(v: unknown): unknown {
  return typeof v === "string" ? JSON.parse(v) : v;
}

function iso(v: Date | string | null): string {
  return v === null ? "" : new Date(v).toISOString();
}
