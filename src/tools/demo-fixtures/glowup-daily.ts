// glowup_daily, the bought-looking demo creator: erratic likes with five spikes, mostly
// generic comments, a pod of ten accounts posting the same lines minutes after each
// post, almost no replies, and a follower sample two thirds of which look like
// mass-follow accounts. Seeded, so the same snapshot every run.
import { glowHandle } from "./audience-handles.js";
import { CAPTURED_AT, HOUR, isoTime, MINUTE, postTimes } from "./calendar.js";
import {
  GLOW_CAPTIONS,
  GLOW_CREATOR_REPLIES,
  GLOW_GENERIC,
  GLOW_POD_LINES,
  GLOW_SPAM,
} from "./glowup-daily-comments.js";
import { dailyHistory, GLOWUP_DAILY_COUNTS } from "./history.js";
import { idMaker, shortcodeMaker, uniqueHandles } from "./ids.js";
import { clamp, itemAt, makeRng } from "./random.js";
import type {
  DemoUser,
  SnapshotComment,
  SnapshotFile,
  SnapshotFollower,
  SnapshotPost,
} from "./snapshot-file.js";
import { capital, FIRST, LAST_INITIAL } from "./text.js";

type PostKind = "carousel" | "image" | "reel";

export function glowupDaily(): SnapshotFile {
  const rng = makeRng(7200002);
  const creator: DemoUser = { id: "7200002", username: "glowup_daily" };
  const followers = 18_934;
  const nextPostId = idMaker(rng, "34", 17);
  const nextShortcode = shortcodeMaker(rng);
  const nextCommentId = idMaker(rng, "178", 14);
  const nextUserId = idMaker(rng, "", 11);

  const podNames = [
    "glowsquad.amira",
    "beautypod.lena",
    "radiant_rhea.x",
    "skinlove.tessa",
    "lushlook.nika",
    "brightbabe.mila",
    "dewy.daria_",
    "shinebright.kim",
    "glamcircle.ivy",
    "velvet.vibes.jo",
  ];
  const pod = podNames.map((username) => ({
    username,
    id: nextUserId(),
    lines: rng.sample(GLOW_POD_LINES, 4),
  }));
  const crowd: DemoUser[] = uniqueHandles(
    320,
    () => glowHandle(rng),
    new Set([creator.username, ...podNames]),
  ).map((username) => ({ username, id: nextUserId() }));
  const times = postTimes(rng, 24);
  const kinds = rng.shuffle<PostKind>([
    ...Array<PostKind>(9).fill("image"),
    ...Array<PostKind>(8).fill("reel"),
    ...Array<PostKind>(7).fill("carousel"),
  ]);
  const spikes = new Set([2, 5, 9, 15, 20]);

  const posts = times.map((takenAt, index): SnapshotPost => {
    const kind = itemAt(kinds, index);
    const likes = spikes.has(index)
      ? rng.int(2_600, 4_900)
      : Math.round(245 * rng.logNormalIn(1, 0.12, 0.8, 1.25));
    const topCount = rng.int(20, 50);
    const comments: { at: number; comment: SnapshotComment }[] = [];
    const authors: { member: (typeof pod)[number] | null; user: DemoUser }[] = [];
    for (const member of pod) if (rng.chance(0.93)) authors.push({ member, user: member });
    for (const user of rng.sample(crowd, topCount - authors.length)) authors.push({ member: null, user });

    for (const { member, user } of authors) {
      let text: string;
      let delay: number;
      if (member) {
        text = rng.chance(0.9) ? rng.pick(member.lines) : rng.pick(["🔥🔥🔥", "😍😍", "💖💖"]);
        delay = rng.int(60, 8 * 60) * 1000;
      } else {
        const roll = rng.next();
        if (roll < 0.62) text = rng.pick(GLOW_GENERIC);
        else if (roll < 0.8)
          text = Array.from({ length: rng.int(1, 3) }, () => `@${rng.pick(crowd).username}`).join(" ");
        else text = rng.pick(GLOW_SPAM);
        delay = rng.chance(0.4)
          ? rng.int(2 * 60, 10 * 60) * 1000
          : rng.logNormalIn(100, 1.3, 11, Math.min(3 * 24 * 60, (CAPTURED_AT - takenAt - HOUR) / MINUTE)) *
            MINUTE;
      }
      const createdAt = takenAt + delay;
      const replies: NonNullable<SnapshotComment["replies"]> = [];
      const comment = {
        id: nextCommentId(),
        author: { id: user.id, username: user.username },
        text,
        createdAt: isoTime(createdAt),
        likes: rng.chance(0.85) ? 0 : rng.int(1, 3),
        replies,
      };
      if (rng.chance(0.028)) {
        const at = createdAt + rng.logNormalIn(600, 0.8, 30, 4_000) * MINUTE;
        if (at < CAPTURED_AT)
          replies.push({
            id: nextCommentId(),
            author: { ...creator },
            text: rng.pick(GLOW_CREATOR_REPLIES),
            createdAt: isoTime(at),
            likes: 0,
          });
      }
      comments.push({ at: createdAt, comment });
    }
    comments.sort((a, b) => a.at - b.at);
    const listed = comments.reduce((n, c) => n + 1 + (c.comment.replies?.length ?? 0), 0);
    return {
      id: nextPostId(),
      shortcode: nextShortcode(),
      takenAt: isoTime(takenAt),
      kind,
      caption: `${GLOW_CAPTIONS[index % GLOW_CAPTIONS.length]} Use code GLOW15 🛒`,
      likes,
      commentCount: listed + rng.int(0, 6),
      ...(kind === "reel"
        ? { views: spikes.has(index) ? rng.int(6_000, 9_000) : Math.round(rng.logNormal(4_200, 0.5)) }
        : {}),
      isAd: false,
      location: rng.chance(0.2) ? "Miami, Florida" : null,
      comments: comments.map((c) => c.comment),
    };
  });

  // Follower sample: about two thirds look like mass-follow accounts.
  const handles = uniqueHandles(200, () => glowHandle(rng), new Set([creator.username, ...podNames]));
  const followersSample = handles.map((username): SnapshotFollower => {
    if (rng.chance(0.66))
      return {
        username,
        id: nextUserId(),
        followers: rng.int(0, 160),
        following: rng.int(1_500, 7_500),
        posts: rng.int(0, 4),
        hasAvatar: rng.chance(0.12),
        isPrivate: rng.chance(0.2),
        isVerified: false,
        fullName: null,
        bioLength: rng.chance(0.85) ? 0 : rng.int(5, 30),
      };
    return {
      username,
      id: nextUserId(),
      followers: Math.round(clamp(rng.logNormal(380, 1.0), 20, 20_000)),
      following: Math.round(clamp(rng.logNormal(600, 0.6), 50, 2_500)),
      posts: Math.round(clamp(rng.logNormal(90, 1.0), 1, 2_000)),
      hasAvatar: rng.chance(0.9),
      isPrivate: rng.chance(0.3),
      isVerified: false,
      fullName: rng.chance(0.6)
        ? `${capital(rng.pick(FIRST))} ${rng.pick(LAST_INITIAL).toUpperCase()}.`
        : null,
      bioLength: rng.chance(0.6) ? rng.int(10, 140) : 0,
    };
  });

  const profile = {
    followers,
    following: 2_917,
    posts: 611,
    fullName: "GlowUp Daily ✨",
    bio: "Daily glow tips 💄 | DM for collabs 💌 | Use code GLOW15",
    externalUrl: "https://glowupdaily.example",
    isVerified: false,
    isBusiness: true,
    category: "Health/beauty",
  };
  return {
    format: "vouch.snapshot/v1",
    capturedAt: isoTime(CAPTURED_AT),
    account: { platform: "instagram", username: creator.username, id: creator.id },
    profile,
    history: dailyHistory(
      GLOWUP_DAILY_COUNTS,
      profile.posts,
      posts.map((p) => p.takenAt),
    ),
    posts,
    followersSample,
  };
}
