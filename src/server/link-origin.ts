// The origin put in links sent to people outside the app (media-kit links): the
// configured public URL (VOUCH_PUBLIC_URL) when set, since behind a proxy that ends TLS
// the request itself arrives as plain http; otherwise the request's own origin.
export function linkOrigin(publicUrl: string | null | undefined, requestUrl: string): string {
  if (publicUrl) {
    try {
      return new URL(publicUrl).origin;
    } catch {
      // A malformed setting falls back to the request, as if unset.
    }
  }
  return new URL(requestUrl).origin;
}
