// The audit's "latest N posts", newest first. Instagram shows up to three pinned posts at
// the top of a profile's grid whatever their age, and Instaloader downloads the grid in
// that order, so a download of the latest 12 posts may hold old pinned ones; counted as
// recent they would stretch the window over years and lend it their long-accumulated likes.
// So a pinned post counts only where its own date puts it: it is in the window when it is
// no older than the oldest of the latest N posts that are not pinned, and left out
// otherwise. A post whose pinned state is unknown counts as not pinned.
// src/db/load-audit-input.ts selects the comment window's posts by the same rule in SQL.
import type { Post } from "./types.js";

export interface LatestPosts {
  /** The window, newest first: at most `n` posts. */
  posts: Post[];
  /** Pinned posts older than the window's unpinned posts, left out of it. */
  pinnedLeftOut: Post[];
}

export function latestPosts(all: readonly Post[], n: number): LatestPosts {
  const newestFirst = [...all].sort((a, b) => b.takenAt - a.takenAt);
  const unpinned = newestFirst.filter((p) => p.pinned !== true).slice(0, n);
  // With no unpinned post at all, the pinned ones are all there is.
  const cutoff = unpinned.at(-1)?.takenAt ?? Number.NEGATIVE_INFINITY;
  const inWindow = (p: Post) => p.pinned !== true || p.takenAt >= cutoff;
  return {
    posts: newestFirst.filter(inWindow).slice(0, n),
    pinnedLeftOut: newestFirst.filter((p) => !inWindow(p)),
  };
}
