// The inputs every fuzz target draws from: awkward strings and numbers, JSON values
// mutated from a good one (a field of the wrong type, a huge or negative number, a
// control character, an unpaired surrogate, NUL, a very long text, deep nesting, a
// missing or an extra field, an element twice), CSV text mutated by cell, column and row,
// and bytes. Starting from the committed fixtures keeps most cases deep enough to reach
// the checks behind the first schema; the plain random values cover the rest.
import { parse } from "csv-parse/sync";
import fc from "fast-check";

// ——— strings and numbers ———

/** Strings that have broken parsers before: number look-alikes, dates at the edges, names of prototypes. */
const AWKWARD_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff",
  "x\ud83d",
  "\ud83d\ude00",
  "\u202e",
  "\u001b[31mred",
  "\r\n",
  '"',
  ",",
  "\ufeff",
  "NaN",
  "Infinity",
  "-Infinity",
  "-1",
  "-0",
  "0",
  "1e309",
  "9007199254740993",
  "99999999999999999999",
  "0x1F",
  "1_000",
  "１２３",
  "12,500",
  "1.500,00",
  "true",
  "null",
  "undefined",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "1790000000",
  "99999999999",
  "2026-02-30T08:00:00Z",
  "0000-01-01T00:00:00Z",
  "0001-01-01T00:00:00Z",
  "9999-12-31T23:59:59Z",
  "+275760-09-13T00:00:00.000Z",
  "-000001-01-01T00:00:00Z",
  "2026-10-01T08:00:00+25:00",
  "2026-10-01T08:00:00",
  "2026-10-01",
  "instagram:",
  ":x",
  "instagram:a:b",
  "tiktok:UPPER",
  "youtube:",
  "a".repeat(101),
  "'; drop table posts; --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "%00",
  "🔥".repeat(10),
];

const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n));
const control = fc.integer({ min: 0, max: 0x1f }).map((n) => String.fromCharCode(n));

/** A text at or around the 30,000-character limit, or far beyond it. */
const longString = fc
  .tuple(fc.constantFrom(29_999, 30_000, 30_001, 100_000), fc.constantFrom("a", "é", "😀", "\u0000", " "))
  .map(([n, c]) => c.repeat(Math.ceil(n / c.length)));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...AWKWARD_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.oneof(surrogate, control, fc.string({ minLength: 1, maxLength: 1 })),
      maxLength: 20,
    }),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: longString },
  // Long and without repeats, so PostgreSQL cannot compress it into an index row.
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1_000, maxLength: 3_000 }) },
);

const AWKWARD_NUMBERS = [
  -1,
  -0,
  0.5,
  1e-7,
  2 ** 31,
  2 ** 53 - 1,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 64,
  1e21,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  32_503_680_000,
  32_503_680_001,
  1_790_000_000_000,
];

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...AWKWARD_NUMBERS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/**
 * JSON nested deep: a stack-overflow probe for anything recursive. As a value at most 1,000
 * deep, which JSON.stringify still writes; deeper only as text (deepJsonText).
 */
export const deepNesting: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(50, 500, 1_000), fc.boolean())
  .map(([depth, arrays]) => {
    let v: unknown = arrays ? [] : {};
    for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
    return v;
  });

/** JSON text nested up to 100,000 deep (JSON.parse reads it; a recursive walk over it overflows). */
export const deepJsonText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(5_000, 100_000), fc.constantFrom(["[", "]"], ['{"a":', "}"]))
  .map(([depth, [open, close]]) => `${open.repeat(depth)}1${close.repeat(depth)}`);

/** Any JSON value a hostile or careless client might send in place of another. */
export const hostileJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  // Fresh copies: a mutation may add to a value it was given.
  {
    weight: 1,
    arbitrary: fc.constantFrom([], {}, [null], [""], { "": null }).map((v) => structuredClone(v)),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
  { weight: 1, arbitrary: deepNesting },
);

/**
 * Field and column names the readers know (from the snapshot, Instagram, CSV and sample
 * schemas), so an added field is often one a reader takes, with a value it does not expect.
 */
