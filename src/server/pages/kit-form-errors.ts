// Where an error of the media-kit form belongs and what it is called. Core's share
// checks and zod name the kit's paths ("countries[2].share", "ageBands"); each error is
// shown at the input, row or section of that path (the nearest enclosing one the form
// has), and the summary at the top names it in words ("Top countries, row 3, share").
import { INCOME_BAND_LABELS } from "../../core/labels.js";
import type { IncomeBand, KitShareError } from "../../core/media-kit.js";
import { KIT_FORM_ROWS, kitFieldNames } from "./kit-form-fields.js";

/** The sections' names in the summary; also every section an error may land on. */
const SECTION_LABELS: Record<string, string> = {
  creatorName: "Your name",
  platforms: "Platforms",
  realFollowerShare: "Real followers",
  gender: "Gender",
  ageBands: "Age",
  countries: "Top countries",
  cities: "Top cities",
  languages: "Languages",
  incomeBands: "Household income",
  rates: "Rates",
  pastWork: "Past brand work",
  notes: "Notes",
  files: "Files",
  kit: "Media kit",
};

const COLUMN_LABELS: Record<string, string> = {
  platform: "platform",
  handle: "handle",
  followers: "followers",
  engagementRate: "engagement rate",
  country: "country",
  city: "city",
  language: "language",
  share: "share",
  deliverable: "deliverable",
  amount: "amount",
  currency: "currency",
  brand: "brand",
  year: "year",
  description: "what you did",
};

/** "countries[2].share" → "Top countries, row 3, share". */
export function labelOf(field: string): string {
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.(.+))?$/.exec(field);
  if (!m) return field;
  const [, section = "", row, rest] = m;
  const parts = [SECTION_LABELS[section] ?? section];
  if (row !== undefined) parts.push(`row ${Number(row) + 1}`);
  if (rest) parts.push(COLUMN_LABELS[rest] ?? INCOME_BAND_LABELS[rest as IncomeBand] ?? rest);
  return parts.join(", ");
}

const KNOWN = new Set([
  ...kitFieldNames(),
  ...Object.keys(SECTION_LABELS),
  ...Object.entries(KIT_FORM_ROWS).flatMap(([list, n]) =>
    Array.from({ length: n }, (_, i) => `${list}[${i}]`),
  ),
]);

/** The input, row or section an error belongs to: the field itself, else the nearest enclosing one. */
export function anchorOf(field: string): string {
  let f = field;
  for (;;) {
    if (KNOWN.has(f)) return f;
    const shorter = f.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
    if (shorter === f || shorter === "") return "kit";
    f = shorter;
  }
}

/** The messages of each anchor, joined: what the form shows next to that input, row or section. */
export type ErrorMap = Map<string, string>;

export function errorMap(errors: KitShareError[]): ErrorMap {
  const lists = new Map<string, string[]>();
  for (const e of errors) {
    const a = anchorOf(e.field);
    lists.set(a, [...(lists.get(a) ?? []), e.message]);
  }
  return new Map([...lists].map(([a, list]) => [a, list.join("; ")]));
}
