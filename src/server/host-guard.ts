// Which names the server answers to, checked before any route: a DNS-rebinding page (a
// domain of the attacker's that resolves to 127.0.0.1) reaches the server as a request for
// its own name, same-origin in the browser's eyes, so neither CSRF check nor SameSite would
// stop it. Served: the loopback names, the host of VOUCH_PUBLIC_URL and VOUCH_ALLOWED_HOSTS;
// any other Host gets 421 Misdirected Request. Form posts must then come from one of those
// origins (servedOrigin), never from an origin made of whatever Host a request names.
import type { Context, MiddlewareHandler } from "hono";
import { VouchError } from "../core/errors.js";
import type { AppEnv } from "./env.js";

export const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"] as const;

/**
 * The host names served: loopback, the public URL's host and the extra names (host names
 * or host:port, any case; the port is not compared), as URL.hostname writes them.
 */
export function servedHosts(
  publicUrl: string | null | undefined,
  extra: readonly string[] = [],
): Set<string> {
  const hosts = new Set<string>(LOOPBACK_HOSTS);
  if (publicUrl) hosts.add(new URL(publicUrl).hostname);
  for (const name of extra) {
    const trimmed = name.trim();
    if (trimmed) hosts.add(new URL(`http://${trimmed}`).hostname);
  }
  return hosts;
}

export function hostGuard(hosts: ReadonlySet<string>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { hostname } = new URL(c.req.url);
    if (!hosts.has(hostname))
      throw new VouchError(
        "misdirected_request",
        `this server does not answer to the name ${hostname}; its operator can add it to VOUCH_ALLOWED_HOSTS`,
      );
    await next();
  };
}

/**
 * Whether a form post's Origin is the app's own: VOUCH_PUBLIC_URL's origin (behind a proxy
 * that ends TLS the browser says https while the request arrives as http), or exactly the
 * origin the request was made to, whose host hostGuard has already found served.
 */
export function isServedOrigin(origin: string, c: Context<AppEnv>, publicOrigin: string | null): boolean {
  return origin === publicOrigin || origin === new URL(c.req.url).origin;
}
