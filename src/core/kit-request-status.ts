// The life of a media-kit request as the brand sees it, derived from its dates
// rather than stored, so it can never disagree with them: revoked wins, then a
// submitted kit (it stays submitted after the link expires), then expiry, then
// how far the creator got (a draft saved, the link opened, or only sent).
// The limits of the link and of the creator's uploads live here too.

export const KIT_REQUEST_STATUSES = ["revoked", "submitted", "expired", "draft", "opened", "sent"] as const;
export type KitRequestStatus = (typeof KIT_REQUEST_STATUSES)[number];

export const KIT_REQUEST_LIMITS = {
  /** Days a link lasts unless the brand says otherwise. */
  defaultDays: 14,
  maxDays: 90,
  /** Bytes per uploaded file. */
  maxFileBytes: 5 * 1024 * 1024,
  /** Files per request. */
  maxFiles: 10,
} as const;

export interface KitRequestDates {
  expiresAt: Date | string | number;
  revokedAt: Date | string | number | null;
  openedAt: Date | string | number | null;
  draftSavedAt: Date | string | number | null;
  submittedAt: Date | string | number | null;
}

export function kitRequestStatus(r: KitRequestDates, now: number): KitRequestStatus {
  if (r.revokedAt !== null) return "revoked";
  if (r.submittedAt !== null) return "submitted";
  if (new Date(r.expiresAt).getTime() <= now) return "expired";
  if (r.draftSavedAt !== null) return "draft";
  if (r.openedAt !== null) return "opened";
  return "sent";
}
