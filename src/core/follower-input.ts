// One follower as the authenticity model sees it. Every field is optional and
// null means unknown (never zero): sources differ in what they carry (SRF Data has
// raw usernames, InstaFake only summaries of them, Kaggle a digit ratio).

export interface FollowerInput {
  username?: string | null;
  fullName?: string | null;
  biography?: string | null;
  /** Characters in the biography, for sources without its text; the text wins when both are given. */
  bioLength?: number | null;
  followers?: number | null;
  following?: number | null;
  posts?: number | null;
  hasProfilePic?: boolean | null;
  isPrivate?: boolean | null;
  externalUrl?: string | null;
  /** For sources without the URL itself; `externalUrl` wins when both are given. */
  hasExternalUrl?: boolean | null;
  /** Summaries of the username for sources without it; the username wins when both are given. */
  usernameLength?: number | null;
  usernameDigitCount?: number | null;
}

/** HypeAuditor's follower classes, in the priority order they are assigned (METHODS.md). */
export const FOLLOWER_CLASSES = ["mass_follower", "influencer", "suspicious", "real"] as const;
export type FollowerClass = (typeof FOLLOWER_CLASSES)[number];

/** What the model says of one follower. */
export interface FollowerScore {
  /** Calibrated probability that the account is fake. */
  pFake: number;
  /** pFake at or above the shipped threshold. */
  fake: boolean;
  class: FollowerClass;
  /** Follows fewer than 1,500 accounts; null when the following count is unknown. */
  reachable: boolean | null;
}
