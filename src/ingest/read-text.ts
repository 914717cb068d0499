// Reads a text file, decompressing `.xz` (Instaloader's default) on the way.
// Decompression runs in WebAssembly (xz-decompress), so nothing native is installed.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename } from "node:path";
import { invalidFile, VouchError } from "../core/errors.js";

const MAX_XZ_BYTES = 256 * 1024 ** 2;

// xz-decompress is CommonJS without named-export hints for Node's ESM loader.
const { XzReadableStream } = createRequire(import.meta.url)(
  "xz-decompress",
) as typeof import("xz-decompress");

/**
 * `file` is the name errors use (by default the file's own name); `xz`: decompress, by
 * default when the name ends in `.xz` (a file recognised by its content says so itself).
 */
export async function readText(
  path: string,
  file = basename(path),
  xz = path.toLowerCase().endsWith(".xz"),
): Promise<string> {
  const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => {
    throw invalidFile(file, null, null, `cannot be read (${err.code ?? err.message})`);
  });
  if (!xz) return bytes.toString("utf8");
  try {
    const input = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        controller.close();
      },
    });
    // Read chunk by chunk with a cap: a small .xz can unpack to gigabytes of nothing.
    const reader = new XzReadableStream(input).getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_XZ_BYTES) {
        await reader.cancel();
        throw new VouchError(
          "invalid_file",
          `${file}: unpacks to more than 256 MB; Instaloader metadata files are a few kB`,
        );
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks).toString("utf8");
  } catch (err) {
    if (err instanceof VouchError) throw err;
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
