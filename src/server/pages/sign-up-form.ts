// The sign-up form's schema (the public form and the invitation's form share its
// fields): what the page checks before a service sees it (an email's shape, a
// workspace's name), and a service's refusal put next to the field it names.
import { z } from "zod";
import type { VouchError } from "../../core/errors.js";

export const SIGN_UP_FIELDS = ["name", "email", "password", "workspaceName"] as const;
export type FieldErrors = Partial<Record<(typeof SIGN_UP_FIELDS)[number], string>>;

const text = z.preprocess((v) => (typeof v === "string" ? v : ""), z.string());

export const SignUpForm = z.object({
  email: text.pipe(z.string().refine((s) => /^[^\s@]+@[^\s@]+$/.test(s.trim()), "enter an email address")),
  name: text,
  password: text,
  workspaceName: text.pipe(
    z.string().refine((s) => s.trim() !== "", "name your workspace (your brand or agency)"),
  ),
});

/** The form's errors by field (the first of each), or null when the page has none to add. */
export function signUpFormErrors(f: Record<string, string>): FieldErrors | null {
  const parsed = SignUpForm.safeParse(f);
  if (parsed.success) return null;
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const name = issue.path[0] as keyof FieldErrors;
    errors[name] ??= issue.message;
  }
  return errors;
}

/** The error of the field a VouchError names (details.field), else of the form as a whole. */
export function fieldErrors(err: VouchError): { error: string | null; fieldErrors: FieldErrors } {
  const name = err.details.field;
  return typeof name === "string" && (SIGN_UP_FIELDS as readonly string[]).includes(name)
    ? { error: null, fieldErrors: { [name]: err.message } }
    : { error: err.message, fieldErrors: {} };
}
