// One creator against one brand target: the audience profile from imported Graph API
// demographics and the media kit (the measured figures win for a dimension both give),
// the fit, and the price per 1,000 followers plain and in the target. The creator page,
// the API and the ranked creators list all compute it here, from the same inputs.
import { type AudienceFit, computeFit, type PricePerThousand, pricePerThousand } from "./audience-fit.js";
import {
  type AudienceProfile,
  combineProfiles,
  EMPTY_PROFILE,
  profileFromDemographics,
  profileFromKit,
} from "./audience-profile.js";
import type { BrandTarget } from "./brand-target.js";
import type { Deliverable, MediaKit } from "./media-kit.js";
import type { AccountDemographic } from "./types.js";

/** The rate the price per 1,000 uses: a feed post, else a reel, else the lowest rate given. */
const PRICE_DELIVERABLES: readonly Deliverable[] = ["feed_post", "reel"];

export type KitRate = MediaKit["rates"][number];

export interface CreatorFitInputs {
  kit: MediaKit | null;
  platform: string;
  /** From the latest audit; null when unknown. */
  followers: number | null;
  fakeShare: number | null;
  niches: readonly { id: string; share: number }[];
  languages: readonly { code: string; share: number }[] | null;
}

export interface CreatorFit {
  fit: AudienceFit;
  price: PricePerThousand & { rate: KitRate | null };
}

export function audienceProfileOf(
  kit: MediaKit | null,
  demographics: readonly AccountDemographic[],
): AudienceProfile {
  return combineProfiles(
    demographics.length ? profileFromDemographics(demographics) : EMPTY_PROFILE,
    kit ? profileFromKit(kit) : EMPTY_PROFILE,
  );
}

export function creatorFit(
  inputs: CreatorFitInputs,
  profile: AudienceProfile,
  target: BrandTarget,
): CreatorFit {
  const fit = computeFit(profile, target, { niches: inputs.niches, languages: inputs.languages });
  const rate = inputs.kit ? priceRate(inputs.kit) : null;
  // The audited follower count, else the one the kit gives for this platform.
  const followers =
    inputs.followers ?? inputs.kit?.platforms.find((p) => p.platform === inputs.platform)?.followers ?? null;
  const price = pricePerThousand({
    rate: rate?.amount ?? null,
    followers,
    realShare: inputs.fakeShare === null ? null : 1 - inputs.fakeShare,
    targetShare: fit.targetShare,
  });
  return { fit, price: { ...price, rate } };
}

export function priceRate(kit: MediaKit): KitRate | null {
  for (const d of PRICE_DELIVERABLES) {
    const r = kit.rates.find((x) => x.deliverable === d);
    if (r) return r;
  }
  return [...kit.rates].sort((a, b) => a.amount - b.amount)[0] ?? null;
}
