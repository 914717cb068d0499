// A contract's terms as the API and the CLI send them, checked in one round: zod for the
// shapes and bounds (so nothing unbounded reaches the database or the PDF), then the
// domain rules of checkContractTerms. Every issue comes at its field path in the form
// every API error uses ("terms.deliverables.1.goLive"); warnings (a link sticker for a
// creator at or under 10,000 followers) are returned, not thrown.
import { z } from "zod";
import { type CreatorFacts, checkContractTerms } from "../../core/check-contract-terms.js";
import {
  CONTRACT_PLATFORMS,
  type ContractTerms,
  DELIVERABLE_KINDS,
  JURISDICTIONS,
  MEDIA_KINDS,
  UNPAID_ON_CANCEL,
} from "../../core/contract-terms.js";
import { VouchError } from "../../core/errors.js";

// Shapes only: a bad date or currency is checkContractTerms' to name, in its words.
const day = z.string().max(10);
const text = (max: number) => z.string().max(max);
const int = z.number().int().min(-1_000_000).max(Number.MAX_SAFE_INTEGER);
const money = z.object({ amount: int, currency: text(3) });
const share = z.number().min(-1000).max(1000).nullable();

export const contractTermsSchema = z.object({
  from: day,
  to: day,
  deliverables: z
    .array(
      z.object({
        platform: z.enum(CONTRACT_PLATFORMS),
        kind: z.enum(DELIVERABLE_KINDS),
        count: int.max(100),
        frames: int.max(100).nullable(),
        media: z.enum(MEDIA_KINDS),
        creatorShare: share,
        productShare: share,
        draftDue: day.nullable(),
        goLive: day,
        minDaysLive: int.max(3650).nullable(),
        highlightDays: int.max(3650).nullable(),
        linkSticker: z.boolean(),
      }),
    )
    .max(30),
  content: z.object({
    captionRules: text(2000).nullable(),
    mentions: z.array(text(30)).max(20),
    hashtags: z.array(text(100)).max(30),
    links: z.array(text(500)).max(10),
    codes: z.array(text(50)).max(10),
  }),
  compensation: z.object({
    fee: money.nullable(),
    visit: z.object({ from: day, to: day, covers: text(500), value: money.nullable() }).nullable(),
    product: z.object({ description: text(500), value: money }).nullable(),
    commission: z
      .discriminatedUnion("kind", [
        z.object({ kind: z.literal("percent"), percent: z.number().min(-1000).max(1000), windowDays: int }),
        z.object({ kind: z.literal("flat"), perSale: money, windowDays: int }),
      ])
      .nullable(),
  }),
  payment: z.object({ instalments: z.array(z.object({ amount: money, due: day })).max(24) }),
  usage: z.object({
    channels: z.array(text(200)).max(20),
    paidAdsAllowlisting: z.boolean(),
    expires: day.nullable(),
  }),
  exclusivity: z.object({ category: text(200), until: day }).nullable(),
  disclosure: z.object({ jurisdictions: z.array(z.enum(JURISDICTIONS)).max(2), wording: text(100) }),
  cancellation: z.object({ noticeDays: int.max(3650), unpaid: z.enum(UNPAID_ON_CANCEL) }),
}) satisfies z.ZodType<ContractTerms>;

export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * A field path as every API error names it (zod's path joined with "."):
 * checkContractTerms' "deliverables[1].goLive" becomes "terms.deliverables.1.goLive".
 */
export function apiPath(field: string): string {
  return `terms.${field.replace(/\[(\d+)\]/g, ".$1")}`;
}

/** The terms, or invalid_input with every issue in details.issues; warnings come back. */
export function parseContractTerms(
  input: unknown,
  creator: CreatorFacts,
): { terms: ContractTerms; warnings: FieldIssue[] } {
  const parsed = contractTermsSchema.safeParse(input);
  let issues: FieldIssue[];
  let warnings: FieldIssue[] = [];
  if (!parsed.success)
    issues = parsed.error.issues.map((i) => ({
      path: ["terms", ...i.path.map(String)].join("."),
      message: i.message,
    }));
  else {
    const found = checkContractTerms(parsed.data, creator);
    const at = (i: (typeof found)[number]) => ({ path: apiPath(i.field), message: i.message });
    issues = found.filter((i) => i.severity === "error").map(at);
    warnings = found.filter((i) => i.severity === "warning").map(at);
  }
  if (issues.length > 0 || !parsed.success) {
    const first = issues[0] as FieldIssue;
    throw new VouchError("invalid_input", `${first.path}: ${first.message}`, { field: first.path, issues });
  }
  return { terms: parsed.data, warnings };
}
