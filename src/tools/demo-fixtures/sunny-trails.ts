// sunny_trails, the healthy demo creator: a travel micro-creator with steady likes,
// specific and varied comments from many people (six loyal fans among them, not a pod),
// replies to about half of the questions, and an ordinary follower sample. Seeded, so
// the same snapshot every run.
import { sunnyHandle } from "./audience-handles.js";
import { CAPTURED_AT, HOUR, isoTime, MINUTE, postTimes } from "./calendar.js";
import { dailyHistory, SUNNY_TRAILS_COUNTS } from "./history.js";
import { idMaker, shortcodeMaker, uniqueHandles } from "./ids.js";
import { clamp, itemAt, makeRng } from "./random.js";
import type {
  DemoUser,
  SnapshotComment,
  SnapshotFile,
  SnapshotFollower,
  SnapshotPost,
} from "./snapshot-file.js";
import {
  SUNNY_CLOSERS,
  SUNNY_COMMON,
  SUNNY_FOLLOW_UPS,
  SUNNY_GENERIC,
  SUNNY_GENERIC_REPLIES,
  SUNNY_OPENERS,
  SUNNY_QUESTIONS,
  SUNNY_REPLY_OPENERS,
  SUNNY_THREAD_REPLIES,
  withOpener,
} from "./sunny-trails-comments.js";
import {
  DAYS_AVAILABLE,
  FOODS,
  GEAR,
  MONTHS,
  OTHER_PLACES,
  SLIDES,
  SUNNY_PLACES,
} from "./sunny-trails-places.js";
import { capital, FIRST, fill, LAST_INITIAL, normalize } from "./text.js";

type Slots = Record<string, string | number>;
type PostKind = "carousel" | "image" | "reel";
/** A reply with its time as a number until the replies are sorted. */
type TimedReply = { id: string; author: DemoUser; text: string; at: number; likes: number };

