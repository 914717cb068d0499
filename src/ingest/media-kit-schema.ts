// zod schemas at the edge for what a creator sends in a media kit (the public form and
// the API take the same JSON shape) and for a brand's target audience. Shapes only; the
// rules across fields (shares adding up) are core's checkKitShares, run by the services,
// so every error names its field either way.
import { z } from "zod";
import type { BrandTarget } from "../core/brand-target.js";
import { readCountryCode, readLanguageCode } from "../core/iso-codes.js";
import { AGE_BANDS, DELIVERABLES, GENDERS, INCOME_BANDS, type MediaKit } from "../core/media-kit.js";
import { PLATFORMS } from "../core/types.js";
import { countSchema, textSchema } from "./field-schemas.js";

const share = z.number().min(0, "must be at least 0").max(100, "must be at most 100");
const shortText = (max: number) =>
  textSchema.pipe(z.string().trim().min(1, "is required").max(max, `is longer than ${max} characters`));
const optionalText = (max: number) =>
  textSchema
    .pipe(z.string().trim().max(max, `is longer than ${max} characters`))
    .nullish()
    .transform((v) => (v ? v : null));
// Checked against the ISO lists (core/iso-codes.ts): "UK" is read as GB, an unknown
// code is refused with a suggestion, since a code no data uses would match nothing.
const country = z.string().transform((v, ctx) => {
  const r = readCountryCode(v);
  if (!r.ok) ctx.addIssue({ code: "custom", message: r.message });
  return r.ok ? r.code : z.NEVER;
});
const language = z.string().transform((v, ctx) => {
  const r = readLanguageCode(v);
  if (!r.ok) ctx.addIssue({ code: "custom", message: r.message });
  return r.ok ? r.code : z.NEVER;
});
const currency = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, "must be a three-letter currency code (ISO 4217), e.g. EUR")
  .transform((v) => v.toUpperCase());
const breakdown = <K extends string>(keys: readonly K[]) =>
  z
    .partialRecord(z.enum(keys as unknown as [K, ...K[]]), share)
    .nullish()
    .transform((v) => v ?? null);

export const mediaKitSchema = z.object({
  creatorName: optionalText(120),
  platforms: z
    .array(
      z.object({
        platform: z.enum([...PLATFORMS, "blog", "other"]),
        handle: shortText(100),
        followers: countSchema.nullish().transform((v) => v ?? null),
        engagementRate: share.nullish().transform((v) => v ?? null),
      }),
    )
    .max(10, "at most 10 platforms"),
  gender: breakdown(GENDERS),
  ageBands: breakdown(AGE_BANDS),
  countries: z.array(z.object({ country, share })).max(20, "at most 20 countries").default([]),
  cities: z
    .array(z.object({ city: shortText(100), country: country.nullish().transform((v) => v ?? null), share }))
    .max(20, "at most 20 cities")
    .default([]),
  incomeBands: breakdown(INCOME_BANDS),
  languages: z.array(z.object({ language, share })).max(20, "at most 20 languages").default([]),
  realFollowerShare: share.nullish().transform((v) => v ?? null),
  rates: z
    .array(
      z.object({
        deliverable: z.enum(DELIVERABLES),
        amount: z.number().min(0, "must be at least 0").max(10_000_000, "is too large"),
        currency,
      }),
    )
    .max(20, "at most 20 rates")
    .default([]),
  pastWork: z
    .array(
      z.object({
        brand: shortText(120),
        year: z
          .number()
          .int()
          .min(1990)
          .max(2100)
          .nullish()
          .transform((v) => v ?? null),
        description: optionalText(500),
      }),
    )
    .max(30, "at most 30 entries")
    .default([]),
  notes: optionalText(2000),
});

export type MediaKitInput = z.input<typeof mediaKitSchema>;

export const brandTargetSchema = z.object({
  name: shortText(80),
  countries: z.array(country).max(50).default([]),
  cities: z.array(shortText(100)).max(50).default([]),
  ageBands: z.array(z.enum(AGE_BANDS)).default([]),
  gender: breakdown(GENDERS),
  incomeBands: z.array(z.enum(INCOME_BANDS)).default([]),
  niches: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  languages: z.array(language).max(20).default([]),
});

// The parsed shapes are core's types (checked by the compiler).
export const toMediaKit = (k: z.output<typeof mediaKitSchema>): MediaKit => k;
export const toBrandTarget = (t: z.output<typeof brandTargetSchema>): BrandTarget => t;
