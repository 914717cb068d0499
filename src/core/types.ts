// Domain types shared by every layer. Times are epoch milliseconds (UTC) so the
// core stays free of Date parsing and time zones; `null` always means "unknown".

export const PLATFORMS = ["instagram", "youtube", "tiktok"] as const;
export type Platform = (typeof PLATFORMS)[number];

export type PostKind = "image" | "video" | "carousel" | "reel";

/** What a profile looked like at one moment. */
export interface ProfileSnapshot {
  capturedAt: number;
  followers: number | null;
  following: number | null;
  posts: number | null;
  fullName: string | null;
  bio: string | null;
  externalUrl: string | null;
  isVerified: boolean | null;
  isBusiness: boolean | null;
  category: string | null;
}

export interface Post {
  platformPostId: string;
  shortcode: string | null;
  takenAt: number;
  kind: PostKind | null;
  caption: string | null;
  likes: number | null;
  comments: number | null;
  views: number | null;
  isAd: boolean | null;
  sponsors: string[] | null;
  location: string | null;
  /**
   * Pinned to the top of the profile's grid. Instagram shows pinned posts first whatever
   * their age, so a download of the "latest" posts holds old pinned ones: the audit's
   * latest-N windows leave them out (core/latest-posts.ts). Absent or null: not known.
   */
  pinned?: boolean | null;
  /** Instagram's "Paid partnership" label, also when it names no sponsor. */
  paidPartnership?: boolean | null;
  /** The creator hid the like and view counts (`likes` and `views` are then null). */
  likesHidden?: boolean | null;
}

export interface Comment {
  platformCommentId: string;
  platformPostId: string;
  /** Platform id of the top-level comment this one answers; null for a top-level comment. */
  parentId: string | null;
  authorId: string | null;
  authorUsername: string | null;
  text: string;
  createdAt: number;
  likes: number | null;
}

/** One account from a sample of a creator's followers. */
export interface Follower {
  username: string;
  platformUserId: string | null;
  followers: number | null;
  following: number | null;
  posts: number | null;
  hasAvatar: boolean | null;
  isPrivate: boolean | null;
  isVerified: boolean | null;
  fullName: string | null;
  bioLength: number | null;
  biography: string | null;
  externalUrl: string | null;
  hasExternalUrl: boolean | null;
  /** Summaries of the username, for sources that give only these (the name here is then a key). */
  usernameLength: number | null;
  usernameDigitCount: number | null;
}

export interface AccountRef {
  platform: Platform;
  username: string;
}

/** An account's counts on one calendar day (UTC), from a daily-counts CSV or a snapshot's history. */
export interface DailyCount {
  /** YYYY-MM-DD. */
  day: string;
  followers: number | null;
  following: number | null;
  posts: number | null;
}

/** The breakdowns of Instagram's follower_demographics insight (Graph API). */
export const DEMOGRAPHIC_DIMENSIONS = ["age", "gender", "country", "city"] as const;
export type DemographicDimension = (typeof DEMOGRAPHIC_DIMENSIONS)[number];

/**
 * One count of an account's followers in one breakdown, as the platform reports it: age
 * bands (13-17 … 65+), genders F, M and U, ISO 3166-1 alpha-2 countries, cities as the
 * platform names them ("Berlin, Berlin, Germany").
 */
export interface AccountDemographic {
  capturedAt: number;
  dimension: DemographicDimension;
  key: string;
  value: number;
}

/**
 * A username an account was seen under: on its posts (the owner's name as the data gives it)
 * or on a profile captured at a time; first and last time seen, epoch milliseconds.
 */
export interface UsernameSighting {
  username: string;
  firstSeen: number;
  lastSeen: number;
}

/** Everything one import learned about one account. */
export interface AccountData {
  account: AccountRef & { platformUserId: string | null };
  /** The usernames the data shows the account under, with when (renames: core/username-history.ts). */
  usernames: UsernameSighting[];
  profile: ProfileSnapshot | null;
  posts: Post[];
  comments: Comment[];
  followers: Follower[];
  followersCapturedAt: number | null;
  /** Counts by day (daily-counts CSV, snapshot history), for the growth history. */
  dailyCounts: DailyCount[];
  /** Follower demographics (snapshot `demographics`, demographics CSV). */
  demographics: AccountDemographic[];
}
