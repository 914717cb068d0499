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
  if (mode === "draft") {
    const r = draftSchema.safeParse(input);
    if (!r.success) throw kitInputError(issuesOf(r.error));
    return r.data as Partial<MediaKit>;
  }
  const r = mediaKitSchema.safeParse(input);
  if (!r.success) throw kitInputError(issuesOf(r.error));
  const kit = toMediaKit(r.data);
  const shares = checkKitShares(kit);
  // A submitted kit says at least who the creator is on one platform: an empty form is no kit.
  if (kit.platforms.length === 0)
    shares.unshift({ field: "platforms", message: "give at least one platform and handle" });
  if (shares.length > 0) throw kitInputError(shares);
  return kit;
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
