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

/**
 * A target from untrusted input (API body, form, CLI file), or invalid_input naming the
 * field. Every problem comes in one answer (shape, codes, niches, the gender split), so a
 * form shows them all at once; the split is summed only from the shares that are numbers.
 */
export function parseBrandTarget(input: unknown): BrandTarget {
  const parsed = brandTargetSchema.safeParse(input);
  const issues = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: pathToString(i.path), message: i.message }));
  const raw = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const niches = Array.isArray(raw.niches) ? raw.niches : [];
  for (const [i, niche] of niches.entries())
    if (typeof niche === "string" && !NICHE_IDS.has(niche.trim()))
      issues.push({
        path: `niches[${i}]`,
        message: `unknown niche "${niche}"; known niches: ${[...NICHE_IDS].join(", ")}`,
      });
  const shareErrors = checkKitShares({
    gender: numbersOf(raw.gender),
    ageBands: null,
    countries: [],
    cities: [],
    incomeBands: null,
    languages: [],
  });
  for (const e of shareErrors)
    if (!issues.some((i) => i.path === e.field)) issues.push({ path: e.field, message: e.message });
  const first = issues[0];
  if (first || !parsed.success)
    throw new VouchError(
      "invalid_input",
      `${first?.path ? `${first.path}: ` : ""}${first?.message ?? "invalid input"}`,
      {
        field: first?.path ?? "",
        issues,
      },
    );
  const target = toBrandTarget(parsed.data);
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

/** The finite numbers of a {key: number} object, or null: what a sum can be made of. */
function numbersOf(v: unknown): Partial<Record<string, number>> | null {
  if (typeof v !== "object" || v === null) return null;
  const out = Object.fromEntries(
    Object.entries(v).filter((e): e is [string, number] => typeof e[1] === "number" && Number.isFinite(e[1])),
  );
  return Object.keys(out).length > 0 ? out : null;
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
