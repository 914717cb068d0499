// Failed sign-ins slow guessing down without letting a guesser lock the owner out. The
// probe's one limit per client address refused the right password too, for everyone at
// that address, once anyone there had tried enough. Only failures count now, kept in this
// process's memory in fixed windows, on three keys:
// - one address on one account: 5 failures in 15 minutes, then that address waits;
// - one account from anywhere: 20 failures in 15 minutes, then addresses that have failed
//   on it wait, while one that has not (its owner elsewhere) is still served;
// - one address on any account (credential stuffing): VOUCH_AUTH_RATE_LIMIT a minute.
// A sign-in that succeeds clears its address's failures on that account.
import type { Context, MiddlewareHandler } from "hono";
import { cleanText } from "../core/clean-text.js";
import { VouchError } from "../core/errors.js";
import { clientAddress } from "./client-address.js";
import type { AppEnv } from "./env.js";

export const SIGN_IN_LIMITS = {
  perAddressAndAccount: { failures: 5, windowMs: 15 * 60_000 },
  perAccount: { failures: 20, windowMs: 15 * 60_000 },
  /** Failures a minute from one address; VOUCH_AUTH_RATE_LIMIT (deps.authRateLimit). */
  perAddressWindowMs: 60_000,
};

interface Window {
  start: number;
  failures: number;
}

/** Failures per key in fixed windows; expired windows are dropped when the map grows. */
class FailureCounts {
  private readonly windows = new Map<string, Window>();
  constructor(private readonly windowMs: number) {}

  /** The key's live window, if any. */
  get(key: string, now: number): Window | null {
    const w = this.windows.get(key);
    return w && now - w.start < this.windowMs ? w : null;
  }

  add(key: string, now: number) {
    const w = this.get(key, now);
    if (w) w.failures++;
    else {
      this.windows.set(key, { start: now, failures: 1 });
      if (this.windows.size > 10_000)
        for (const [k, v] of this.windows) if (now - v.start >= this.windowMs) this.windows.delete(k);
    }
  }

  clear(key: string) {
    this.windows.delete(key);
  }

  /** Seconds until the key's window ends. */
  wait(key: string, now: number): number {
    const w = this.get(key, now);
    return w ? Math.ceil((w.start + this.windowMs - now) / 1000) : 0;
  }
}

/** The middleware for POST /sign-in: refuses a throttled attempt, counts the handler's 401s. */
export function signInThrottle(): MiddlewareHandler<AppEnv> {
  const pairs = new FailureCounts(SIGN_IN_LIMITS.perAddressAndAccount.windowMs);
  const accounts = new FailureCounts(SIGN_IN_LIMITS.perAccount.windowMs);
  const addresses = new FailureCounts(SIGN_IN_LIMITS.perAddressWindowMs);
  return async (c, next) => {
    if (c.req.method !== "POST") return next();
    const now = c.var.deps.now();
    const address = clientAddress(c, c.var.deps.trustedProxies);
    const account = await emailOf(c);
    const pair = `${address} ${account}`;
    const pairFailures = pairs.get(pair, now)?.failures ?? 0;
    if (pairFailures >= SIGN_IN_LIMITS.perAddressAndAccount.failures)
      refuse(c, pairs.wait(pair, now), "too many failed sign-ins to this account from your address");
    if (pairFailures > 0 && (accounts.get(account, now)?.failures ?? 0) >= SIGN_IN_LIMITS.perAccount.failures)
      refuse(c, accounts.wait(account, now), "too many failed sign-ins to this account");
    if ((addresses.get(address, now)?.failures ?? 0) >= c.var.deps.authRateLimit)
      refuse(c, addresses.wait(address, now), "too many failed sign-ins from your address");
    await next();
    if (c.res.status === 401) {
      pairs.add(pair, now);
      accounts.add(account, now);
      addresses.add(address, now);
    } else if (c.res.status < 400) pairs.clear(pair);
  };
}

/** The form's email as sign-in compares it (an unreadable form counts as no email). */
async function emailOf(c: Context<AppEnv>): Promise<string> {
  try {
    const body = await c.req.parseBody();
    return typeof body.email === "string" ? cleanText(body.email).trim().toLowerCase() : "";
  } catch {
    return "";
  }
}

function refuse(c: Context<AppEnv>, seconds: number, why: string): never {
  c.header("Retry-After", String(seconds));
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  throw new VouchError(
    "rate_limited",
    `${why}; wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again`,
  );
}
