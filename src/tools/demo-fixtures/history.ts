// The demo creators' counts by day over the three months before capture (the snapshot's
// `history`, which the audit's growth section reads). The post counts follow from the
// posts' own dates. The follower and following counts were drawn once by a script that
// was not kept (commit 4d77b27 added them to the JSON files), so their daily steps are
// recorded here, and the fixtures stay the bytes the tests and screenshots know.
import { DAY } from "./calendar.js";
import type { SnapshotDay } from "./snapshot-file.js";

/** Where the counts start on the first day, and by how much each later day changes them. */
export interface RecordedCounts {
  followers: number;
  following: number;
  followerSteps: readonly number[];
  followingSteps: readonly number[];
}

/** The first day of every history; the last is the day before capture. */
const FIRST_DAY = Date.parse("2026-08-01T00:00:00Z");

/** Steady growth of 4–16 followers a day; following drifts by one. */
export const SUNNY_TRAILS_COUNTS: RecordedCounts = {
  followers: 13_348,
  following: 609,
  followerSteps: [
    6, 10, 14, 4, 5, 12, 5, 9, 13, 4, 12, 7, 4, 5, 10, 10, 5, 7, 5, 12, 10, 4, 13, 5, 7, 14, 14, 13, 4, 13,
    13, 10, 4, 7, 4, 12, 6, 8, 10, 6, 12, 5, 13, 8, 12, 14, 6, 5, 13, 13, 14, 7, 9, 5, 12, 15, 5, 13, 4, 13,
    7, 11, 14, 12, 10, 16, 9, 11, 13, 11, 9, 8, 7, 16, 6, 15, 16, 7, 5, 13, 8, 12, 11, 9, 15, 11, 8, 13, 5, 5,
    12,
  ],
  followingSteps: [
    -1, 0, -1, 0, 0, -1, 1, -1, 1, 1, 0, 0, 1, 0, 1, 0, 1, 0, -1, -1, 0, 0, 1, 1, -1, -1, 1, 1, 0, 1, 1, 1, 0,
    0, 1, 0, 1, 0, -1, 0, 0, -1, 1, -1, 0, -1, -1, 0, -1, 1, -1, 0, 0, 0, -1, -1, 0, 0, 1, 0, -1, 0, 1, 0, 1,
    0, 0, 1, 0, -1, -1, -1, -1, -1, -1, 1, -1, -1, 0, 1, -1, 0, 0, -1, -1, 0, 1, 0, 1, 1, 0,
  ],
};

/**
 * 1–8 followers a day but for 4,202 in one day (2026-09-17: bought followers arriving at
 * once), and 848 more accounts followed in one day (2026-10-08: follow-for-follow).
 */
export const GLOWUP_DAILY_COUNTS: RecordedCounts = {
  followers: 14_339,
  following: 2_073,
  followerSteps: [
    8, 8, 4, 3, 8, 3, 2, 8, 5, 3, 2, 1, 7, 8, 3, 1, 2, 1, 1, 4, 4, 1, 8, 6, 8, 4, 4, 5, 8, 1, 2, 8, 5, 7, 2,
    5, 6, 4, 5, 1, 2, 2, 7, 2, 5, 7, 4202, 1, 1, 4, 4, 1, 8, 7, 7, 7, 2, 4, 5, 6, 2, 5, 6, 1, 7, 2, 3, 4, 2,
    1, 1, 8, 8, 3, 4, 8, 4, 3, 7, 7, 2, 7, 7, 4, 1, 5, 5, 1, 4, 3, 7,
  ],
  followingSteps: [
    2, -2, -2, -1, -1, 1, 0, -2, 2, 0, 0, 1, -2, -2, -2, -1, 2, -1, -2, 2, 0, 0, 2, 1, -1, 2, 1, 2, -1, 1, -1,
    -1, 0, -1, 2, -1, -1, -1, 2, -1, 1, 1, 2, -2, 1, -2, -2, -2, -2, 2, 0, -1, 1, 0, 1, 2, 1, 0, 2, -1, -2,
    -1, -1, 1, 2, 2, 2, 848, 0, -1, -1, -2, -2, 0, 1, 1, -1, -2, -2, -1, 0, 0, 2, 2, -1, -2, 0, -1, 1, 0, 2,
  ],
};

/**
 * One entry per day from 2026-08-01: the recorded follower and following counts, and the
 * profile's post count less the posts published after that day.
 */
export function dailyHistory(
  counts: RecordedCounts,
  profilePosts: number,
  postsTakenAt: readonly string[],
): SnapshotDay[] {
  let followers = counts.followers;
  let following = counts.following;
  return Array.from({ length: counts.followerSteps.length + 1 }, (_, i) => {
    if (i > 0) {
      followers += counts.followerSteps[i - 1] ?? 0;
      following += counts.followingSteps[i - 1] ?? 0;
    }
    const date = new Date(FIRST_DAY + i * DAY).toISOString().slice(0, 10);
    const later = postsTakenAt.filter((takenAt) => takenAt.slice(0, 10) > date).length;
    return { date, followers, following, posts: profilePosts - later };
  });
}
