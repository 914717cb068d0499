// What every brand-target service shares: the input read with brandTargetSchema (the
// same zod schema as the API's body), niche ids checked against src/core/niches.json,
// a gender split checked with core's share rule (100 ± SHARE_TOLERANCE), and the
// stored row turned into the shape the API, pages and CLI show. Every error is
// invalid_input naming its field, so a form can put it next to that field.
import type { Kysely } from "kysely";
import type { BrandTarget } from "../../core/brand-target.js";
import { VouchError } from "../../core/errors.js";
import { checkKitShares, GENDERS } from "../../core/media-kit.js";
import taxonomy from "../../core/niches.json" with { type: "json" };
import type { DB } from "../../db/schema.js";
import { brandTargetSchema, toBrandTarget } from "../../ingest/media-kit-schema.js";
import { pathToString } from "../../ingest/zod-error.js";

/** The niches a target may name, in the taxonomy's order. */
export const NICHE_CHOICES: readonly { id: string; label: string }[] = taxonomy.niches.map((n) => ({
  id: n.id,
  label: n.label,
}));
const NICHE_IDS = new Set(NICHE_CHOICES.map((n) => n.id));

/** A target from untrusted input (API body, form, CLI file), or invalid_input naming the field. */
export function parseBrandTarget(input: unknown): BrandTarget {
  const parsed = brandTargetSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? pathToString(issue.path) : "";
    throw new VouchError(
      "invalid_input",
      `${field ? `${field}: ` : ""}${issue?.message ?? "invalid input"}`,
      {
        field,
        issues: parsed.error.issues.map((i) => ({ path: pathToString(i.path), message: i.message })),
      },
    );
  }
  const target = toBrandTarget(parsed.data);
  for (const [i, niche] of target.niches.entries())
    if (!NICHE_IDS.has(niche))
      throw new VouchError(
        "invalid_input",
        `niches[${i}]: unknown niche "${niche}"; known niches: ${[...NICHE_IDS].join(", ")}`,
        { field: "niches", value: niche },
      );
  const shareErrors = checkKitShares({
    gender: target.gender,
    ageBands: null,
    countries: [],
    cities: [],
    incomeBands: null,
    languages: [],
  });
  const first = shareErrors[0];
  if (first)
    throw new VouchError("invalid_input", `${first.field}: ${first.message}`, {
      field: first.field,
      issues: shareErrors.map((e) => ({ path: e.field, message: e.message })),
    });
  // Repeated entries say nothing more; keep the first of each.
  return {
    ...target,
    countries: unique(target.countries),
    cities: unique(target.cities),
    ageBands: unique(target.ageBands),
    incomeBands: unique(target.incomeBands),
    niches: unique(target.niches),
    languages: unique(target.languages),
  };
}

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** The spec column: the target without its name (the name has its own column). */
export function specJson(t: BrandTarget): string {
  const { name: _name, ...spec } = t;
  return JSON.stringify(spec);
}

export interface BrandTargetView extends BrandTarget {
  id: number;
  createdAt: string;
  updatedAt: string;
}

export interface BrandTargetRow {
  id: number;
  name: string;
  spec: unknown;
  created_at: unknown;
  updated_at: unknown;
}

export function brandTargetView(row: BrandTargetRow): BrandTargetView {
  const spec = (typeof row.spec === "string" ? JSON.parse(row.spec) : row.spec) as Omit<BrandTarget, "name">;
  return {
    id: row.id,
    name: row.name,
    countries: spec.countries ?? [],
    cities: spec.cities ?? [],
    ageBands: spec.ageBands ?? [],
    gender: ordered(spec.gender ?? null),
    incomeBands: spec.incomeBands ?? [],
    niches: spec.niches ?? [],
    languages: spec.languages ?? [],
    createdAt: new Date(row.created_at as Date).toISOString(),
    updatedAt: new Date(row.updated_at as Date).toISOString(),
  };
}

/** jsonb keeps keys in its own order; answers list them as GENDERS does. */
function ordered(gender: BrandTarget["gender"]): BrandTarget["gender"] {
  if (!gender) return null;
  const out: NonNullable<BrandTarget["gender"]> = {};
  for (const g of GENDERS) if (gender[g] !== undefined) out[g] = gender[g];
  return out;
}

export const BRAND_TARGET_COLUMNS = ["id", "name", "spec", "created_at", "updated_at"] as const;

export function nameTaken(name: string): VouchError {
  return new VouchError("conflict", `a brand target named "${name}" already exists in this workspace`, {
    field: "name",
    name,
  });
}

/** Refuses a name another target of the workspace has (`exceptId`: the target being renamed). */
export async function assertNameFree(
  db: Kysely<DB>,
  workspaceId: number,
  name: string,
  exceptId: number | null = null,
): Promise<void> {
  let q = db
    .selectFrom("brand_targets")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("name", "=", name);
  if (exceptId !== null) q = q.where("id", "!=", exceptId);
  if (await q.executeTakeFirst()) throw nameTaken(name);
}

/** PostgreSQL's unique_violation, as pg and PGlite report it. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "23505";
}
