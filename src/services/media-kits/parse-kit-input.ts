// A media kit from outside (the public form, parsed into JSON): zod's shape check
// (mediaKitSchema), then, for a submission, core's share rules (checkKitShares).
// Every problem is listed with the field it belongs to, in the form's field names
// ("countries[2].share", "ageBands"), so the form can show each next to its input.
// A draft may be incomplete: sections may be missing and shares need not add up,
// but what is there must have the right shape (a share of 140 is never stored).
import type { z } from "zod";
import { VouchError } from "../../core/errors.js";
import { checkKitShares, type KitShareError, type MediaKit } from "../../core/media-kit.js";
import { mediaKitSchema, toMediaKit } from "../../ingest/media-kit-schema.js";

export type KitFieldError = KitShareError;

const draftSchema = mediaKitSchema.partial();

export function parseKitInput(input: unknown, mode: "draft"): Partial<MediaKit>;
export function parseKitInput(input: unknown, mode: "submit"): MediaKit;
export function parseKitInput(input: unknown, mode: "draft" | "submit"): Partial<MediaKit> | MediaKit {
  const errors = kitInputErrors(input, mode);
  if (errors.length > 0) throw kitInputError(errors);
  const r = (mode === "draft" ? draftSchema : mediaKitSchema).parse(input);
  return mode === "draft" ? (r as Partial<MediaKit>) : toMediaKit(r as z.output<typeof mediaKitSchema>);
}

/**
 * Every problem of a kit in one round: the shape and codes (zod) and, for a submission,
 * the share sums and the one platform a kit needs, so a creator fixes them all at once
 * rather than in three rounds. The sums are taken over the shares that are numbers (a
 * share zod refused counts as 0), and a field zod already named is not named twice.
 */
export function kitInputErrors(input: unknown, mode: "draft" | "submit"): KitFieldError[] {
  const r = (mode === "draft" ? draftSchema : mediaKitSchema).safeParse(input);
  const errors = r.success ? [] : issuesOf(r.error);
  if (mode === "draft") return errors;
  const raw = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const named = new Set(errors.map((e) => e.field));
  // checkKitShares reads only the rows' shares; the rows' other fields are zod's.
  type Rows = Pick<MediaKit, "countries" | "cities" | "languages">;
  const more = checkKitShares({
    gender: numbers(raw.gender),
    ageBands: numbers(raw.ageBands),
    incomeBands: numbers(raw.incomeBands),
    countries: shares(raw.countries) as Rows["countries"],
    cities: shares(raw.cities) as Rows["cities"],
    languages: shares(raw.languages) as Rows["languages"],
  }).filter((e) => !named.has(e.field));
  // A submitted kit says at least who the creator is on one platform: an empty form is no kit.
  if (!Array.isArray(raw.platforms) || raw.platforms.length === 0)
    more.unshift({ field: "platforms", message: "give at least one platform and handle" });
  return [...errors, ...more];
}

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

function numbers(v: unknown): Record<string, number> | null {
  if (typeof v !== "object" || v === null) return null;
  const out = Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => isNumber(e[1])));
  return Object.keys(out).length > 0 ? out : null;
}

/** The rows' shares by position (rows keep their index, so errors keep their field names). */
function shares(v: unknown): { share: number }[] {
  if (!Array.isArray(v)) return [];
  return v.map((row) => {
    const share = typeof row === "object" && row !== null ? (row as { share?: unknown }).share : null;
    return { share: isNumber(share) ? share : 0 };
  });
}

/** invalid_input whose message names every field and whose details list them. */
export function kitInputError(errors: KitFieldError[]): VouchError {
  const message = errors.map((e) => `${e.field}: ${e.message}`).join("; ");
  return new VouchError("invalid_input", message || "the media kit is not valid", {
    field: errors[0]?.field ?? null,
    errors,
  });
}

function issuesOf(error: z.ZodError): KitFieldError[] {
  return error.issues.map((i) => ({ field: fieldName(i.path), message: i.message }));
}

/** ["countries", 2, "share"] → "countries[2].share" (checkKitShares' spelling). */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out === "" ? String(p) : `.${String(p)}`;
  return out || "kit";
}
