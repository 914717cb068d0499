// A tracked link as the API, the page and the CLI send it, checked in one round: the
// destination (http(s), no credentials; the campaign's landing page when left out), a
// custom slug or none (then one is generated), and an expiry. The rules themselves are
// core's (link-slug.ts, link-destination.ts); this is their zod edge.
import { z } from "zod";
import { VouchError } from "../../core/errors.js";
import { destinationProblem } from "../../core/link-destination.js";
import { slugProblem } from "../../core/link-slug.js";

const time = z.iso.datetime({ offset: true, message: "must be a time such as 2027-04-30T23:59:00Z" });

export const linkInputSchema = z.object({
  destination: z
    .string()
    .trim()
    .superRefine((d, ctx) => {
      const problem = destinationProblem(d);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .nullable()
    .default(null),
  slug: z
    .string()
    .trim()
    .superRefine((s, ctx) => {
      const problem = slugProblem(s);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .nullable()
    .default(null),
  expiresAt: time.nullable().default(null),
});

export type LinkInput = z.infer<typeof linkInputSchema>;

export const linkUpdateSchema = z
  .object({ enabled: z.boolean().optional(), expiresAt: time.nullable().optional() })
  .refine((u) => u.enabled !== undefined || u.expiresAt !== undefined, "change enabled or expiresAt");

export type LinkUpdate = z.infer<typeof linkUpdateSchema>;

/** The input parsed, or invalid_input naming every problem at its field. */
export function parseLinkInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const first = issues[0] ?? { path: "", message: "invalid input" };
  throw new VouchError("invalid_input", `${first.path ? `${first.path}: ` : ""}${first.message}`, {
    field: first.path,
    issues,
  });
}

/** An expiry must lie ahead: a link made already expired would answer 404 from its first click. */
export function checkExpiry(expiresAt: string | null | undefined, now: number): Date | null | undefined {
  if (expiresAt === undefined || expiresAt === null) return expiresAt;
  const at = new Date(expiresAt);
  if (at.getTime() <= now)
    throw new VouchError("invalid_input", "expiresAt: must be in the future", {
      field: "expiresAt",
      issues: [{ path: "expiresAt", message: "must be in the future" }],
    });
  return at;
}
