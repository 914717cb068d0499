// The working list's form posts: add a creator by handle (from the creators list), and on a
// creator's page its status, tags, a note, archive or bring back. Each: parse → authorise
// (members and owners) → service → back to the page (303). A refused value (an odd tag, an
// empty note, a handle that is no account key or is taken) comes back as the page itself
// with what was typed in its field and the error next to it (400, or 409 when taken).
import type { Hono } from "hono";
import { VouchError } from "../../core/errors.js";
import { addCreatorByHandle } from "../../services/creators/add-creator-by-handle.js";
import { addCreatorNote } from "../../services/creators/add-creator-note.js";
import { setCreatorArchived } from "../../services/creators/set-creator-archived.js";
import { setCreatorStatus } from "../../services/creators/set-creator-status.js";
import { setCreatorTags } from "../../services/creators/set-creator-tags.js";
import type { AppEnv } from "../env.js";
import { creatorId } from "./creator-id.js";
import { creatorPage } from "./creator-page.js";
import { creatorsPage } from "./creators-page.js";
import { formFields, type PageContext, pageCaller } from "./page-context.js";
import {
  AddCreatorForm,
  ArchiveForm,
  NoteForm,
  readWorklistForm,
  StatusForm,
  TagsForm,
} from "./worklist-form.js";
import type { WorklistTyped } from "./worklist-view.js";

export function registerWorklistPage(pages: Hono<AppEnv>) {
  pages.post("/creators/add", async (c) => {
    const fields = await formFields(c);
    const caller = pageCaller(c, "write");
    try {
      const form = readWorklistForm(AddCreatorForm, fields);
      const added = await addCreatorByHandle(c.var.deps.db, caller.workspaceId, form.account);
      return c.redirect(`/creators/${added.creatorId}`, 303);
    } catch (err) {
      const refused = refusal(err);
      return creatorsPage(c, { value: fields.account ?? "", error: refused.message }, refused.status);
    }
  });

  pages.post("/creators/:id/status", async (c) => {
    const fields = await formFields(c);
    const caller = pageCaller(c, "write");
    const id = creatorId(c);
    try {
      const form = readWorklistForm(StatusForm, fields);
      await setCreatorStatus(c.var.deps.db, caller.workspaceId, id, form.status);
    } catch (err) {
      return retype(c, id, "status", fields.status ?? "", err);
    }
    return c.redirect(`/creators/${id}#worklist-h`, 303);
  });

  pages.post("/creators/:id/tags", async (c) => {
    const fields = await formFields(c);
    const caller = pageCaller(c, "write");
    const id = creatorId(c);
    try {
      const form = readWorklistForm(TagsForm, fields);
      await setCreatorTags(c.var.deps.db, caller.workspaceId, id, { set: form.list });
    } catch (err) {
      return retype(c, id, "tags", fields.tags ?? "", err);
    }
    return c.redirect(`/creators/${id}#worklist-h`, 303);
  });

  pages.post("/creators/:id/notes", async (c) => {
    const fields = await formFields(c);
    const caller = pageCaller(c, "write");
    const id = creatorId(c);
    const { db, now } = c.var.deps;
    try {
      const form = readWorklistForm(NoteForm, fields);
      await addCreatorNote(db, caller, id, { text: form.text }, now());
    } catch (err) {
      return retype(c, id, "text", fields.text ?? "", err);
    }
    return c.redirect(`/creators/${id}#worklist-h`, 303);
  });

  pages.post("/creators/:id/archive", async (c) => {
    const form = ArchiveForm.parse(await formFields(c));
    const caller = pageCaller(c, "write");
    const id = creatorId(c);
    const { db, now } = c.var.deps;
    await setCreatorArchived(db, caller.workspaceId, id, form.archived === "true", now());
    return c.redirect(`/creators/${id}#worklist-h`, 303);
  });
}

/** A refusal of the input (400) or a taken handle (409); anything else is the error page's. */
function refusal(err: unknown): { message: string; status: 400 | 409 } {
  if (!(err instanceof VouchError) || (err.code !== "invalid_input" && err.code !== "conflict")) throw err;
  return { message: err.message, status: err.code === "conflict" ? 409 : 400 };
}

function retype(c: PageContext, id: number, field: WorklistTyped["field"], value: string, err: unknown) {
  const refused = refusal(err);
  return creatorPage(c, id, { field, value, error: refused.message }, refused.status);
}
