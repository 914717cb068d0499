// The usernames an account was seen under, oldest first, and a rename in words: "posted as
// @a until 2026-05-30, as @b since 2026-06-10". Posts belong to an owner id, which a
// rename keeps; a rename is a known sign of a bought or repurposed account, so it is shown
// as evidence and not scored. The times are those of the posts labelled with each name and
// of the profile captures: Instagram labels a post with the name its owner had when it was
// downloaded, so the dates give the order of the names, not the day of the rename.
import { iso } from "./stats.js";
import type { UsernameSighting } from "./types.js";

export const USERNAME_HISTORY_METHOD =
  "usernames-v1: each name with the first and last post time or profile capture it was seen at; shown, not scored";

export interface UsernameHistory {
  /** Every name seen, ordered by when it was last seen (the current name last). */
  names: { username: string; firstSeen: string; lastSeen: string }[];
  /** More than one name was seen. */
  renamed: boolean;
  /** The rename in words; null without one. */
  evidence: string | null;
  method: string;
}

export function computeUsernameHistory(sightings: readonly UsernameSighting[]): UsernameHistory {
  const ordered = [...sightings].sort((a, b) => a.lastSeen - b.lastSeen || a.firstSeen - b.firstSeen);
  const names = ordered.map((s) => ({
    username: s.username,
    firstSeen: iso(s.firstSeen),
    lastSeen: iso(s.lastSeen),
  }));
  const renamed = names.length > 1;
  return {
    names,
    renamed,
    evidence: renamed ? renameWords(names) : null,
    method: USERNAME_HISTORY_METHOD,
  };
}

/** "posted as @a until D, as @b from D to D, as @c since D" (days in UTC). */
function renameWords(names: UsernameHistory["names"]): string {
  const day = (t: string) => t.slice(0, 10);
  return `posted as ${names
    .map((n, i) =>
      i === 0
        ? `@${n.username} until ${day(n.lastSeen)}`
        : i === names.length - 1
          ? `@${n.username} since ${day(n.firstSeen)}`
          : `@${n.username} from ${day(n.firstSeen)} to ${day(n.lastSeen)}`,
    )
    .join(", as ")}`;
}
