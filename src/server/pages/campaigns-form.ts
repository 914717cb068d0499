// The campaign form's schema: what the plain HTML form posts (dates, a budget in the
// currency's major units as typed, up to three KPI rows, products separated by commas),
// read with zod and turned into the API's input (campaign-input.ts, which the service
// checks). Text stays text until then, so a refused form shows what was typed; every
// refusal of the service names a field of that input, and campaignFormErrors puts each
// next to the form's field.
import { z } from "zod";
import { cleanText } from "../../core/clean-text.js";
import { VouchError } from "../../core/errors.js";
import { parseCampaignInput } from "../../services/campaigns/campaign-input.js";
import type { PageContext } from "./page-context.js";

/** KPI rows on the form: a campaign rarely counts more than three things. */
export const KPI_ROWS = 3;

const text = z.preprocess((v) => (typeof v === "string" ? cleanText(v) : ""), z.string());

export const CampaignForm = z.object({
  name: text,
  startsOn: text,
  endsOn: text,
  currency: text,
  budget: text,
  goal: text,
  landingUrl: text,
  products: text,
  brandTargetId: text,
  ...Object.fromEntries(
    Array.from({ length: KPI_ROWS }, (_, i) => [
      [`kpiMetric${i}`, text],
      [`kpiTarget${i}`, text],
    ]).flat(),
  ),
});
export type CampaignFormValues = Record<string, string>;

/** Errors by form field name. */
export type FieldErrors = Partial<Record<string, string[]>>;

export const EMPTY_CAMPAIGN_FORM: CampaignFormValues = {
  ...CampaignForm.parse({}),
  currency: "EUR",
  goal: "sell",
};

export async function readCampaignForm(c: PageContext): Promise<CampaignFormValues> {
  try {
    return CampaignForm.parse(await c.req.parseBody()) as CampaignFormValues;
  } catch {
    throw new VouchError("invalid_input", "the form could not be read");
  }
}

/** Digits after the point in a currency's minor unit (EUR 2, JPY 0), from Intl. */
export function minorDigits(currency: string): number | null {
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return null;
  }
}

/**
 * The API's input from the form, and every error of it in one round: a budget or a KPI
 * target that is not a number is caught here (and left out of the input), the rest by the
 * same check the service runs (parseCampaignInput). The input is null when anything is wrong.
 */
export function checkCampaignForm(v: CampaignFormValues): {
  input: Record<string, unknown> | null;
  errors: FieldErrors;
} {
  const { input, errors } = toCampaignInput(v);
  try {
    parseCampaignInput(input);
  } catch (err) {
    for (const [field, messages] of Object.entries(campaignFormErrors(err).errors))
      errors[field] = [...(errors[field] ?? []), ...(messages ?? [])];
  }
  return { input: Object.keys(errors).length ? null : input, errors };
}

function toCampaignInput(v: CampaignFormValues): { input: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => {
    errors[field] = [...(errors[field] ?? []), message];
  };
  const currency = v.currency?.trim().toUpperCase() ?? "";
  let budget: number | null = null;
  const rawBudget = (v.budget ?? "").trim().replaceAll(/[\s,_]/g, "");
  if (rawBudget) {
    const digits = minorDigits(currency) ?? 2;
    const n = Number(rawBudget);
    if (!/^\d+(\.\d+)?$/.test(rawBudget) || !Number.isFinite(n))
      add("budget", `“${v.budget}” is not an amount`);
    else if ((rawBudget.split(".")[1]?.length ?? 0) > digits)
      add(
        "budget",
        `${currency || "the currency"} has ${digits} digit${digits === 1 ? "" : "s"} after the point`,
      );
    else budget = Math.round(n * 10 ** digits);
  }
  const kpis: { metric: string; target: number }[] = [];
  for (let i = 0; i < KPI_ROWS; i++) {
    const metric = v[`kpiMetric${i}`]?.trim() ?? "";
    const raw = (v[`kpiTarget${i}`] ?? "").trim().replaceAll(/[\s,_]/g, "");
    if (!metric && !raw) continue;
    if (!metric) add(`kpiMetric${i}`, "choose what the target counts");
    else if (!/^\d+$/.test(raw))
      add(`kpiTarget${i}`, raw ? `“${raw}” is not a whole number` : "give the target");
    else kpis.push({ metric, target: Number(raw) });
  }
  const brandTarget = v.brandTargetId?.trim() ?? "";
  const input = {
    name: v.name ?? "",
    startsOn: v.startsOn ?? "",
    endsOn: v.endsOn ?? "",
    currency,
    budget,
    goal: v.goal ?? "",
    kpis,
    landingUrl: v.landingUrl?.trim() ? v.landingUrl.trim() : null,
    products: (v.products ?? "")
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean),
    brandTargetId: /^\d+$/.test(brandTarget) ? Number(brandTarget) : null,
  };
  return { input, errors };
}

/**
 * A service's refusal as errors next to the fields ("kpis.1.metric" → the second KPI row's
 * metric, "kpis" → the first row); anything else is the error page's.
 */
export function campaignFormErrors(err: unknown): { errors: FieldErrors; status: 400 | 409 } {
  if (!(err instanceof VouchError) || (err.code !== "invalid_input" && err.code !== "conflict")) throw err;
  const issues = Array.isArray(err.details.issues)
    ? (err.details.issues as { path: string; message: string }[])
    : [{ path: String(err.details.field ?? "name"), message: err.message.replace(/^[\w.]+: /, "") }];
  const errors: FieldErrors = {};
  for (const { path, message } of issues) {
    const kpi = /^kpis(?:\.(\d+)(?:\.(metric|target))?)?/.exec(path);
    const field = kpi
      ? `${kpi[2] === "target" ? "kpiTarget" : "kpiMetric"}${kpi[1] ?? 0}`
      : (/^[A-Za-z]+/.exec(path)?.[0] ?? "name");
    errors[field] = [...(errors[field] ?? []), message];
  }
  return { errors, status: err.code === "conflict" ? 409 : 400 };
}
