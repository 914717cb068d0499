// What every request handler may use: the database, the clock and the caller.
import type { Kysely } from "kysely";
import type { PdfSigner } from "../contract/pdf-signer.js";
import type { DB } from "../db/schema.js";
import type { JobQueue } from "../jobs/job-queue.js";
import type { Caller } from "../services/auth/sessions.js";
import type { UploadImporter } from "../services/import-upload-in-worker.js";
import type { KitMailConfig } from "../services/media-kits/send-kit-request-email.js";
import type { TrustedProxies } from "./client-address.js";

export interface AppDeps {
  db: Kysely<DB>;
  now: () => number;
  /** Largest accepted upload, in bytes. */
  maxUploadBytes: number;
  /** Requests per minute per client address on sign-up and token endpoints; failed sign-ins per minute per address. */
  authRateLimit: number;
  /** Cookies get the Secure flag (behind HTTPS). */
  secureCookies: boolean;
  /** SMTP for mailing media-kit links (VOUCH_SMTP_URL); absent: links are only copied. */
  kitMail?: KitMailConfig | null;
  /** Posts per minute per client address on the public media-kit form (GETs: twice that); default 30. */
  kitRateLimit?: number;
  /** Where users reach the app (VOUCH_PUBLIC_URL), e.g. behind a TLS proxy; links use the request's origin without it. */
  publicUrl?: string | null;
  /** Host names served besides loopback and publicUrl's host (VOUCH_ALLOWED_HOSTS); others get 421. */
  allowedHosts?: readonly string[] | null;
  /** Where the redirect answers (VOUCH_REDIRECT_URL, or the embedded one's address): links show `<it>/<slug>`. */
  redirectUrl?: string | null;
  /** Reverse proxies whose X-Forwarded-For names the client (VOUCH_TRUSTED_PROXIES); absent: the header is ignored. */
  trustedProxies?: TrustedProxies | null;
  /** True once the server is stopping: new requests get 503 with Retry-After (stop-gate.ts). */
  isStopping?: () => boolean;
  /** Where the server prints notices for its operator, e.g. a reset link without SMTP; default: stdout. */
  print?: (line: string) => void;
  /** How uploads are imported: `npm start` passes a worker-thread importer; absent, in this thread. */
  uploadImporter?: UploadImporter;
  /** The job queue (`npm start` runs one); absent, the jobs page says it is not running. */
  jobs?: JobQueue | null;
  /** Signs accepted contracts (VOUCH_SIGNING_P12, VOUCH_SIGNING_PASSPHRASE); absent: not signed. */
  pdfSigner?: PdfSigner | null;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    caller: Caller | null;
  };
}
