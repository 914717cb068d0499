// What an empty workspace offers (first-run-view.ts shows it on the creators list): the
// CSV templates to download (/templates/<kind>.csv, each a header row from the reader's
// own schemas), the snapshot's JSON Schema, and "load the demo creators" (POST /demo-creators: the demo snapshots
// through the normal import and audit, into the caller's workspace; members and owners).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Hono } from "hono";
import { z } from "zod";
import { CSV_TEMPLATE_NAMES, CSV_TEMPLATES } from "../../ingest/csv-templates.js";
import { importDemoCreators } from "../../services/import-demo-creators.js";
import type { AppEnv } from "../env.js";
import { pageCaller } from "./page-context.js";

/** The snapshot's JSON Schema as `npm run schema` writes it (src and dist are as deep). */
const SNAPSHOT_SCHEMA = fileURLToPath(
  new URL("../../../schemas/vouch-snapshot.schema.json", import.meta.url),
);

const TemplateParam = z.object({ file: z.templateLiteral([z.enum(CSV_TEMPLATE_NAMES), ".csv"]) });

export function registerFirstRunPage(pages: Hono<AppEnv>) {
  pages.get("/templates/vouch-snapshot.schema.json", (c) => {
    pageCaller(c);
    return c.body(readFileSync(SNAPSHOT_SCHEMA), 200, {
      "content-type": "application/schema+json",
      "content-disposition": 'attachment; filename="vouch-snapshot.schema.json"',
    });
  });

  pages.get("/templates/:file", async (c) => {
    const parsed = TemplateParam.safeParse(c.req.param());
    pageCaller(c);
    if (!parsed.success) return c.notFound();
    const name = parsed.data.file.replace(/\.csv$/, "") as keyof typeof CSV_TEMPLATES;
    // No byte-order mark: the header is ASCII, and the reader takes the file as it is.
    return c.body(`${CSV_TEMPLATES[name].join(",")}\r\n`, 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}.csv"`,
    });
  });

  pages.post("/demo-creators", async (c) => {
    const caller = pageCaller(c, "write");
    const { db, now } = c.var.deps;
    await importDemoCreators(db, caller.workspaceId, now());
    return c.redirect("/", 303);
  });
}
