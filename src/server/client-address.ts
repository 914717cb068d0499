// The client's address, which the rate limits and the sign-in throttle count by. It is
// the socket's peer, unless that peer is a trusted reverse proxy (VOUCH_TRUSTED_PROXIES,
// AppDeps.trustedProxies): then X-Forwarded-For is read from its right end, past every
// trusted hop, so a client cannot pick its own address by sending the header itself.
import { BlockList, isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { AppEnv } from "./env.js";

/** The reverse proxies whose X-Forwarded-For is believed: addresses and CIDR ranges. */
export interface TrustedProxies {
  /** The entries as given, e.g. ["127.0.0.1", "10.0.0.0/8"]. */
  readonly entries: readonly string[];
  has(address: string): boolean;
}

/**
 * Parses a comma-separated list of IPv4/IPv6 addresses and CIDR ranges
 * ("127.0.0.1, 10.0.0.0/8, fd00::/8"); throws naming the first entry that is neither.
 */
export function parseTrustedProxies(list: string): TrustedProxies {
  const entries = list
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const blocks = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix, ...rest] = entry.split("/");
    const version = isIP(address);
    const bits = Number(prefix);
    const maxBits = version === 6 ? 128 : 32;
    if (version === 0 || rest.length > 0) throw new Error(`"${entry}" is not an IP address or CIDR range`);
    const type = version === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) blocks.addAddress(address, type);
    else if (/^\d{1,3}$/.test(prefix) && bits <= maxBits) blocks.addSubnet(address, bits, type);
    else throw new Error(`"${entry}" has a prefix length that is not 0–${maxBits}`);
  }
  return {
    entries,
    // BlockList matches an IPv4-mapped peer (::ffff:10.0.0.1) against IPv4 ranges too.
    has: (address) => {
      const version = isIP(address);
      return version !== 0 && blocks.check(address, version === 6 ? "ipv6" : "ipv4");
    },
  };
}

/** Who is calling: the peer, or behind trusted proxies the nearest untrusted forwarded address. */
export function clientAddress(c: Context<AppEnv>, trustedProxies?: TrustedProxies | null): string {
  return addressBehindProxies(peerAddress(c), c.req.header("x-forwarded-for"), trustedProxies);
}

/**
 * The same reading from a bare socket's peer and X-Forwarded-For header, for servers
 * without Hono (the redirect, src/redirect).
 */
export function addressBehindProxies(
  peer: string,
  forwardedFor: string | undefined,
  trustedProxies?: TrustedProxies | null,
): string {
  if (!trustedProxies?.has(peer)) return peer;
  // "client, proxy1, proxy2": each proxy appends whom it heard from. Anything left of the
  // first untrusted address was written by that client and proves nothing.
  const hops = (forwardedFor ?? "").split(",").map((h) => h.trim());
  let address = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] ?? "";
    if (isIP(hop) === 0) break; // not an address: a misconfigured proxy; stay with the last hop
    address = hop;
    if (!trustedProxies.has(hop)) break;
  }
  return address;
}

/** The socket's peer; app.request() in tests has no socket unless one is given. */
function peerAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "in-process";
  }
}
