// A creator's media kit as Vouch stores it: who they are on which platform, their
// audience as the platforms' insights break it down (gender, the platforms' own age
// bands, top countries and cities, optionally income), claimed figures, rates per
// deliverable and past brand work. Shares are percentages (0–100) as creators read
// them in their insights. checkKitShares is the domain rule for the breakdowns: each
// share in 0–100, a full breakdown summing to 100 within a tolerance, a top-N list
// summing to at most 100 (plus the tolerance). Errors name the field.
import type { Platform } from "./types.js";

/** Instagram's, TikTok's and YouTube's audience age bands. */
export const AGE_BANDS = ["13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Instagram reports F, M and U (unknown); "other" holds U and anything else. */
export const GENDERS = ["female", "male", "other"] as const;
export type Gender = (typeof GENDERS)[number];

/** Yearly household income, in the kit's currency. */
export const INCOME_BANDS = [
  "under_25k",
  "25k_50k",
  "50k_75k",
  "75k_100k",
  "100k_150k",
  "over_150k",
] as const;
export type IncomeBand = (typeof INCOME_BANDS)[number];

export const DELIVERABLES = ["feed_post", "reel", "story", "story_link", "blog_post", "video"] as const;
export type Deliverable = (typeof DELIVERABLES)[number];

/** Percentage points a full breakdown may be off 100 (rounding in the platforms' insights). */
export const SHARE_TOLERANCE = 2;

export interface KitPlatform {
  platform: Platform | "blog" | "other";
  handle: string;
  followers: number | null;
  /** Claimed engagement rate in percent (3.5 = 3.5%). */
  engagementRate: number | null;
}

export interface MediaKit {
  creatorName: string | null;
  platforms: KitPlatform[];
  gender: Partial<Record<Gender, number>> | null;
  ageBands: Partial<Record<AgeBand, number>> | null;
  /** ISO 3166-1 alpha-2 codes, upper case. */
  countries: { country: string; share: number }[];
  cities: { city: string; country: string | null; share: number }[];
  incomeBands: Partial<Record<IncomeBand, number>> | null;
  /** ISO 639-1 codes, lower case. */
  languages: { language: string; share: number }[];
  /** Claimed share of real followers, in percent; null when not stated. */
  realFollowerShare: number | null;
  rates: { deliverable: Deliverable; amount: number; currency: string }[];
  pastWork: { brand: string; year: number | null; description: string | null }[];
  notes: string | null;
}

export interface KitShareError {
  /** The form's field name, e.g. "ageBands" or "countries[2].share". */
  field: string;
  message: string;
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Every breakdown rule at once, so a form can show each error next to its field. */
export function checkKitShares(
  kit: Pick<MediaKit, "gender" | "ageBands" | "countries" | "cities" | "incomeBands" | "languages">,
): KitShareError[] {
  const errors: KitShareError[] = [];
  const range = (field: string, v: number) => {
    if (!(v >= 0 && v <= 100))
      errors.push({ field, message: `must be a share between 0 and 100 (got ${v})` });
  };
  const full = (field: string, label: string, values: Partial<Record<string, number>> | null) => {
    if (!values) return;
    const entries = Object.entries(values).filter(([, v]) => v !== undefined) as [string, number][];
    for (const [k, v] of entries) range(`${field}.${k}`, v);
    if (entries.length === 0) return;
    const total = sum(entries.map(([, v]) => v));
    if (Math.abs(total - 100) > SHARE_TOLERANCE)
      errors.push({
        field,
        message: `${label} shares add up to ${round1(total)}%; they should add up to 100% (±${SHARE_TOLERANCE})`,
      });
  };
  const top = (field: string, label: string, shares: readonly number[]) => {
    for (const [i, v] of shares.entries()) range(`${field}[${i}].share`, v);
    const total = sum(shares);
    if (total > 100 + SHARE_TOLERANCE)
      errors.push({
        field,
        message: `${label} shares add up to ${round1(total)}%; the top ${label.toLowerCase()} cannot be more than 100%`,
      });
  };
  full("gender", "Gender", kit.gender);
  full("ageBands", "Age band", kit.ageBands);
  top(
    "countries",
    "Countries",
    kit.countries.map((c) => c.share),
  );
  top(
    "cities",
    "Cities",
    kit.cities.map((c) => c.share),
  );
  full("incomeBands", "Income band", kit.incomeBands);
  top(
    "languages",
    "Languages",
    kit.languages.map((l) => l.share),
  );
  return errors;
}
