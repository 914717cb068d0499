// The working list's form posts: add a creator by handle (from the creators list), and on a
// creator's page its status, tags, a note, archive or bring back. Each: parse → authorise
// (members and owners) → service → back to the page (303). A refused value (an odd tag, an
// empty note) answers the error page naming it, as every page's service errors do.
import type { Hono } from "hono";
import { addCreatorByHandle } from "../../services/creators/add-creator-by-handle.js";
import { addCreatorNote } from "../../services/creators/add-creator-note.js";
import { setCreatorArchived } from "../../services/creators/set-creator-archived.js";
import { setCreatorStatus } from "../../services/creators/set-creator-status.js";
import { setCreatorTags } from "../../services/creators/set-creator-tags.js";
import type { AppEnv } from "../env.js";
import { creatorId } from "./creator-id.js";
import { formFields, pageCaller } from "./page-context.js";
import { AddCreatorForm, ArchiveForm, NoteForm, StatusForm, TagsForm } from "./worklist-form.js";

export function registerWorklistPage(pages: Hono<AppEnv>) {
  pages.post("/creators/add", async (c) => {
    const form = AddCreatorForm.parse(await formFields(c));
    const caller = pageCaller(c, "write");
    const added = await addCreatorByHandle(c.var.deps.db, caller.workspaceId, form.account);
    return c.redirect(`/creators/${added.creatorId}`, 303);
  });

  pages.post("/creators/:id/status", async (c) => {
    const form = StatusForm.parse(await formFields(c));
    const caller = pageCaller(c, "write");
    const id = creatorId(c);
    await setCreatorStatus(c.var.deps.db, caller.workspaceId, id, form.status);
    return c.redirect(`/creators/${id}#worklist-h`, 303);
  });

  pages.post("/creators/:id/tags", async (c) => {
    const tags = TagsForm.parse(await formFields(c));
    const caller = pageCaller(c, "write");
    const id = creatorId(c);
    await setCreatorTags(c.var.deps.db, caller.workspaceId, id, { set: tags });
    return c.redirect(`/creators/${id}#worklist-h`, 303);
  });

  pages.post("/creators/:id/notes", async (c) => {
    const form = NoteForm.parse(await formFields(c));
    const caller = pageCaller(c, "write");
    const id = creatorId(c);
    const { db, now } = c.var.deps;
    await addCreatorNote(db, caller, id, { text: form.text }, now());
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
