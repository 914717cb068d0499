// The public media-kit form's fields and their mapping to the MediaKit JSON, so the
// form works as a plain HTML POST without JavaScript: a fixed number of rows per
// list, and field names that are the kit's own paths ("countries[2].share",
// "ageBands.25-34"), which are also the names core's checkKitShares and zod's
// issues use, so every error lands next to its input. Blank rows are left out;
// numbers may be typed as "12,500", "3,5" or "35%"; a number that is none is an
// error naming its field before anything else is checked.

import { COUNTRY_ALIAS_CODES, readCountryCode } from "../../core/iso-codes.js";
import {
  AGE_BANDS,
  DELIVERABLES,
  GENDERS,
  INCOME_BANDS,
  type KitShareError,
  type MediaKit,
} from "../../core/media-kit.js";
import { PLATFORMS } from "../../core/types.js";

export const KIT_FORM_ROWS = {
  platforms: 3,
  countries: 5,
  cities: 5,
  languages: 3,
  rates: DELIVERABLES.length,
  pastWork: 3,
} as const;

export const KIT_PLATFORMS = [...PLATFORMS, "blog", "other"] as const;

export type FormValues = Record<string, string>;

/** Every input's name, in page order (for error anchors). */
export function kitFieldNames(): string[] {
  const out = ["creatorName"];
  const rows = (list: keyof typeof KIT_FORM_ROWS, cols: string[]) => {
    for (let i = 0; i < KIT_FORM_ROWS[list]; i++) for (const col of cols) out.push(`${list}[${i}].${col}`);
  };
  rows("platforms", ["platform", "handle", "followers", "engagementRate"]);
  out.push("realFollowerShare");
  for (const g of GENDERS) out.push(`gender.${g}`);
  for (const a of AGE_BANDS) out.push(`ageBands.${a}`);
  rows("countries", ["country", "share"]);
  rows("cities", ["city", "country", "share"]);
  rows("languages", ["language", "share"]);
  for (const b of INCOME_BANDS) out.push(`incomeBands.${b}`);
  rows("rates", ["deliverable", "amount", "currency"]);
  rows("pastWork", ["brand", "year", "description"]);
  out.push("notes");
  return out;
}

