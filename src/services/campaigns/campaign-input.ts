// A new campaign as the API, the page and the CLI send it, checked in one round: zod for
// the shapes, then the domain rules (dates in order, KPIs that measure the goal, a landing
// page where the goal is counted in clicks). The call to action is not sent: it follows
// from the goal (core/campaign.ts).
import { z } from "zod";
import { GOAL_PLANS, GOALS, KPI_METRICS } from "../../core/campaign.js";
import { isDay } from "../../core/check-contract-terms.js";
import { VouchError } from "../../core/errors.js";

const day = z.string().refine(isDay, "must be a date (YYYY-MM-DD)");

export const campaignInputSchema = z.object({
  name: z.string().trim().min(1, "name the campaign").max(200),
  brandTargetId: z.number().int().positive().max(2_147_483_647).nullable().default(null),
  startsOn: day,
  endsOn: day,
  /** In minor units (cents) of `currency`. */
  budget: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable().default(null),
  currency: z
    .string()
    .refine(
      (c) => Intl.supportedValuesOf("currency").includes(c),
      "must be an ISO 4217 currency code (EUR, USD, GBP…)",
    ),
  goal: z.enum(GOALS),
  kpis: z
    .array(
      z.object({
        metric: z.enum(KPI_METRICS),
        target: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
      }),
    )
    .max(10),
  landingUrl: z
    .string()
    .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), "must be an http(s) link")
    .nullable()
    .default(null),
  products: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
});

export type CampaignInput = z.infer<typeof campaignInputSchema>;

export interface FieldIssue {
  path: string;
  message: string;
}

export function parseCampaignInput(input: unknown): CampaignInput {
  const parsed = campaignInputSchema.safeParse(input);
  const issues: FieldIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  if (parsed.success) {
    const c = parsed.data;
    if (c.endsOn < c.startsOn)
      issues.push({ path: "endsOn", message: `ends (${c.endsOn}) before it starts (${c.startsOn})` });
    const plan = GOAL_PLANS[c.goal];
    c.kpis.forEach((k, i) => {
      if (!plan.kpis.includes(k.metric))
        issues.push({
          path: `kpis.${i}.metric`,
          message: `${k.metric} does not measure the goal "${c.goal}" (it is measured in ${plan.kpis.join(", ")})`,
        });
    });
    if (plan.callToAction.includes("link") && c.landingUrl === null)
      issues.push({
        path: "landingUrl",
        message: `the goal "${c.goal}" counts clicks: give the landing page`,
      });
  }
  if (issues.length > 0 || !parsed.success) {
    const first = issues[0] as FieldIssue;
    throw new VouchError("invalid_input", `${first.path ? `${first.path}: ` : ""}${first.message}`, {
      field: first.path,
      issues,
    });
  }
  return parsed.data;
}
