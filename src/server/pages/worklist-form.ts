// The working list's forms on the creators list and the creator page: add by handle, the
// status, the tags (one text field, comma-separated) and a note. The services check the
// values themselves (core/worklist.ts), so these only read the fields.
import { z } from "zod";

export const AddCreatorForm = z.object({ account: z.string().max(120).default("") });

export const StatusForm = z.object({ status: z.string().max(40).default("") });

/** The tags as typed (shown again when refused) and as a list. */
export const TagsForm = z
  .object({ tags: z.string().max(2_000).default("") })
  .transform((f) => ({ tags: f.tags, list: f.tags.split(",").filter((t) => t.trim() !== "") }));

export const NoteForm = z.object({ text: z.string().max(20_000).default("") });

export const ArchiveForm = z.object({ archived: z.enum(["true", "false"]).default("true") });
