// /api/v1 for the working list: add a creator by handle, its status, tags, archive mark and
// notes, what deleting it removes and the delete itself, and the CSV exports of the list
// and of the compare table. Everyone in the workspace reads; owners and members write.
// Each handler: parse → authorise → service → answer.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { CREATOR_STATUSES, MAX_NOTE_LENGTH, MAX_TAGS } from "../../core/worklist.js";
import { compareCsv } from "../../report/compare-csv.js";
import { addCreatorByHandle } from "../../services/creators/add-creator-by-handle.js";
import { addCreatorNote } from "../../services/creators/add-creator-note.js";
import { countCreatorData } from "../../services/creators/count-creator-data.js";
import { CREATOR_DATA_TABLES } from "../../services/creators/creator-data.js";
import { deleteCreator } from "../../services/creators/delete-creator.js";
import { exportCreatorsCsv } from "../../services/creators/export-creators-csv.js";
import { listCreatorNotes } from "../../services/creators/list-creator-notes.js";
import { setCreatorArchived } from "../../services/creators/set-creator-archived.js";
import { setCreatorStatus } from "../../services/creators/set-creator-status.js";
import { setCreatorTags } from "../../services/creators/set-creator-tags.js";
import { getCreator } from "../../services/get-creator.js";
import { requireCaller } from "../authenticate.js";
import { csvHeaders } from "../csv-response.js";
import type { AppEnv } from "../env.js";
import { CreatorIdParam, CreatorListQuery, ErrorSchema, errorResponses, jsonContent } from "./schemas.js";

const security: { [scheme: string]: string[] }[] = [{ bearer: [] }, { session: [] }];

const WorklistEntrySchema = z
  .object({
    creatorId: z.number().int(),
    status: z.enum(CREATOR_STATUSES),
    tags: z.array(z.string()),
    archivedAt: z.string().nullable(),
  })
  .openapi("WorklistEntry");

const AddedCreatorSchema = WorklistEntrySchema.extend({
  account: z.string().openapi({ example: "instagram:sunny_trails" }),
  platform: z.string(),
  username: z.string(),
}).openapi("AddedCreator");

const NoteSchema = z
  .object({
    id: z.number().int(),
    text: z.string(),
    author: z.string().describe("the user's name or email (or the API token) when written"),
    authorId: z.number().int().nullable().describe("the user; null for a token or a removed user"),
    createdAt: z.string(),
  })
  .openapi("CreatorNote");

const DeletionSchema = z
  .object({
    creatorId: z.number().int(),
    accounts: z.array(z.string()),
    rows: z
      .object(Object.fromEntries(CREATOR_DATA_TABLES.map((t) => [t, z.number().int()])))
      .describe("rows per table"),
  })
  .openapi("CreatorDeletion");

const json = <T extends z.ZodType>(schema: T) => ({
  content: { "application/json": { schema } },
  required: true,
});

const CsvSchema = z.string().openapi({ format: "binary" });
const csvResponse = (description: string) => ({
  200: { content: { "text/csv": { schema: CsvSchema } }, description },
  ...errorResponses,
});

const add = createRoute({
  method: "post",
  path: "/api/v1/creators",
  operationId: "addCreator",
  summary: "Add a creator by platform and handle alone, with no data yet (owners and members)",
  description:
    "The creator starts on the working list as to_review, not audited; ask for its media kit with POST /api/v1/creators/{creatorId}/media-kit-requests, or import its data. 409 when the workspace has the account already.",
  security,
  request: {
    body: json(z.object({ account: z.string().max(120).openapi({ example: "instagram:sunny_trails" }) })),
  },
  responses: {
    201: jsonContent(AddedCreatorSchema, "the new creator"),
    ...errorResponses,
    409: jsonContent(ErrorSchema, "the workspace has this account already"),
  },
});

const status = createRoute({
  method: "put",
  path: "/api/v1/creators/{creatorId}/status",
  operationId: "setCreatorStatus",
  summary: "Set the creator's status on the working list (owners and members)",
  security,
  request: { params: CreatorIdParam, body: json(z.object({ status: z.enum(CREATOR_STATUSES) })) },
  responses: { 200: jsonContent(WorklistEntrySchema, "the creator's entry"), ...errorResponses },
});

const tags = createRoute({
  method: "put",
  path: "/api/v1/creators/{creatorId}/tags",
  operationId: "setCreatorTags",
  summary: "Replace the creator's tags (owners and members)",
  description: `At most ${MAX_TAGS} tags of 1 to 40 letters, digits, spaces, "-" or "_"; stored in lower case, duplicates dropped.`,
  security,
  request: {
    params: CreatorIdParam,
    body: json(z.object({ tags: z.array(z.string().max(100)).max(100) })),
  },
  responses: { 200: jsonContent(WorklistEntrySchema, "the creator's entry"), ...errorResponses },
});

const archive = createRoute({
  method: "put",
  path: "/api/v1/creators/{creatorId}/archived",
  operationId: "setCreatorArchived",
  summary: "Archive the creator (it leaves the list, its data stays) or bring it back (owners and members)",
  security,
  request: { params: CreatorIdParam, body: json(z.object({ archived: z.boolean() })) },
  responses: { 200: jsonContent(WorklistEntrySchema, "the creator's entry"), ...errorResponses },
});

const notes = createRoute({
  method: "get",
  path: "/api/v1/creators/{creatorId}/notes",
  operationId: "listCreatorNotes",
  summary: "The creator's notes, newest first, with author and time",
  security,
  request: { params: CreatorIdParam },
  responses: {
    200: jsonContent(z.object({ items: z.array(NoteSchema) }), "the notes"),
    ...errorResponses,
  },
});

