// The words a person reads for the domain's codes: audience bands, genders, deliverables,
// the platforms a kit may name and the languages a target offers. One table per code list,
// so the kit form, the brand's pages, the report and the CLI cannot drift one label at a time.
// Each table is keyed by the code list it names (the compiler checks every code has a label).
import { AGE_BANDS, type AgeBand, type Deliverable, type Gender, type IncomeBand } from "./media-kit.js";
import type { Platform } from "./types.js";

/** Age bands read as the platforms write them ("25-34"). */
export const AGE_BAND_LABELS: Record<AgeBand, string> = Object.fromEntries(
  AGE_BANDS.map((b) => [b, b]),
) as Record<AgeBand, string>;

/** Yearly household income, in the kit's currency. */
export const INCOME_BAND_LABELS: Record<IncomeBand, string> = {
  under_25k: "Under 25k",
  "25k_50k": "25k–50k",
  "50k_75k": "50k–75k",
  "75k_100k": "75k–100k",
  "100k_150k": "100k–150k",
  over_150k: "Over 150k",
};

/** "other" holds what Instagram reports as U (unknown) and anything else. */
export const GENDER_LABELS: Record<Gender, string> = {
  female: "Female",
  male: "Male",
  other: "Other or unknown",
};

export const DELIVERABLE_LABELS: Record<Deliverable, string> = {
  feed_post: "Feed post",
  reel: "Reel",
  story: "Story",
  story_link: "Story with link",
  blog_post: "Blog post",
  video: "Video",
};

export const KIT_PLATFORM_LABELS: Record<Platform | "blog" | "other", string> = {
  instagram: "Instagram",
  youtube: "YouTube",
  tiktok: "TikTok",
  blog: "Blog",
  other: "Other",
};

/** Languages a brand target offers as choices (ISO 639-1), by name; other codes are shown as codes. */
export const LANGUAGE_LABELS: Readonly<Record<string, string>> = {
  en: "English",
  de: "German",
  fr: "French",
  es: "Spanish",
  it: "Italian",
  pt: "Portuguese",
  nl: "Dutch",
  pl: "Polish",
  sv: "Swedish",
  da: "Danish",
  no: "Norwegian",
  fi: "Finnish",
  tr: "Turkish",
  ar: "Arabic",
  hi: "Hindi",
  ja: "Japanese",
  ko: "Korean",
  zh: "Chinese",
};
