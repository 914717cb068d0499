// Country from an IP address, offline: the ranges of @ip-location-db/geo-whois-asn-country
// (CC0 package; the registries' data by NRO, attributed in docs/links.md), read once into
// typed arrays (start, end, country as two letters in 16 bits) and searched by bisection.
// About 334,000 IPv4 and 216,000 IPv6 ranges; no address leaves the process, no service
// is asked. The redirect loads it before it listens: parsing holds the event loop ~1 s.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface IpCountries {
  /** The ISO 3166-1 alpha-2 code, or null for an address in no range (private, reserved, unknown). */
  lookup(address: string): string | null;
  ranges: { ipv4: number; ipv6: number };
  /** The typed arrays' size, bytes. */
  bytes: number;
}

const PACKAGE = "@ip-location-db/geo-whois-asn-country";

export function ipCountryFolder(): string {
  return dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
}

export async function loadIpCountries(folder = ipCountryFolder()): Promise<IpCountries> {
  const [v4text, v6text] = await Promise.all([
    readFile(join(folder, "geo-whois-asn-country-ipv4-num.csv"), "latin1"),
    readFile(join(folder, "geo-whois-asn-country-ipv6-num.csv"), "latin1"),
  ]);
  const v4 = parseV4(v4text);
  const v6 = parseV6(v6text);
  const bytes =
    v4.starts.byteLength +
    v4.ends.byteLength +
    v4.codes.byteLength +
    v6.starts.byteLength +
    v6.ends.byteLength +
    v6.codes.byteLength;
  return {
    ranges: { ipv4: v4.codes.length, ipv6: v6.codes.length },
    bytes,
    lookup(address) {
      const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
      const text = mapped ? (mapped[1] as string) : address;
      const n4 = ipv4Number(text);
      if (n4 !== null) return code(v4.codes, search(v4.starts, v4.ends, n4));
      const n6 = ipv6Number(text);
      if (n6 !== null) return code(v6.codes, search(v6.starts, v6.ends, n6));
      return null;
    },
  };
}

function parseV4(text: string) {
  const lines = text.split("\n").filter(Boolean);
  const starts = new Uint32Array(lines.length);
  const ends = new Uint32Array(lines.length);
  const codes = new Uint16Array(lines.length);
  lines.forEach((line, i) => {
    const [a, b, c] = line.split(",") as [string, string, string];
    starts[i] = Number(a);
    ends[i] = Number(b);
    codes[i] = packCode(c);
  });
  return { starts, ends, codes };
}

function parseV6(text: string) {
  const lines = text.split("\n").filter(Boolean);
  const starts = new BigUint64Array(lines.length * 2);
  const ends = new BigUint64Array(lines.length * 2);
  const codes = new Uint16Array(lines.length);
  lines.forEach((line, i) => {
    const [a, b, c] = line.split(",") as [string, string, string];
    setWide(starts, i, BigInt(a));
    setWide(ends, i, BigInt(b));
    codes[i] = packCode(c);
  });
  return { starts: new Wide(starts), ends: new Wide(ends), codes };
}

/** 128-bit numbers as pairs of 64-bit words, high first. */
class Wide {
  constructor(readonly words: BigUint64Array) {}
  get length() {
    return this.words.length / 2;
  }
  get byteLength() {
    return this.words.byteLength;
  }
  at(i: number): bigint {
    return ((this.words[2 * i] as bigint) << 64n) | (this.words[2 * i + 1] as bigint);
  }
}

function setWide(words: BigUint64Array, i: number, n: bigint) {
  words[2 * i] = n >> 64n;
  words[2 * i + 1] = n & 0xffff_ffff_ffff_ffffn;
}

type Column<T> = { length: number } & ({ [i: number]: T } | Wide);

function valueAt<T extends number | bigint>(column: Column<T>, i: number): T {
  return (column instanceof Wide ? column.at(i) : (column as { [i: number]: T })[i]) as T;
}

/** The index of the range holding n, or -1: the last start ≤ n, then its end checked. */
function search<T extends number | bigint>(starts: Column<T>, ends: Column<T>, n: T): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (valueAt(starts, mid) <= n) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && n <= valueAt(ends, found) ? found : -1;
}

function packCode(c: string): number {
  return ((c.charCodeAt(0) & 0xff) << 8) | (c.charCodeAt(1) & 0xff);
}

function code(codes: Uint16Array, i: number): string | null {
  if (i < 0) return null;
  const packed = codes[i] as number;
  return String.fromCharCode(packed >> 8, packed & 0xff);
}

function ipv4Number(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = n * 256 + Number(p);
  }
  return n;
}

/** An IPv6 address (with "::", an embedded IPv4 tail, a zone) as a 128-bit number. */
function ipv6Number(text: string): bigint | null {
  let address = text.replace(/%.*$/, "");
  if (!address.includes(":")) return null;
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (tail) {
    const v4 = ipv4Number(tail[1] as string);
    if (v4 === null) return null;
    address = `${address.slice(0, -(tail[1] as string).length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - rest.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0) || (halves.length === 2 && missing === 0))
    return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  let n = 0n;
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return null;
    n = (n << 16n) | BigInt(Number.parseInt(g, 16));
  }
  return n;
}
