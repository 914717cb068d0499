// Audience authenticity for the audit: every sampled follower scored by the follower
// model (follower-model.ts), the sample's fake share with its interval, HypeAuditor's
// class breakdown, and example accounts per class as evidence.
import { FOLLOWER_CLASSES, type FollowerClass, type FollowerInput } from "./follower-input.js";
import {
  FOLLOWER_MODEL_VERSION,
  FOLLOWER_THRESHOLD,
  type FollowerSampleSummary,
  scoreFollower,
  summariseFollowers,
} from "./follower-model.js";
import type { Follower } from "./types.js";

export interface FollowerExample {
  username: string;
  pFake: number;
  followers: number | null;
  following: number | null;
  posts: number | null;
}

export interface AudienceAuthenticity extends FollowerSampleSummary {
  modelVersion: string;
  threshold: number;
  /** Per class, the accounts the model is surest of (highest pFake for suspicious, lowest for real). */
  examples: Record<FollowerClass, FollowerExample[]>;
}

export function toFollowerInput(f: Follower): FollowerInput {
  return {
    username: f.username,
    fullName: f.fullName,
    biography: f.biography,
    bioLength: f.bioLength,
    followers: f.followers,
    following: f.following,
    posts: f.posts,
    hasProfilePic: f.hasAvatar,
    isPrivate: f.isPrivate,
    externalUrl: f.externalUrl,
    hasExternalUrl: f.hasExternalUrl,
    usernameLength: f.usernameLength,
    usernameDigitCount: f.usernameDigitCount,
  };
}

export function computeAudience(followers: readonly Follower[], evidenceLimit: number): AudienceAuthenticity {
  const scored = followers.map((f) => ({ f, s: scoreFollower(toFollowerInput(f)) }));
  const summary = summariseFollowers(scored.map((x) => x.s));
  const examples = Object.fromEntries(FOLLOWER_CLASSES.map((c) => [c, [] as FollowerExample[]])) as Record<
    FollowerClass,
    FollowerExample[]
  >;
  for (const cls of FOLLOWER_CLASSES) {
    const mine = scored.filter((x) => x.s.class === cls);
    // Real accounts: the most clearly real first; every other class: the most suspicious first.
    mine.sort((a, b) =>
      cls === "real"
        ? a.s.pFake - b.s.pFake
        : b.s.pFake - a.s.pFake || a.f.username.localeCompare(b.f.username),
    );
    examples[cls] = mine.slice(0, Math.min(evidenceLimit, 5)).map(({ f, s }) => ({
      username: f.username,
      pFake: s.pFake,
      followers: f.followers,
      following: f.following,
      posts: f.posts,
    }));
  }
  return {
    modelVersion: FOLLOWER_MODEL_VERSION,
    threshold: FOLLOWER_THRESHOLD,
    ...summary,
    notEnoughData:
      followers.length === 0 ? "audience authenticity: no follower sample imported" : summary.notEnoughData,
    examples,
  };
}
