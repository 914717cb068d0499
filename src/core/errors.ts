// The one error type that crosses layers. Its code decides the HTTP status and
// the CLI exit code through ERROR_CODES, so every edge reports errors alike.

export const ERROR_CODES = {
  invalid_input: { status: 400, exit: 1 },
  unauthorized: { status: 401, exit: 1 },
  forbidden: { status: 403, exit: 1 },
  not_found: { status: 404, exit: 1 },
  conflict: { status: 409, exit: 1 },
  gone: { status: 410, exit: 1 },
  /** A request for a host name the server does not answer to (DNS rebinding, a wrong name). */
  misdirected_request: { status: 421, exit: 1 },
  payload_too_large: { status: 413, exit: 1 },
  unsupported_media_type: { status: 415, exit: 1 },
  invalid_file: { status: 422, exit: 1 },
  rate_limited: { status: 429, exit: 1 },
  /** The server is stopping (or the database went away): try again shortly. */
  unavailable: { status: 503, exit: 1 },
  internal: { status: 500, exit: 2 },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class VouchError extends Error {
  override readonly name = "VouchError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exit;
  }
}

/** Error for bad input data, naming where it is: file, record (line or JSON path) and field. */
export function invalidFile(file: string, record: string | null, field: string | null, problem: string) {
  const where = [file, record, field ? `field "${field}"` : null].filter(Boolean).join(", ");
  return new VouchError("invalid_file", `${where}: ${problem}`, { file, record, field, problem });
}