export const KNOWN_FIELDS = `
  account author bio bioLength biography caption capturedAt category code commentCount comments count
  createdAt date demographics dimension edges externalUrl followers followersSample following format
  fullName hasAvatar hasExternalUrl history id isAd isBusiness isPrivate isVerified kind likes location
  owner pk platform posts profile shortcode sponsors takenAt text username usernameDigitCount usernameLength
  views __typename answers business_category_name edge_followed_by edge_follow edge_liked_by
  edge_media_preview_like edge_media_to_caption edge_media_to_comment edge_media_to_parent_comment
  edge_media_to_sponsor_user edge_sidecar_to_children edge_threaded_comments iphone_struct
  is_paid_partnership is_video like_and_view_counts_disabled likes_count pinned_for_users product_type
  taken_at_timestamp video_play_count video_view_count author_id author_username bio_length captured_at
  comment_id created_at external_url full_name has_avatar has_external_url has_profile_pic is_ad
  is_business is_private is_verified key parent_id post_id taken_at username_digit_count username_length
  value lang`
  .trim()
  .split(/\s+/);

// ——— JSON values mutated from a good one ———

type Key = string | number;
export type JsonPath = Key[];

/** Every path of a JSON value, the root ([]) first. */
export function pathsOf(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = [prefix];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) out.push(...pathsOf(v, [...prefix, i]));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

type Mutation =
  | { kind: "set"; path: JsonPath; value: unknown }
  | { kind: "nudge"; path: JsonPath; how: number; extra: string }
  | { kind: "taint"; path: JsonPath; at: number; odd: string }
  | { kind: "delete"; path: JsonPath }
  | { kind: "add"; path: JsonPath; key: string; value: unknown }
  | { kind: "twice"; path: JsonPath };

/** Characters no one types, put into an otherwise good text: NUL, lone surrogates, escapes, a bidi override. */
const ODD_CHARACTERS = [
  "\u0000",
  "\ud800",
  "\udfff",
  "\u001b",
  "\u202e",
  "\n",
  "\u0085",
  "\ufeff",
  "\u0000\u0000",
];

/**
 * A value like the one found there, but off: a number out of range or as text, a text too
 * long, cut, or with one odd character inside (`how` picks the change, and where).
 */
function nudged(old: unknown, how: number, extra: string): unknown {
  if (typeof old === "number")
    return [-old, old + 1, old * 1e12, String(old), old + 0.5, -1, `${old}${extra}`][how % 7];
  if (typeof old === "string") {
    const at = Math.floor(how / 10) % (old.length + 1);
    const odd = ODD_CHARACTERS[Math.floor(how / 10) % ODD_CHARACTERS.length];
    const inside = old.slice(0, at) + odd + old.slice(at);
    const choices = [
      () => old + extra,
      () => extra + old,
      () => old.toUpperCase(),
      () => old.slice(0, Math.floor(old.length / 2)),
      () => Number(old),
      () => old.repeat(30_001 / Math.max(1, old.length) + 1),
      () => ` ${old} `,
      () => inside,
      () => inside,
      () => inside,
    ];
    return (choices[how % choices.length] as () => unknown)();
  }
  if (typeof old === "boolean") return [String(old), Number(old), !old, null, "yes", [old], {}][how % 7];
  if (Array.isArray(old)) return [old[0], [...old, ...old], [old], {}, old.length, [null], []][how % 7];
  if (old && typeof old === "object") return [[old], Object.values(old), JSON.stringify(old), {}][how % 4];
  return extra;
}

const mutation = (paths: JsonPath[]): fc.Arbitrary<Mutation> => {
  const path = fc.constantFrom(...paths);
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant("set" as const), path, value: hostileJsonValue }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant("nudge" as const),
        path,
        how: fc.nat(),
        extra: hostileString,
      }),
    },
    {
      // A good text with one character no one types: it passes every check of its shape.
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant("taint" as const),
        path,
        at: fc.nat(),
        odd: fc.constantFrom(...ODD_CHARACTERS),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), path }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("add" as const),
        path,
        key: fc.oneof(fc.constantFrom(...KNOWN_FIELDS), hostileString),
        value: hostileJsonValue,
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("twice" as const), path }) },
  );
};

