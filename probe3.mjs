import { PGlite } from "@electric-sql/pglite";

const db = new PGlite("/tmp/pgl-probe-dir");
await db.waitReady;
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  let r = await db.query(
    "select json_agg(json_build_array(id, post, parent, author, txt, date_part('epoch', ts)*1000))::text as j from c where a=1",
  );
  const parsed = JSON.parse(r.rows[0].j);
  console.log("json_agg date_part", (performance.now() - t).toFixed(0), parsed.length, parsed[5]);
  t = performance.now();
  r = await db.query(
    "copy (select id, post, parent, author, txt, date_part('epoch', ts)*1000 from c where a=1) to '/dev/blob'",
  );
  const text = await r.blob.text();
  const rows = text.split("\n").map((l) => l.split("\t"));
  console.log("copy blob date_part+split", (performance.now() - t).toFixed(0), rows.length);
  t = performance.now();
  r = await db.query(
    "select array_agg(id) a1, array_agg(post) a2, array_agg(parent) a3, array_agg(author) a4, array_agg(txt) a5, array_agg(date_part('epoch', ts)*1000) a6 from c where a=1",
  );
  console.log("array_agg date_part", (performance.now() - t).toFixed(0), r.rows[0].a1.length);
  t = performance.now();
  r = await db.query(
    "select id, post, parent, author, txt, date_part('epoch', ts)*1000 as t from c where a=1",
    [],
    { rowMode: "array" },
  );
  console.log("rows array date_part", (performance.now() - t).toFixed(0), r.rows.length);
}