export function sunnyTrails(): SnapshotFile {
  const rng = makeRng(20261101);
  const creator: DemoUser = { id: "7100001", username: "sunny_trails" };
  const followers = 14_213;
  const nextPostId = idMaker(rng, "34", 17);
  const nextShortcode = shortcodeMaker(rng);
  const nextCommentId = idMaker(rng, "179", 14);
  const nextUserId = idMaker(rng, "", 11);

  const pool: DemoUser[] = uniqueHandles(420, () => sunnyHandle(rng), new Set([creator.username])).map(
    (username) => ({ username, id: nextUserId() }),
  );
  const loyal = pool.slice(0, 6);
  const crowd = pool.slice(6);
  const times = postTimes(rng, 24);
  // Each loyal fan turns up on 5–10 of the 24 posts: familiar faces, not a pod.
  const loyalPosts = new Map(
    loyal.map((u) => [u.username, new Set(rng.sample([...times.keys()], rng.int(5, 10)))]),
  );

  const usedTexts = new Set<string>();
  /** A text whose normalized form no other comment in this file has yet. */
  const fresh = (make: () => string): string => {
    let text = make();
    for (let i = 0; i < 30 && usedTexts.has(normalize(text)); i++) text = make();
    usedTexts.add(normalize(text));
    return text;
  };
  const kinds = rng.shuffle<PostKind>([
    ...Array<PostKind>(10).fill("carousel"),
    ...Array<PostKind>(8).fill("image"),
    ...Array<PostKind>(6).fill("reel"),
  ]);
  const captionLines = [
    "Worth every step of the climb.",
    "Slow mornings, long walks, cold coffee at the top.",
    "Saving the full route and costs in my highlights.",
    "I could come back here every year.",
    "Came for the view, stayed for the bakery.",
    "Tip: go on a weekday and start early.",
    "Rain all morning, then this.",
    "The quiet side of a busy place.",
  ];

  const posts = times.map((takenAt, index): SnapshotPost => {
    const spot = itemAt(SUNNY_PLACES, index);
    const kind = itemAt(kinds, index);
    const m = rng.logNormalIn(1, 0.24, 0.66, 1.42);
    const likes = Math.round(530 * m * (kind === "reel" ? 1.08 : 1));
    const topCount = clamp(Math.round(27 * m + rng.normal() * 4), 15, 40);
    const slotsBase = (): Slots => ({
      ...spot,
      Is: /^the .*s$/.test(spot.place) ? "Are" : "Is",
      other: rng.pick(OTHER_PLACES),
      month: rng.pick(MONTHS),
      slide: rng.pick(SLIDES),
      gear: rng.pick(GEAR),
      food: rng.pick(FOODS),
      days: rng.pick(DAYS_AVAILABLE),
      n: rng.int(10, 45),
      h: rng.int(2, 4),
      cost: rng.int(8, 16) * 10,
    });

    // Commenters: mostly distinct people from the big pool, plus the loyal fans for this post.
    const authors = loyal.filter((u) => loyalPosts.get(u.username)?.has(index));
    for (const u of rng.sample(crowd, topCount)) if (authors.length < topCount) authors.push(u);
    const comments: { at: number; comment: SnapshotComment }[] = [];
    for (const author of rng.shuffle(authors)) {
      let delay = 0;
      for (let i = 0; i < 20; i++) {
        delay = rng.chance(0.03)
          ? rng.int(3, 9) * MINUTE
          : rng.logNormalIn(300, 1.1, 12, 5 * 24 * 60) * MINUTE;
        if (takenAt + delay + 7 * HOUR < CAPTURED_AT) break;
      }
      const createdAt = takenAt + delay + rng.int(0, 59) * 1000;
      // A question's slots, set when its text is drawn; its answer fills the same ones.
      let slots: Slots = {};
      let text: string;
      let topic: (typeof SUNNY_QUESTIONS)[number] | null = null;
      let replyP: number;
      const roll = rng.next();
      if (roll < 0.125) {
        text = rng.pick(SUNNY_GENERIC);
        replyP = 0.25;
      } else if (roll < 0.155) {
        text = rng.pick(SUNNY_COMMON);
        replyP = 0.3;
      } else {
        const question = rng.pick(SUNNY_QUESTIONS);
        topic = question;
        text = fresh(() => {
          slots = slotsBase();
          return withOpener(rng.pick(SUNNY_OPENERS), fill(question[0], slots)) + rng.pick(SUNNY_CLOSERS);
        });
        replyP = 0.5;
      }
      const comment = {
        id: nextCommentId(),
        author: { id: author.id, username: author.username },
        text,
        createdAt: isoTime(createdAt),
        likes: rng.chance(0.6) ? rng.int(0, 3) : rng.int(3, 14),
        replies: [] as SnapshotComment["replies"],
      };
      const replies: TimedReply[] = [];
      if (rng.chance(replyP)) {
        const creatorReplyAt =
          createdAt + rng.logNormalIn(100, 0.75, 20, 360) * MINUTE + rng.int(0, 59) * 1000;
        const first = capital(author.username.split(/[._0-9]/)[0] || "there");
        const body = topic
          ? fill(rng.pick(SUNNY_REPLY_OPENERS), { first }) + fill(rng.pick(topic[1]), slots)
          : rng.pick(SUNNY_GENERIC_REPLIES);
        replies.push({
          id: nextCommentId(),
          author: { ...creator },
          text: rng.chance(0.55) ? `@${author.username} ${body}` : body,
          at: creatorReplyAt,
          likes: rng.int(0, 4),
        });
        if (topic && rng.chance(0.15)) {
          replies.push({
            id: nextCommentId(),
            author: { id: author.id, username: author.username },
            text: fresh(() => `@${creator.username} ${fill(rng.pick(SUNNY_FOLLOW_UPS), slotsBase())}`),
            at: creatorReplyAt + rng.logNormalIn(90, 0.9, 5, 600) * MINUTE,
            likes: rng.int(0, 2),
          });
        }
      }
      if (topic && rng.chance(0.12)) {
        const other = rng.pick(crowd.filter((u) => u !== author));
        replies.push({
          id: nextCommentId(),
          author: { id: other.id, username: other.username },
          text: fresh(() => `@${author.username} ${fill(rng.pick(SUNNY_THREAD_REPLIES), slotsBase())}`),
          at: createdAt + rng.logNormalIn(150, 0.9, 8, 1440) * MINUTE,
          likes: rng.int(0, 5),
        });
      }
      comment.replies = replies
        .filter((r) => r.at < CAPTURED_AT)
        .sort((a, b) => a.at - b.at)
        .map(({ at, ...r }) => ({ ...r, createdAt: isoTime(at) }));
      comments.push({ at: createdAt, comment });
    }
    comments.sort((a, b) => a.at - b.at);
    const listed = comments.reduce((n, c) => n + 1 + (c.comment.replies?.length ?? 0), 0);
    // The sponsored post says so up front ("Ad |"), as the FTC and the ASA ask.
    const isAd = index === 9;
    return {
      id: nextPostId(),
      shortcode: nextShortcode(),
      takenAt: isoTime(takenAt),
      kind,
      caption: `${isAd ? "Ad | " : ""}${capital(spot.feature)}, ${spot.place} ${rng.pick(["🌄", "🥾", "🌿", "☀️", "🗺️"])} ${rng.pick(captionLines)}${isAd ? " Gear from @fjellpack_gear, who sponsored this trip." : ""} #slowtravel #${spot.country.replace(/^the /, "").replace(/\W/g, "").toLowerCase()}`,
      likes,
      commentCount: listed + rng.int(0, 3),
      ...(kind === "reel" ? { views: Math.round(rng.logNormal(27_000, 0.35)) } : {}),
      isAd,
      ...(isAd ? { sponsors: ["fjellpack_gear"] } : {}),
      location: `${capital(spot.place)}, ${capital(spot.country)}`,
      comments: comments.map((c) => c.comment),
    };
  });

  // Follower sample: ordinary people, some of whom comment.
  const fromPool = rng.sample(pool, 70);
  const fresher = uniqueHandles(
    130,
    () => sunnyHandle(rng),
    new Set([creator.username, ...pool.map((u) => u.username)]),
  );
  const sample = [...fromPool, ...fresher.map((username) => ({ username, id: nextUserId() }))];
  const followersSample = rng.shuffle(sample).map((u): SnapshotFollower => {
    const f = u.username.split(/[._0-9]/).find((p) => FIRST.includes(p));
    return {
      username: u.username,
      id: u.id,
      followers: Math.round(clamp(rng.logNormal(420, 1.1), 12, 48_000)),
      following: Math.round(clamp(rng.logNormal(480, 0.6), 40, 2_400)),
      posts: Math.round(clamp(rng.logNormal(110, 1.0), 0, 2_500)),
      hasAvatar: rng.chance(0.95),
      isPrivate: rng.chance(0.3),
      isVerified: false,
      fullName: f && rng.chance(0.85) ? `${capital(f)} ${rng.pick(LAST_INITIAL).toUpperCase()}.` : null,
      bioLength: rng.chance(0.65) ? rng.int(12, 150) : 0,
    };
  });

  const profile = {
    followers,
    following: 608,
    posts: 318,
    fullName: "Sunny Trails | slow travel",
    bio: "Slow travel & long walks 🥾 Europe and beyond. Honest tips, real costs, no fluff.",
    externalUrl: "https://sunnytrails.example",
    isVerified: false,
    isBusiness: true,
    category: "Digital creator",
  };
  return {
    format: "vouch.snapshot/v1",
    capturedAt: isoTime(CAPTURED_AT),
    account: { platform: "instagram", username: creator.username, id: creator.id },
    profile,
    history: dailyHistory(
      SUNNY_TRAILS_COUNTS,
      profile.posts,
      posts.map((p) => p.takenAt),
    ),
    posts,
    followersSample,
  };
}
