// `npm run schema`: writes schemas/vouch-snapshot.schema.json from the zod schema,
// so the published JSON Schema never drifts from what the importer accepts.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { snapshotJsonSchema } from "../ingest/vouch-snapshot-schema.js";

export const SCHEMA_PATH = fileURLToPath(
  new URL("../../schemas/vouch-snapshot.schema.json", import.meta.url),
);

export function snapshotSchemaText(): string {
  return `${JSON.stringify(snapshotJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_PATH, snapshotSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
