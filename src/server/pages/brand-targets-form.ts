// The brand-target form's schema: what the plain HTML form posts (countries and cities
// as comma-separated text, bands, niches and languages as repeated checkboxes, the
// gender split as three optional percentages) read with zod, and turned into the API's
// input (brandTargetSchema, which the services check both with). Text stays text until
// then, so a rejected form shows exactly what was typed; a service's refusal names a
// field of that input, and formErrors puts it next to the form's field.
import { z } from "zod";
import type { BrandTarget } from "../../core/brand-target.js";
import { cleanText } from "../../core/clean-text.js";
import { VouchError } from "../../core/errors.js";
import { GENDER_LABELS } from "../../core/labels.js";
import { GENDERS, type Gender } from "../../core/media-kit.js";
import type { brandTargetSchema } from "../../ingest/media-kit-schema.js";
import type { PageContext } from "./page-context.js";

/** The form's input of each share of the gender split. */
export const GENDER_FIELDS: Record<Gender, "genderFemale" | "genderMale" | "genderOther"> = {
  female: "genderFemale",
  male: "genderMale",
  other: "genderOther",
};

const strings = (v: unknown) =>
  [v ?? []]
    .flat()
    .filter((x): x is string => typeof x === "string")
    .map(cleanText);
const text = z.preprocess((v) => strings(v)[0] ?? "", z.string());
const list = z.preprocess(strings, z.array(z.string()));

export const BrandTargetForm = z.object({
  name: text,
  countries: text,
  cities: text,
  ageBands: list,
  incomeBands: list,
  niches: list,
  languages: list,
  genderFemale: text,
  genderMale: text,
  genderOther: text,
});
export type BrandTargetFormValues = z.infer<typeof BrandTargetForm>;

/** Errors by form field: name, countries, cities, ageBands, incomeBands, niches, languages, gender. */
export type FieldErrors = Partial<Record<string, string[]>>;

export const EMPTY_FORM: BrandTargetFormValues = BrandTargetForm.parse({});

export async function readBrandTargetForm(c: PageContext): Promise<BrandTargetFormValues> {
  try {
    return BrandTargetForm.parse(await c.req.parseBody({ all: true }));
  } catch {
    throw new VouchError("invalid_input", "the form could not be read");
  }
}

const splitList = (s: string) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

type BrandTargetInput = z.input<typeof brandTargetSchema>;

/** The API's input from the form; a percentage that is not a number is caught here. */
export function toBrandTargetInput(v: BrandTargetFormValues): {
  input: BrandTargetInput | null;
  errors: FieldErrors;
} {
  const gender: Partial<Record<Gender, number>> = {};
  const errors: string[] = [];
  for (const g of GENDERS) {
    const raw = v[GENDER_FIELDS[g]].trim();
    if (!raw) continue;
    const n = Number(raw.replace(",", "."));
    if (!Number.isFinite(n)) errors.push(`${GENDER_LABELS[g]}: “${raw}” is not a number`);
    else gender[g] = n;
  }
  if (errors.length) return { input: null, errors: { gender: errors } };
  return {
    input: {
      name: v.name,
      countries: splitList(v.countries),
      cities: splitList(v.cities),
      ageBands: v.ageBands as BrandTargetInput["ageBands"],
      incomeBands: v.incomeBands as BrandTargetInput["incomeBands"],
      niches: v.niches,
      languages: v.languages,
      gender: Object.keys(gender).length ? gender : null,
    },
    errors: {},
  };
}

/** A stored target as the form shows it for editing. */
export function brandTargetFormValues(t: BrandTarget): BrandTargetFormValues {
  const pct = (g: Gender) => (t.gender?.[g] === undefined ? "" : String(t.gender[g]));
  return {
    name: t.name,
    countries: t.countries.join(", "),
    cities: t.cities.join(", "),
    ageBands: t.ageBands,
    incomeBands: t.incomeBands,
    niches: t.niches,
    languages: t.languages,
    genderFemale: pct("female"),
    genderMale: pct("male"),
    genderOther: pct("other"),
  };
}

/** A service's refusal as errors next to the fields; anything else is the error page's. */
export function formErrors(err: unknown): { errors: FieldErrors; status: 400 | 409 } {
  if (!(err instanceof VouchError) || (err.code !== "invalid_input" && err.code !== "conflict")) throw err;
  const issues = Array.isArray(err.details.issues)
    ? (err.details.issues as { path: string; message: string }[])
    : [{ path: String(err.details.field ?? ""), message: stripField(err.message) }];
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = /^[A-Za-z]+/.exec(issue.path)?.[0] ?? "name";
    const where = entryName(issue.path, key);
    errors[key] = [...(errors[key] ?? []), where ? `${where}: ${issue.message}` : issue.message];
  }
  return { errors, status: err.code === "conflict" ? 409 : 400 };
}

const stripField = (message: string) => message.replace(/^[\w.[\]]+: /, "");

/** "countries[1]" → "entry 2"; "gender.female" → "Female"; the field itself → "". */
function entryName(path: string, key: string): string {
  const rest = path.slice(key.length);
  const index = /^\[(\d+)\]/.exec(rest);
  if (index) return `entry ${Number(index[1]) + 1}`;
  const sub = /^\.(\w+)/.exec(rest)?.[1];
  return sub ? (GENDER_LABELS[sub as Gender] ?? sub) : "";
}
