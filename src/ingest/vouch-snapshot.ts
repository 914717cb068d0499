// Reads a Vouch snapshot JSON (vouch-snapshot-schema.ts) into AccountData.
import { invalidFile } from "../core/errors.js";
import type { AccountData, Comment } from "../core/types.js";
import { addSighting, emptyAccount } from "./account-data.js";
import { assertGraphDemographics, demographicsFromGraph } from "./graph-demographics.js";
import { type Snapshot, snapshotSchema } from "./vouch-snapshot-schema.js";
import { parseWith } from "./zod-error.js";

export function isSnapshot(value: unknown): boolean {
  return Boolean(
    value &&
      typeof value === "object" &&
      String((value as { format?: unknown }).format).startsWith("vouch.snapshot"),
  );
}

export function accountFromSnapshot(value: unknown, file: string): AccountData {
  assertGraphDemographics((value as { demographics?: unknown } | null)?.demographics, file, "demographics");
  const s = parseWith(snapshotSchema, value, file);
  const capturedAt = Date.parse(s.capturedAt);
  const data = emptyAccount(s.account, s.account.id ?? null);
  // The snapshot names the account as it was at its capture.
  addSighting(data.usernames, s.account.username, capturedAt);
  if (s.profile)
    data.profile = {
      capturedAt,
      followers: s.profile.followers ?? null,
      following: s.profile.following ?? null,
      posts: s.profile.posts ?? null,
      fullName: s.profile.fullName ?? null,
      bio: s.profile.bio ?? null,
      externalUrl: s.profile.externalUrl ?? null,
      isVerified: s.profile.isVerified ?? null,
      isBusiness: s.profile.isBusiness ?? null,
      category: s.profile.category ?? null,
    };
  for (const p of s.posts) {
    data.posts.push({
      platformPostId: p.id,
      shortcode: p.shortcode ?? null,
      takenAt: Date.parse(p.takenAt),
      kind: p.kind ?? null,
      caption: p.caption ?? null,
      likes: p.likes ?? null,
      comments: p.commentCount ?? null,
      views: p.views ?? null,
      isAd: p.isAd ?? null,
      sponsors: p.sponsors ?? null,
      location: p.location ?? null,
    });
    for (const c of p.comments ?? []) {
      data.comments.push(toComment(c, p.id, null));
      for (const r of c.replies ?? []) data.comments.push(toComment(r, p.id, c.id));
    }
  }
  data.followers = s.followersSample.map((f) => ({
    username: f.username.toLowerCase(),
    platformUserId: f.id ?? null,
    followers: f.followers ?? null,
    following: f.following ?? null,
    posts: f.posts ?? null,
    hasAvatar: f.hasAvatar ?? null,
    isPrivate: f.isPrivate ?? null,
    isVerified: f.isVerified ?? null,
    fullName: f.fullName ?? null,
    bioLength: f.bioLength ?? null,
    biography: f.biography ?? null,
    externalUrl: f.externalUrl ?? null,
    hasExternalUrl: f.hasExternalUrl ?? null,
    usernameLength: f.usernameLength ?? null,
    usernameDigitCount: f.usernameDigitCount ?? null,
  }));
  if (data.followers.length) data.followersCapturedAt = capturedAt;
  // A day with no count says nothing: skipped, as in the daily-counts CSV.
  const days = new Set<string>();
  for (const [i, h] of (s.history ?? []).entries()) {
    if (days.has(h.date))
      throw invalidFile(file, `record history[${i}]`, "date", `the day ${h.date} appears twice`);
    days.add(h.date);
    const day = {
      day: h.date,
      followers: h.followers ?? null,
      following: h.following ?? null,
      posts: h.posts ?? null,
    };
    if (day.followers !== null || day.following !== null || day.posts !== null) data.dailyCounts.push(day);
  }
  if (s.demographics)
    data.demographics = demographicsFromGraph(s.demographics, capturedAt, file, "demographics");
  return data;
}

type SnapshotComment = NonNullable<Snapshot["posts"][number]["comments"]>[number];

function toComment(c: Omit<SnapshotComment, "replies">, postId: string, parentId: string | null): Comment {
  return {
    platformCommentId: c.id,
    platformPostId: postId,
    parentId,
    authorId: c.author?.id ?? null,
    authorUsername: c.author?.username?.toLowerCase() ?? null,
    text: c.text,
    createdAt: Date.parse(c.createdAt),
    likes: c.likes ?? null,
  };
}
