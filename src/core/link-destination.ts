// Where a tracked link sends its visitors, and the UTM parameters that tell the brand's
// analytics where they came from. A destination is an absolute http(s) URL without
// credentials: the redirect's Location header is this text, so `javascript:`, `data:`
// and `https://user:pass@host` never get there. Pure.

/** The longest destination kept: browsers and proxies cope with far longer, but no landing page needs it. */
export const MAX_DESTINATION_LENGTH = 2000;

/** Why a destination is refused, in words; null when it may be used. */
export function destinationProblem(destination: string): string | null {
  if (destination.length > MAX_DESTINATION_LENGTH) return `at most ${MAX_DESTINATION_LENGTH} characters`;
  if (!URL.canParse(destination)) return "not an absolute URL (https://example.com/page)";
  const url = new URL(destination);
  if (url.protocol !== "http:" && url.protocol !== "https:") return "must start with http:// or https://";
  if (url.username || url.password) return "must not carry a user name or password";
  if (!url.hostname) return "names no host";
  return null;
}

export interface UtmParameters {
  /** The creator's platform (instagram, tiktok, …), or "vouch" when the creator has no account. */
  source: string;
  /** The campaign's name as a slug (campaignSlug). */
  campaign: string;
  /** The creator's handle. */
  content: string;
}

/**
 * The destination with utm_source, utm_medium=influencer, utm_campaign and utm_content
 * added after its own parameters, which stay exactly as written (re-encoding them could
 * change what the landing page reads). A UTM parameter the brand put in the destination
 * already is kept as it is: they chose it. The fragment stays last.
 */
export function withUtm(destination: string, utm: UtmParameters): string {
  const url = new URL(destination);
  const add = [
    ["utm_source", utm.source],
    ["utm_medium", "influencer"],
    ["utm_campaign", utm.campaign],
    ["utm_content", utm.content],
  ]
    .filter(([name]) => !url.searchParams.has(name as string))
    .map(([name, value]) => `${name}=${encodeURIComponent(value as string)}`);
  const hash = url.hash;
  url.hash = "";
  const base = url.href.replace(/#$/, "");
  if (!add.length) return base + hash;
  const joiner = url.search ? "&" : base.endsWith("?") ? "" : "?";
  return `${base}${joiner}${add.join("&")}${hash}`;
}

/** A campaign's name as utm_campaign: lowercase ASCII letters and digits joined by hyphens. */
export function campaignSlug(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "campaign"
  );
}
