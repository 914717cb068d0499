// The settings page's forms: the user's name and the password change. The services check
// again (length of a name, the current password, the new one's strength) and name the
// field of what they refuse, so that error lands next to its field too.
import { z } from "zod";
import { MAX_USER_NAME } from "../../services/auth/rename-user.js";
import { formText } from "./form-issues.js";

export const NameForm = z.object({
  name: formText(z.string().trim().max(MAX_USER_NAME, `at most ${MAX_USER_NAME} characters`)),
});

export const PasswordForm = z.object({
  currentPassword: formText(z.string().min(1, "enter your current password")),
  newPassword: formText(z.string().min(1, "choose a new password")),
});

export const SETTINGS_FIELDS = ["name", "currentPassword", "newPassword"] as const;
