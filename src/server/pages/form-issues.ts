// A form checked with its zod schema: the data, or the first message of each field that is
// wrong, so every error of one submit is shown at once, each next to its field.
import { z } from "zod";

export type FormIssues = Partial<Record<string, string>>;

export type Checked<T> = { data: T; issues: null } | { data: null; issues: FormIssues };

export function checkForm<T>(schema: z.ZodType<T>, fields: Record<string, string>): Checked<T> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return { data: parsed.data, issues: null };
  const issues: FormIssues = {};
  for (const issue of parsed.error.issues) issues[String(issue.path[0] ?? "")] ??= issue.message;
  return { data: null, issues };
}

/** A form's text field, "" when absent, then checked by `schema`. */
export function formText<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (typeof v === "string" ? v : ""), schema);
}

/** An email's shape as sign-up checks it (the service checks again). */
export const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;
