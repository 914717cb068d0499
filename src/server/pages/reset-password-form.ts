// The form behind a reset link: the new password. Its length and strength are checked by
// the service (passwords.ts), which names the field "password".
import { z } from "zod";
import { formText } from "./form-issues.js";

export const ResetPasswordForm = z.object({
  password: formText(z.string().min(1, "choose a new password")),
});

/** A reset link's token as newToken("vpr") makes it: anything else is not looked up. */
export const RESET_TOKEN = /^vpr_[a-z2-7]{32}$/;
