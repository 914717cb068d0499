// Run by test/db/pg-startup.test.ts in a process of its own: connects through
// connectPostgres and prints how many undici modules Node loaded while it did (Node 22
// may have loaded some before), and whether a `navigator` is left behind.
import { connectPostgres } from "../../src/db/connect-postgres.js";

// moduleLoadList is Node's own list of the built-in modules it loaded (not in @types/node).
const loaded = () =>
  (process as unknown as { moduleLoadList: string[] }).moduleLoadList.filter((m) => m.includes("undici"))
    .length;
const before = loaded();

const db = await connectPostgres(
  process.env.VOUCH_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test",
  1,
);
await db.selectNoFrom((eb) => eb.val(1).as("one")).execute();
await db.destroy();
const g = globalThis as { navigator?: unknown };
console.log(
  JSON.stringify({
    undici: loaded() - before,
    navigator: g.navigator === undefined ? null : "left",
  }),
);
