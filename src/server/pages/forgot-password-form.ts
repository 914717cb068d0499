// The "forgot your password?" form: one email address, checked for its shape only. Whether
// it has an account is never said (request-password-reset.ts).
import { z } from "zod";
import { EMAIL_SHAPE, formText } from "./form-issues.js";

export const ForgotPasswordForm = z.object({
  email: formText(
    z
      .string()
      .trim()
      .max(254, "an email address has at most 254 characters")
      .refine((s) => EMAIL_SHAPE.test(s), "enter an email address"),
  ),
});
