// Building and merging AccountData: several files (or formats) may describe one account.
import { formatAccountKey } from "../core/account-key.js";
import { invalidFile } from "../core/errors.js";
import type { AccountData, AccountRef } from "../core/types.js";

export function emptyAccount(ref: AccountRef, platformUserId: string | null = null): AccountData {
  return {
    account: { ...ref, username: ref.username.toLowerCase(), platformUserId },
    usernames: [],
    profile: null,
    posts: [],
    comments: [],
    followers: [],
    followersCapturedAt: null,
    dailyCounts: [],
    demographics: [],
  };
}

/** Merges accounts with the same platform:username; the newest profile snapshot wins. */
export function mergeAccounts(parts: readonly AccountData[]): AccountData[] {
  const byKey = new Map<string, AccountData>();
  for (const part of parts) {
    const key = formatAccountKey(part.account);
    const into = byKey.get(key);
    if (!into) {
      byKey.set(key, {
        ...part,
        usernames: [...part.usernames],
        posts: [...part.posts],
        comments: [...part.comments],
        followers: [...part.followers],
        dailyCounts: [...part.dailyCounts],
        demographics: [...part.demographics],
      });
      continue;
    }
    into.account.platformUserId ??= part.account.platformUserId;
    for (const u of part.usernames) {
      addSighting(into.usernames, u.username, u.firstSeen);
      addSighting(into.usernames, u.username, u.lastSeen);
    }
    if (part.profile && (!into.profile || part.profile.capturedAt > into.profile.capturedAt))
      into.profile = part.profile;
    into.posts.push(...part.posts);
    into.comments.push(...part.comments);
    into.followers.push(...part.followers);
    into.dailyCounts.push(...part.dailyCounts);
    into.demographics.push(...part.demographics);
    if (part.followersCapturedAt !== null)
      into.followersCapturedAt = Math.max(into.followersCapturedAt ?? 0, part.followersCapturedAt);
  }
  return [...byKey.values()];
}

/** Records that the account was seen as `username` at `at` (epoch ms), widening that name's span. */
export function addSighting(into: AccountData["usernames"], username: string, at: number): void {
  const name = username.toLowerCase();
  const known = into.find((u) => u.username === name);
  if (!known) into.push({ username: name, firstSeen: at, lastSeen: at });
  else {
    known.firstSeen = Math.min(known.firstSeen, at);
    known.lastSeen = Math.max(known.lastSeen, at);
  }
}

/** A file that lists one post, comment, follower or day of counts twice is bad input: say which. */
export function assertUniqueIds(data: AccountData, file: string): AccountData {
  const check = <T>(rows: readonly T[], key: (row: T) => string, what: string, field: string) => {
    const seen = new Set<string>();
    for (const row of rows) {
      const id = key(row);
      if (seen.has(id)) throw invalidFile(file, `${what} ${id}`, field, `duplicate ${what} id "${id}"`);
      seen.add(id);
    }
  };
  check(data.posts, (p) => p.platformPostId, "post", "id");
  check(data.comments, (c) => c.platformCommentId, "comment", "id");
  check(data.followers, (f) => f.username, "follower", "username");
  const days = new Set<string>();
  for (const d of data.dailyCounts) {
    if (days.has(d.day)) throw invalidFile(file, `day ${d.day}`, "date", `the day ${d.day} appears twice`);
    days.add(d.day);
  }
  const counts = new Set<string>();
  for (const d of data.demographics) {
    const key = `${d.capturedAt} ${d.dimension} ${d.key}`;
    if (counts.has(key))
      throw invalidFile(
        file,
        `${d.dimension} ${d.key}`,
        "key",
        `the ${d.dimension} "${d.key}" appears twice in one capture`,
      );
    counts.add(key);
  }
  return data;
}