function parentOf(root: { v: unknown }, path: JsonPath): { parent: unknown; key: Key } | null {
  let parent: unknown = root;
  let key: Key = "v";
  for (const k of path) {
    const next = (parent as Record<Key, unknown>)[key];
    if (!next || typeof next !== "object") return null;
    parent = next;
    key = k;
  }
  return Object.hasOwn(parent as object, key) ? { parent, key } : null;
}

/** An own property, even for "__proto__" (plain assignment would change the prototype). */
function put(target: object, key: Key, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function applyMutation(root: { v: unknown }, m: Mutation) {
  const at = parentOf(root, m.path);
  if (!at) return; // an earlier mutation removed the path
  const { parent, key } = at;
  const container = parent as Record<Key, unknown>;
  const old = container[key];
  switch (m.kind) {
    case "set":
      put(container, key, structuredClone(m.value));
      return;
    case "nudge":
      put(container, key, nudged(old, m.how, m.extra));
      return;
    case "taint":
      if (typeof old === "string") {
        const at = m.at % (old.length + 1);
        put(container, key, old.slice(0, at) + m.odd + old.slice(at));
      }
      return;
    case "delete":
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else if (parent === root) root.v = undefined;
      else delete container[key];
      return;
    case "add":
      if (old && typeof old === "object" && !Array.isArray(old)) put(old, m.key, structuredClone(m.value));
      else if (Array.isArray(old)) old.push(structuredClone(m.value));
      return;
    case "twice":
      // An element twice (a duplicate id), or an object's copy beside it.
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(old));
      else if (Array.isArray(old) && old.length > 0) old.push(structuredClone(old[0]));
      return;
  }
}

/** The good value with one to four mutations applied. */
export function mutatedJson(good: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(good);
  return fc.array(mutation(paths), { minLength: 1, maxLength: 4 }).map((mutations) => {
    const root = { v: structuredClone(good) };
    for (const m of mutations) applyMutation(root, m);
    return root.v;
  });
}

// ——— text ———

type TextEdit =
  | { kind: "cut"; at: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "remove"; at: number; length: number };

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom('"', ",", "\n", "\r", "{", "[", "]", "}", ":", "\\", "\u0000"),
      hostileString,
    ),
  }),
  fc.record({ kind: fc.constant("remove" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
);

function applyEdit(text: string, e: TextEdit): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  if (e.kind === "cut") return text.slice(0, at);
  if (e.kind === "insert") return text.slice(0, at) + e.text + text.slice(at);
  return text.slice(0, at) + text.slice(at + e.length);
}

/** Text with one to three edits at random places: cut short, a character or string put in, a piece taken out. */
export function editedText(text: string): fc.Arbitrary<string> {
  return fc.array(textEdit, { minLength: 1, maxLength: 3 }).map((edits) => edits.reduce(applyEdit, text));
}

/**
 * A JSON file's text from a mutated value: as written, pretty, with a byte-order mark, with
 * a key twice, or with the text itself edited (invalid JSON, numbers beyond a double).
 */
export function jsonFileText(good: unknown): fc.Arbitrary<string> {
  const value = mutatedJson(good);
  return fc.oneof(
    { weight: 6, arbitrary: value.map((v) => JSON.stringify(v) ?? "") },
    { weight: 1, arbitrary: value.map((v) => `\ufeff${JSON.stringify(v, null, 2) ?? ""}`) },
    {
      weight: 1,
      arbitrary: value.map((v) => (JSON.stringify(v) ?? "").replace(/"id":/, '"id":"dup","id":')),
    },
    {
      weight: 1,
      arbitrary: value.map((v) =>
        (JSON.stringify(v) ?? "").replace(/(:\s*)\d+/, "$1123456789012345678901234"),
      ),
    },
    { weight: 3, arbitrary: editedText(JSON.stringify(good)) },
    { weight: 1, arbitrary: value.chain((v) => editedText(JSON.stringify(v) ?? "")) },
  );
}

// ——— CSV ———

type CsvEdit =
  | { kind: "cell"; row: number; col: number; value: string }
  | { kind: "dropColumn"; col: number }
  | { kind: "twiceColumn"; col: number }
  | { kind: "renameColumn"; col: number; name: string }
  | { kind: "addColumn"; name: string; value: string }
  | { kind: "dropRow"; row: number }
  | { kind: "twiceRow"; row: number }
  | { kind: "addRow"; cells: string[] };

const csvEdit: fc.Arbitrary<CsvEdit> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("cell" as const),
      row: fc.nat(),
      col: fc.nat(),
      value: hostileString,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("dropColumn" as const), col: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("twiceColumn" as const), col: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("renameColumn" as const),
      col: fc.nat(),
      name: fc.oneof(hostileString, fc.constantFrom(" Likes ", "ACCOUNT", ...KNOWN_FIELDS)),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("addColumn" as const),
      name: fc.oneof(fc.constantFrom(...KNOWN_FIELDS), hostileString),
      value: fc.oneof(hostileString, fc.constantFrom("99999999999", "2147483648", "999999999999999")),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("dropRow" as const), row: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("twiceRow" as const), row: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("addRow" as const),
      cells: fc.array(hostileString, { maxLength: 14 }),
    }),
  },
);

