// Platform-looking ids, shortcodes and handles for the demo snapshots: numeric ids with a
// fixed prefix, Instagram-like shortcodes, and handles, each unique within its file.
import type { Rng } from "./random.js";

/** Unique numeric-looking ids with a fixed prefix. */
export function idMaker(rng: Rng, prefix: string, length: number): () => string {
  const seen = new Set<string>();
  return () => {
    for (;;) {
      const id = prefix + rng.digits(length);
      if (!seen.has(id)) {
        seen.add(id);
        return id;
      }
    }
  };
}

export function shortcodeMaker(rng: Rng): () => string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  const seen = new Set<string>();
  return () => {
    for (;;) {
      let code = rng.pick(["C", "D"]);
      for (let i = 0; i < 10; i++) code += rng.pick([...alphabet]);
      if (!seen.has(code)) {
        seen.add(code);
        return code;
      }
    }
  };
}

/** Distinct handles from a generator function, never one of `taken`. */
export function uniqueHandles(count: number, make: () => string, taken = new Set<string>()): string[] {
  const out: string[] = [];
  const seen = new Set(taken);
  while (out.length < count) {
    const h = make();
    if (!seen.has(h)) {
      seen.add(h);
      out.push(h);
    }
  }
  return out;
}
