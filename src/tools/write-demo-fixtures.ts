// Writes the two demo Vouch snapshots in fixtures/demo from code (demo-fixtures/): the
// same bytes every run, which test/tools/demo-fixtures.test.ts checks. After changing
// the generator: npm run build && node dist/tools/write-demo-fixtures.js
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_FIXTURES_DIR, demoFixtureFiles } from "./demo-fixtures/demo-fixtures.js";

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(DEMO_FIXTURES_DIR, { recursive: true });
  for (const { name, text } of demoFixtureFiles()) {
    writeFileSync(join(DEMO_FIXTURES_DIR, name), text);
    console.log(`wrote fixtures/demo/${name} (${Math.round(Buffer.byteLength(text) / 1024)} KB)`);
  }
}
