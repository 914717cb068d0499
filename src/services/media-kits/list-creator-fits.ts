// Use-case: every creator's audience fit against one brand target, with the price per
// 1,000 followers plain and in the target, in a handful of queries for the whole
// workspace (the creators list ranks by these). The same inputs and core functions as
// getCreatorKitFit: the latest submitted kit, the latest demographics per dimension,
// and the latest audit's followers, fake share, niches and comment languages.
import { type Kysely, sql } from "kysely";
import type { BrandTarget } from "../../core/brand-target.js";
import { audienceProfileOf, creatorFit } from "../../core/creator-fit.js";
import type { MediaKit } from "../../core/media-kit.js";
import { fitConfidence } from "../../core/score-confidence.js";
import type { AccountDemographic } from "../../core/types.js";
import type { DB } from "../../db/schema.js";
import { getBrandTarget } from "../brand-targets/get-brand-target.js";

/** What an audit keeps for the fit ranking (audits.fit_inputs). */
interface FitInputs {
  followers: number | null;
  niches: { id: string; share: number }[] | null;
  languages: { code: string; share: number }[] | null;
}

export interface CreatorFitSummary {
  fit: number | null;
  /** Weight judged / weight the target asks about, 0–1 (core/score-confidence.ts); null without a fit. */
  fitCoverage: number | null;
  /** How many parts were judged, and which. */
  fitParts: number;
  fitPartLabels: string[];
  /** Fewer than two parts, or under 60% of the weight asked: shown as provisional, ranked after. */
  fitProvisional: boolean | null;
  pricePlain: number | null;
  priceInTarget: number | null;
  currency: string | null;
}

export async function listCreatorFits(
  db: Kysely<DB>,
  workspaceId: number,
  targetId: number,
): Promise<{ target: string; fits: Map<number, CreatorFitSummary> }> {
  const view = await getBrandTarget(db, workspaceId, targetId);
  const target: BrandTarget = view;
  const kits = await sql<{ creator_id: number; kit: unknown }>`
    select distinct on (creator_id) creator_id, kit from media_kit_requests
    where workspace_id = ${workspaceId} and kit is not null and (revoked_at is null or submitted_at < revoked_at)
    order by creator_id, submitted_at desc, id desc
  `.execute(db);
  // The audit's fit inputs column; audits stored before it existed fall back to their document
  // (CASE reads the document only for those rows).
  const audits = await sql<{
    creator_id: number;
    account_id: number;
    platform: string;
    fake_share: number | null;
    inputs: unknown;
  }>`
    select a.creator_id, a.id as account_id, a.platform, au.fake_share, au.inputs
    from accounts a
    left join lateral (
      select fake_share,
        case when fit_inputs is not null then fit_inputs else jsonb_build_object(
          'followers', result -> 'account' -> 'followers',
          'niches', result -> 'niches',
          'languages', result -> 'voice' -> 'audience' -> 'languages') end as inputs
      from audits where account_id = a.id order by computed_at desc, id desc limit 1
    ) au on true
    where a.workspace_id = ${workspaceId}
  `.execute(db);
  const demographicRows = await sql<{
    account_id: number;
    captured_at: Date | string;
    dimension: AccountDemographic["dimension"];
    key: string;
    value: number | string;
  }>`
    select d.account_id, d.captured_at, d.dimension, d.key, d.value from account_demographics d
    join accounts a on a.id = d.account_id
    where a.workspace_id = ${workspaceId}
  `.execute(db);

  const kitByCreator = new Map(kits.rows.map((r) => [r.creator_id, parseJson(r.kit) as MediaKit]));
  const demographicsByAccount = new Map<number, AccountDemographic[]>();
  for (const r of demographicRows.rows) {
    const list = demographicsByAccount.get(r.account_id) ?? [];
    list.push({
      capturedAt: new Date(r.captured_at).getTime(),
      dimension: r.dimension,
      key: r.key,
      value: Number(r.value),
    });
    demographicsByAccount.set(r.account_id, list);
  }

  const fits = new Map<number, CreatorFitSummary>();
  for (const a of audits.rows) {
    const kit = kitByCreator.get(a.creator_id) ?? null;
    const inputs = (parseJson(a.inputs) ?? {}) as Partial<FitInputs>;
    const { fit, price } = creatorFit(
      {
        kit,
        platform: a.platform,
        followers: inputs.followers ?? null,
        fakeShare: a.fake_share,
        niches: inputs.niches ?? [],
        languages: inputs.languages ?? null,
      },
      audienceProfileOf(kit, demographicsByAccount.get(a.account_id) ?? []),
      target,
    );
    const confidence = fit.score === null ? null : fitConfidence(fit);
    fits.set(a.creator_id, {
      fit: fit.score,
      fitCoverage: confidence?.coverage ?? null,
      fitParts: confidence?.parts ?? 0,
      fitPartLabels: confidence?.partLabels ?? [],
      fitProvisional: confidence?.provisional ?? null,
      pricePlain: price.plain,
      priceInTarget: price.inTarget,
      currency: price.rate?.currency ?? null,
    });
  }
  return { target: view.name, fits };
}

/** jsonb comes back parsed from pg and as text from some PGlite paths. */
function parseJson(v: unknown): unknown {
  return typeof v === "string" ? JSON.parse(v) : v;
}
