// A tracked link's slug: the only thing in the redirect's URL (`/<slug>`), so it must be
// unguessable when generated, readable when chosen, and unable to name one of the app's
// own paths or to smuggle another host into the Location (`//evil.com`). Pure: the
// random bytes come from the caller.

/** Custom slugs: 3–64 lowercase letters, digits and hyphens, starting and ending with a letter or digit. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,62}[a-z0-9])$/;

/** What the redirect accepts in its path before looking anything up: no dots, slashes or escapes. */
export const SLUG_PATH_PATTERN = /^\/([A-Za-z0-9-]{1,64})$/;

/** The length of a generated slug: 36^7 ≈ 7.8 × 10^10 slugs, so guessing one is hopeless. */
export const GENERATED_SLUG_LENGTH = 7;

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * The app's own first path segments and words a visitor could mistake for a page of
 * Vouch: a link must never shadow one when the redirect and the app share a host.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "api",
  "app",
  "admin",
  "assets",
  "campaigns",
  "compare",
  "contract",
  "contracts",
  "creators",
  "docs",
  "exports",
  "favicon",
  "first-run",
  "forgot-password",
  "health",
  "healthz",
  "import",
  "invite",
  "kit",
  "kits",
  "links",
  "login",
  "logout",
  "media-kits",
  "members",
  "openapi",
  "partnerships",
  "public",
  "report",
  "reset-password",
  "robots",
  "settings",
  "sign-in",
  "sign-out",
  "sign-up",
  "static",
  "targets",
  "tokens",
  "vouch",
  "workspaces",
]);

/** Why a custom slug is refused, in words; null when it may be used. */
export function slugProblem(slug: string): string | null {
  if (!SLUG_PATTERN.test(slug))
    return "use 3–64 lowercase letters, digits and hyphens, starting and ending with a letter or digit";
  if (RESERVED_SLUGS.has(slug)) return `"${slug}" is one of the app's own words; choose another`;
  return null;
}

/**
 * A slug from random bytes, one character per byte below 252 (7 × 36, so every character
 * is equally likely); null when the bytes ran out or it came out reserved: ask again.
 */
export function slugFromBytes(bytes: Uint8Array): string | null {
  let slug = "";
  for (const byte of bytes) {
    if (byte >= 252) continue;
    slug += ALPHABET[byte % 36];
    if (slug.length === GENERATED_SLUG_LENGTH) return RESERVED_SLUGS.has(slug) ? null : slug;
  }
  return null;
}