/** The posted form as the kit's JSON (for mediaKitSchema), with the numbers that are not numbers. */
export function formToKit(v: FormValues): { kit: Record<string, unknown>; errors: KitShareError[] } {
  const errors: KitShareError[] = [];
  const text = (name: string) => {
    const s = (v[name] ?? "").trim();
    return s === "" ? null : s;
  };
  const num = (name: string, kind: "decimal" | "count" | "money" | "year") => {
    const s = text(name);
    if (s === null) return null;
    const t = s.replace(/[\s'_]/g, "").replace(/%$/, "");
    const n =
      kind === "decimal"
        ? Number(t.includes(".") ? t.replace(/,/g, "") : t.replace(",", "."))
        : kind === "money"
          ? moneyValue(t)
          : countValue(t);
    if (t === "" || n === null || !Number.isFinite(n) || (kind === "year" && !Number.isInteger(n))) {
      errors.push({
        field: name,
        message:
          kind === "decimal"
            ? "must be a number, e.g. 12.5"
            : kind === "count"
              ? "must be a whole number, e.g. 12500 or 12,500"
              : kind === "money"
                ? "must be an amount, e.g. 1500, 1,500 or 1,500.00"
                : "must be a year, e.g. 2025",
      });
      return null;
    }
    return n;
  };
  const rows = <T>(list: keyof typeof KIT_FORM_ROWS, read: (p: string) => T | null) => {
    const out: T[] = [];
    for (let i = 0; i < KIT_FORM_ROWS[list]; i++) {
      const row = read(`${list}[${i}]`);
      if (row !== null) out.push(row);
    }
    return out;
  };
  const filled = (p: string, cols: string[]) => cols.some((c) => text(`${p}.${c}`) !== null);
  const breakdown = (section: string, keys: readonly string[]) => {
    const out: Record<string, number> = {};
    for (const k of keys) {
      const n = num(`${section}.${k}`, "decimal");
      if (n !== null) out[k] = n;
    }
    return Object.keys(out).length > 0 ? out : null;
  };

  const kit = {
    creatorName: text("creatorName"),
    platforms: rows("platforms", (p) =>
      filled(p, ["handle", "followers", "engagementRate"])
        ? {
            platform: text(`${p}.platform`) ?? "instagram",
            handle: (text(`${p}.handle`) ?? "").replace(/^@/, ""),
            followers: num(`${p}.followers`, "count"),
            engagementRate: num(`${p}.engagementRate`, "decimal"),
          }
        : null,
    ),
    realFollowerShare: num("realFollowerShare", "decimal"),
    gender: breakdown("gender", GENDERS),
    ageBands: breakdown("ageBands", AGE_BANDS),
    countries: rows("countries", (p) =>
      filled(p, ["country", "share"])
        ? { country: text(`${p}.country`) ?? "", share: num(`${p}.share`, "decimal") }
        : null,
    ),
    cities: rows("cities", (p) =>
      filled(p, ["city", "share"])
        ? {
            city: text(`${p}.city`) ?? "",
            country: text(`${p}.country`),
            share: num(`${p}.share`, "decimal"),
          }
        : null,
    ),
    languages: rows("languages", (p) =>
      filled(p, ["language", "share"])
        ? { language: text(`${p}.language`) ?? "", share: num(`${p}.share`, "decimal") }
        : null,
    ),
    incomeBands: breakdown("incomeBands", INCOME_BANDS),
    rates: rows("rates", (p) =>
      filled(p, ["amount"])
        ? {
            deliverable: text(`${p}.deliverable`),
            amount: num(`${p}.amount`, "money"),
            currency: text(`${p}.currency`) ?? "",
          }
        : null,
    ),
    pastWork: rows("pastWork", (p) =>
      filled(p, ["brand", "year", "description"])
        ? {
            brand: text(`${p}.brand`) ?? "",
            year: num(`${p}.year`, "year"),
            description: text(`${p}.description`),
          }
        : null,
    ),
    notes: text("notes"),
  };
  return { kit, errors };
}

/** The form's country inputs ("countries[0].country", "cities[1].country"). */
const isCountryField = (name: string) => name === "country" || name.endsWith(".country");

/** What the kit's codes were read as, said to the creator ("UK was read as GB…"), once each. */
export function codeNotes(v: FormValues): string[] {
  const notes = Object.entries(v)
    .filter(([name]) => isCountryField(name))
    .map(([, typed]) => readCountryCode(typed))
    .flatMap((r) => (r.ok && r.note ? [`${r.note}.`] : []));
  return [...new Set(notes)];
}

/** The aliases typed in country inputs, upper case, once each ("UK"). */
export function aliasesTyped(v: FormValues): string[] {
  const typed = Object.entries(v)
    .filter(([name]) => isCountryField(name))
    .map(([, t]) => t.trim().toUpperCase());
  return [...new Set(typed.filter((t) => (COUNTRY_ALIAS_CODES as string[]).includes(t)))];
}

/** A saved kit or draft as the form's values (the inverse of formToKit). */
export function kitToForm(kit: Partial<MediaKit> | null): FormValues {
  const v: FormValues = {};
  if (!kit) return v;
  const put = (name: string, value: unknown) => {
    if (value !== null && value !== undefined) v[name] = String(value);
  };
  put("creatorName", kit.creatorName);
  put("notes", kit.notes);
  put("realFollowerShare", kit.realFollowerShare);
  const list = <T extends object>(name: keyof typeof KIT_FORM_ROWS, items: T[] | undefined) => {
    for (const [i, item] of (items ?? []).slice(0, KIT_FORM_ROWS[name]).entries())
      for (const [k, value] of Object.entries(item)) put(`${name}[${i}].${k}`, value);
  };
  list("platforms", kit.platforms);
  list("countries", kit.countries);
  list("cities", kit.cities);
  list("languages", kit.languages);
  list("rates", kit.rates);
  list("pastWork", kit.pastWork);
  for (const section of ["gender", "ageBands", "incomeBands"] as const)
    for (const [k, value] of Object.entries(kit[section] ?? {})) put(`${section}.${k}`, value);
  return v;
}

/**
 * A whole number, with or without thousands separators ("12500", "12,500", "12.500");
 * "12.5" is no count (it is not read as 125).
 */
function countValue(t: string): number | null {
  if (/^\d+$/.test(t) || /^\d{1,3}([,.])\d{3}(\1\d{3})*$/.test(t)) return Number(t.replace(/[,.]/g, ""));
  return null;
}

/**
 * An amount of money: thousands groups with either separator and optional cents with the
 * other ("1,500", "1.500", "1,500.00", "1.500,00"), or plain with optional cents ("1500",
 * "1500.5", "15,50"). "1,500,50" is ambiguous and refused rather than guessed.
 */
function moneyValue(t: string): number | null {
  const grouped = /^(\d{1,3}(?:([,.])\d{3})(?:\2\d{3})*)(?:([,.])(\d{1,2}))?$/.exec(t);
  if (grouped && grouped[3] !== grouped[2]) {
    const whole = (grouped[1] as string).replace(/[,.]/g, "");
    return Number(grouped[4] ? `${whole}.${grouped[4]}` : whole);
  }
  const plain = /^(\d+)(?:[,.](\d{1,2}))?$/.exec(t);
  if (plain) return Number(plain[2] ? `${plain[1]}.${plain[2]}` : plain[1]);
  return null;
}
