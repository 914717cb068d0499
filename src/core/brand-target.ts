// A brand's target audience, one of several per workspace: where its customers live,
// their ages, gender split, income, the niches and languages it wants. Empty lists mean
// "any": a target without countries does not judge countries.
import type { AgeBand, Gender, IncomeBand } from "./media-kit.js";

export interface BrandTarget {
  name: string;
  /** ISO 3166-1 alpha-2 codes, upper case. */
  countries: string[];
  /** Free text (regions or cities the brand sells in), matched against a kit's cities. */
  cities: string[];
  ageBands: AgeBand[];
  /** The target's gender split in percent (e.g. {female: 80, male: 20}); null = any. */
  gender: Partial<Record<Gender, number>> | null;
  incomeBands: IncomeBand[];
  /** Niche ids of src/core/niches.json. */
  niches: string[];
  /** ISO 639-1 codes, lower case. */
  languages: string[];
}
