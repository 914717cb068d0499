// Reads a text file, decompressing `.xz` (Instaloader's default) on the way.
// Decompression runs in WebAssembly (xz-decompress), so nothing native is installed.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename } from "node:path";
import { invalidFile } from "../core/errors.js";

// xz-decompress is CommonJS without named-export hints for Node's ESM loader.
const { XzReadableStream } = createRequire(import.meta.url)(
  "xz-decompress",
) as typeof import("xz-decompress");

/** `file` is the name errors use (by default the file's own name). */
export async function readText(path: string, file = basename(path)): Promise<string> {
  const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => {
    throw invalidFile(file, null, null, `cannot be read (${err.code ?? err.message})`);
  });
  if (!path.toLowerCase().endsWith(".xz")) return bytes.toString("utf8");
  try {
    const input = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        controller.close();
      },
    });
    return await new Response(new XzReadableStream(input)).text();
  } catch (err) {
    throw invalidFile(file, null, null, `is not a valid .xz file (${(err as Error).message})`);
  }
}

// Instaloader writes comment ids as JSON integers above 2^53 (Python ints), which
// JSON.parse would round. Quote long integer ids before parsing to keep every digit.
const LONG_INT_ID = /("(?:id|pk)"\s*:\s*)(-?\d{16,})/g;

export function parseJson(text: string, file: string): unknown {
  try {
    // A byte-order mark is not JSON, but editors on Windows write one.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return JSON.parse(body.replace(LONG_INT_ID, '$1"$2"'));
  } catch (err) {
    throw invalidFile(file, null, null, `is not valid JSON (${(err as Error).message})`);
  }
}
