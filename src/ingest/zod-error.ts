// Turns the first zod issue into our error: file, record (JSON path or CSV line) and field.
import type { z } from "zod";
import { invalidFile } from "../core/errors.js";

export function pathToString(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out;
}

export function zodFileError(file: string, error: z.ZodError, recordPrefix = "") {
  const issue = error.issues[0];
  if (!issue) return invalidFile(file, recordPrefix || null, null, "invalid data");
  const path = issue.path;
  const last = path.at(-1);
  const field = typeof last === "string" ? last : null;
  const recordPath = pathToString(field ? path.slice(0, -1) : path);
  const record = [recordPrefix, recordPath ? `record ${recordPath}` : ""].filter(Boolean).join(", ") || null;
  return invalidFile(file, record, field, issue.message);
}

/** Parse with a schema, or throw an error that names the file, record and field. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  recordPrefix = "",
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw zodFileError(file, result.error, recordPrefix);
  return result.data;
}
