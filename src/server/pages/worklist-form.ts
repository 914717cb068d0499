// The working list's forms on the creators list and the creator page: add by handle, the
// status, the tags (one text field, comma-separated) and a note. The services check the
// values themselves (core/worklist.ts), so these only read the fields.
import { z } from "zod";
import { VouchError } from "../../core/errors.js";

const at = (n: number) =>
  z
    .string()
    .max(n, `is longer than ${n.toLocaleString("en")} characters`)
    .default("");

export const AddCreatorForm = z.object({ account: at(120) });

export const StatusForm = z.object({ status: at(40) });

/** The tags as typed (shown again when refused) and as a list. */
export const TagsForm = z
  .object({ tags: at(2_000) })
  .transform((f) => ({ tags: f.tags, list: f.tags.split(",").filter((t) => t.trim() !== "") }));

export const NoteForm = z.object({ text: at(20_000) });

/** The form's data, or invalid_input with zod's first message: the page shows it at the field. */
export function readWorklistForm<T>(schema: z.ZodType<T>, fields: Record<string, string>): T {
  const r = schema.safeParse(fields);
  if (r.success) return r.data;
  throw new VouchError("invalid_input", r.error.issues[0]?.message ?? "the form could not be read");
}

export const ArchiveForm = z.object({ archived: z.enum(["true", "false"]).default("true") });