function applyCsvEdit(rows: string[][], e: CsvEdit): string[][] {
  const width = rows[0]?.length ?? 0;
  const body = rows.length - 1;
  switch (e.kind) {
    case "cell": {
      const row = rows[1 + (body > 0 ? e.row % body : 0)];
      if (row && width > 0) row[e.col % width] = e.value;
      return rows;
    }
    case "dropColumn":
      return width > 0 ? rows.map((r) => r.filter((_, i) => i !== e.col % width)) : rows;
    case "twiceColumn":
      return width > 0 ? rows.map((r) => [...r, r[e.col % width] ?? ""]) : rows;
    case "renameColumn":
      if (rows[0] && width > 0) rows[0][e.col % width] = e.name;
      return rows;
    case "addColumn":
      return rows.map((r, i) => [...r, i === 0 ? e.name : e.value]);
    case "dropRow":
      return body > 0 ? rows.filter((_, i) => i !== 1 + (e.row % body)) : rows;
    case "twiceRow":
      return body > 0 ? [...rows, [...(rows[1 + (e.row % body)] ?? [])]] : rows;
    case "addRow":
      return [...rows, e.cells];
  }
}

/** Cells quoted when they must be (or always), lines ended with \n or \r\n, maybe a byte-order mark. */
function csvText(rows: string[][], style: { quoteAll: boolean; crlf: boolean; bom: boolean }): string {
  const cell = (s: string) =>
    style.quoteAll || /[",\r\n]/.test(s) || s.trim() !== s ? `"${s.replaceAll('"', '""')}"` : s;
  const eol = style.crlf ? "\r\n" : "\n";
  const line = (r: string[]) => Array.from(r, (s) => cell(s ?? "")).join(",");
  return (style.bom ? "\ufeff" : "") + rows.map(line).join(eol) + eol;
}

/** A good CSV file mutated by cell, column and row, or as text. */
export function mutatedCsv(good: string): fc.Arbitrary<string> {
  const rows = parse(good, { relax_column_count: true }) as string[][];
  const style = fc.record({ quoteAll: fc.boolean(), crlf: fc.boolean(), bom: fc.boolean() });
  const edited = fc
    .tuple(fc.array(csvEdit, { minLength: 1, maxLength: 4 }), style)
    .map(([edits, s]) => csvText(edits.reduce(applyCsvEdit, structuredClone(rows)), s));
  return fc.oneof({ weight: 4, arbitrary: edited }, { weight: 1, arbitrary: editedText(good) });
}

// ——— bytes ———

/** Random bytes, or the good file's bytes with some of them changed or cut. */
export function mutatedBytes(good: Uint8Array): fc.Arbitrary<Uint8Array> {
  const flipped = fc
    .tuple(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      fc.option(fc.nat(), { freq: 3 }),
    )
    .map(([flips, cut]) => {
      const out = good.slice();
      for (const [at, byte] of flips) if (out.length > 0) out[at % out.length] = byte;
      return cut === null ? out : out.slice(0, cut % (out.length + 1));
    });
  return fc.oneof(flipped, fc.uint8Array({ maxLength: 2_048 }));
}