const addNote = createRoute({
  method: "post",
  path: "/api/v1/creators/{creatorId}/notes",
  operationId: "addCreatorNote",
  summary: "Add a note on the creator (owners and members)",
  security,
  request: {
    params: CreatorIdParam,
    body: json(z.object({ text: z.string().max(MAX_NOTE_LENGTH * 2) })),
  },
  responses: { 201: jsonContent(NoteSchema, "the note"), ...errorResponses },
});

const deletion = createRoute({
  method: "get",
  path: "/api/v1/creators/{creatorId}/deletion",
  operationId: "previewCreatorDeletion",
  summary: "What deleting the creator would remove: its accounts and the rows of each table",
  security,
  request: { params: CreatorIdParam },
  responses: { 200: jsonContent(DeletionSchema, "what would go"), ...errorResponses },
});

const remove = createRoute({
  method: "delete",
  path: "/api/v1/creators/{creatorId}",
  operationId: "deleteCreator",
  summary: "Delete the creator with all of its data, in one transaction (owners and members)",
  description:
    "Removes the creator, its accounts and every row hanging off them: posts, comments, follower samples, profile snapshots, daily counts, demographics, usernames, audits, media-kit requests and their files, tags and notes. Answers what went, table by table. To keep the data, archive instead.",
  security,
  request: { params: CreatorIdParam },
  responses: { 200: jsonContent(DeletionSchema, "what was deleted"), ...errorResponses },
});

const listCsv = createRoute({
  method: "get",
  path: "/api/v1/exports/creators.csv",
  operationId: "exportCreatorsCsv",
  summary: "The creators list as CSV, with the list's search, filters, target and sort (every page)",
  security,
  request: { query: CreatorListQuery.omit({ page: true, pageSize: true }) },
  responses: csvResponse("one row per creator"),
});

const CreatorIdsQuery = z.object({
  creatorIds: z
    .string()
    .regex(/^[1-9][0-9]{0,9}(,[1-9][0-9]{0,9}){1,3}$/, "2 to 4 creator ids, separated by commas")
    .openapi({ example: "1,2" })
    .describe("2 to 4 creator ids, separated by commas"),
});

const compare = createRoute({
  method: "get",
  path: "/api/v1/exports/compare.csv",
  operationId: "exportCompareCsv",
  summary: "The compare table of 2 to 4 creators as CSV: one row per figure, one column per creator",
  security,
  request: { query: CreatorIdsQuery },
  responses: csvResponse("the compare table"),
});

export function registerWorklistRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(add, async (c) => {
    const { account } = c.req.valid("json");
    const caller = requireCaller(c, "write");
    return c.json(await addCreatorByHandle(c.var.deps.db, caller.workspaceId, account), 201);
  });
  app.openapi(status, async (c) => {
    const { creatorId } = c.req.valid("param");
    const body = c.req.valid("json");
    const caller = requireCaller(c, "write");
    return c.json(await setCreatorStatus(c.var.deps.db, caller.workspaceId, creatorId, body.status), 200);
  });
  app.openapi(tags, async (c) => {
    const { creatorId } = c.req.valid("param");
    const body = c.req.valid("json");
    const caller = requireCaller(c, "write");
    return c.json(
      await setCreatorTags(c.var.deps.db, caller.workspaceId, creatorId, { set: body.tags }),
      200,
    );
  });
  app.openapi(archive, async (c) => {
    const { creatorId } = c.req.valid("param");
    const body = c.req.valid("json");
    const caller = requireCaller(c, "write");
    const { db, now } = c.var.deps;
    return c.json(await setCreatorArchived(db, caller.workspaceId, creatorId, body.archived, now()), 200);
  });
  app.openapi(notes, async (c) => {
    const { creatorId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    return c.json({ items: await listCreatorNotes(c.var.deps.db, caller.workspaceId, creatorId) }, 200);
  });
  app.openapi(addNote, async (c) => {
    const { creatorId } = c.req.valid("param");
    const body = c.req.valid("json");
    const caller = requireCaller(c, "write");
    const { db, now } = c.var.deps;
    return c.json(await addCreatorNote(db, caller, creatorId, { text: body.text }, now()), 201);
  });
  app.openapi(deletion, async (c) => {
    const { creatorId } = c.req.valid("param");
    const caller = requireCaller(c, "read");
    return c.json(await countCreatorData(c.var.deps.db, caller.workspaceId, creatorId), 200);
  });
  app.openapi(remove, async (c) => {
    const { creatorId } = c.req.valid("param");
    const caller = requireCaller(c, "write");
    return c.json(await deleteCreator(c.var.deps.db, caller.workspaceId, creatorId), 200);
  });
  app.openapi(listCsv, async (c) => {
    const q = c.req.valid("query");
    const caller = requireCaller(c, "read");
    const { db, now } = c.var.deps;
    const csv = await exportCreatorsCsv(db, caller.workspaceId, q);
    return c.body(csv, 200, csvHeaders("vouch-creators", now()));
  });
  app.openapi(compare, async (c) => {
    const { creatorIds } = c.req.valid("query");
    const caller = requireCaller(c, "read");
    const { db, now } = c.var.deps;
    const creators = [];
    for (const id of new Set(creatorIds.split(",").map(Number)))
      creators.push(await getCreator(db, caller.workspaceId, id));
    return c.body(compareCsv(creators), 200, csvHeaders("vouch-compare", now()));
  });
}
