// Which imported post fulfils which deliverable of an accepted contract. A post is a
// candidate for a deliverable when it is on the deliverable's platform, of a kind that
// can be it (a reel is a reel or, on an older export, a video), posted inside the
// deliverable's window, and carries at least one thing the contract asks every post to
// carry (its link, code, @mention or hashtag) — so an ordinary post of the same week is
// never taken for the paid one. Each match says why, in words.
//
// One post fulfils one deliverable, and one deliverable takes one post. Deliverables
// choose in the order of their go-live day (then their number); each takes, among the
// candidates left, the post with the most required items, then the one posted closest
// to its go-live day, then the earlier one. So a post that could be either of two
// deliverables goes to the one due first, and the later one takes the next post.
// A brand's own decisions come first: a post matched by hand is that deliverable's, and
// a pair unmatched by hand is never matched again. Rules: docs/delivery.md.
import type { ContractPlatform, DeliverableKind } from "./contract-terms.js";
import type { PostKind } from "./types.js";

/** How early a post may go up before its go-live day and still count. */
export const EARLY_DAYS = 7;
/** How late a post is still matched (and reported late) after its go-live day. */
export const LATE_DAYS = 30;

const DAY_MS = 86_400_000;

export interface MatchableDeliverable {
  number: number;
  platform: ContractPlatform;
  kind: DeliverableKind;
  goLive: string;
  mentions: readonly string[];
  hashtags: readonly string[];
  links: readonly string[];
  codes: readonly string[];
}

export interface MatchablePost {
  /** The platform's id of the post. */
  postId: string;
  platform: ContractPlatform;
  kind: PostKind | null;
  /** Posting time, ms since the epoch. */
  takenAt: number;
  caption: string | null;
}

export interface DeliverableMatch {
  deliverable: number;
  postId: string;
  by: "rule" | "hand";
  /** What was found, e.g. ['link shop.example/spring', 'code ANNA15', 'posted on 2027-03-14']. */
  reasons: string[];
}

export interface HandDecisions {
  matched: readonly { deliverable: number; postId: string }[];
  unmatched: readonly { deliverable: number; postId: string }[];
}

/** The post kinds that can be each deliverable kind (stories and blog posts are proven by hand). */
const KINDS_FOR: Record<DeliverableKind, readonly (PostKind | null)[]> = {
  feed_post: ["image", "carousel", null],
  reel: ["reel", "video"],
  video: ["video", "reel"],
  story: [],
  blog_post: [],
};

export function matchDeliverables(
  deliverables: readonly MatchableDeliverable[],
  posts: readonly MatchablePost[],
  hand: HandDecisions = { matched: [], unmatched: [] },
): DeliverableMatch[] {
  const out: DeliverableMatch[] = [];
  const takenPosts = new Set<string>();
  const doneDeliverables = new Set<number>();
  const byId = new Map(posts.map((p) => [p.postId, p]));
  for (const m of hand.matched) {
    if (doneDeliverables.has(m.deliverable) || takenPosts.has(m.postId)) continue;
    const post = byId.get(m.postId);
    out.push({
      deliverable: m.deliverable,
      postId: m.postId,
      by: "hand",
      reasons: ["matched by hand", ...(post ? [`posted on ${day(post.takenAt)}`] : [])],
    });
    takenPosts.add(m.postId);
    doneDeliverables.add(m.deliverable);
  }
  const folded = new Map(posts.map((p) => [p.postId, foldForItems(p.caption ?? "")]));
  const refused = new Set(hand.unmatched.map((u) => `${u.deliverable} ${u.postId}`));
  const order = [...deliverables].sort((a, b) => a.goLive.localeCompare(b.goLive) || a.number - b.number);
  for (const d of order) {
    if (doneDeliverables.has(d.number)) continue;
    const find = requiredItemsFinder(d);
    const goLive = Date.parse(`${d.goLive}T00:00:00Z`);
    let best: { post: MatchablePost; found: string[]; distance: number } | null = null;
    for (const post of posts) {
      if (takenPosts.has(post.postId) || refused.has(`${d.number} ${post.postId}`)) continue;
      if (post.platform !== d.platform || !KINDS_FOR[d.kind].includes(post.kind)) continue;
      if (post.takenAt < goLive - EARLY_DAYS * DAY_MS || post.takenAt >= goLive + (LATE_DAYS + 1) * DAY_MS)
        continue;
      const found = find(folded.get(post.postId) ?? "");
      if (found.length === 0) continue;
      const distance = Math.abs(post.takenAt - goLive);
      if (
        best === null ||
        found.length > best.found.length ||
        (found.length === best.found.length &&
          (distance < best.distance || (distance === best.distance && post.takenAt < best.post.takenAt)))
      )
        best = { post, found, distance };
    }
    if (!best) continue;
    takenPosts.add(best.post.postId);
    out.push({
      deliverable: d.number,
      postId: best.post.postId,
      by: "rule",
      reasons: [
        ...best.found,
        `${d.platform} ${best.post.kind ?? "post"} posted on ${day(best.post.takenAt)}`,
      ],
    });
  }
  return out.sort((a, b) => a.deliverable - b.deliverable);
}

/** The contract's required items found in a caption, each in words ("code ANNA15"). */
export function requiredItemsIn(
  caption: string,
  d: Pick<MatchableDeliverable, "mentions" | "hashtags" | "links" | "codes">,
): string[] {
  return requiredItemsFinder(d)(foldForItems(caption));
}

/** A caption as the finder reads it: NFC, lower case. */
export function foldForItems(caption: string): string {
  return caption.normalize("NFC").toLowerCase();
}

/**
 * A finder of the deliverable's required items in a folded caption (foldForItems), its
 * patterns compiled once: matching tries every post against every deliverable, so this
 * is the inner loop.
 */
export function requiredItemsFinder(
  d: Pick<MatchableDeliverable, "mentions" | "hashtags" | "links" | "codes">,
): (caption: string) => string[] {
  const tests: { words: string; test: (text: string) => boolean }[] = [];
  for (const link of d.links) {
    const bare = bareLink(link);
    if (bare) tests.push({ words: `link ${bare}`, test: (t) => t.includes(bare) });
  }
  for (const code of d.codes) {
    const word = code.toLowerCase();
    if (!word) continue;
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "u");
    tests.push({ words: `code ${code}`, test: (t) => t.includes(word) && re.test(t) });
  }
  for (const m of d.mentions) {
    const handle = m.replace(/^@/, "").toLowerCase();
    const re = new RegExp(
      `(^|[^\\p{L}\\p{N}_.])@${escapeRegExp(handle)}(?![\\p{L}\\p{N}_]|\\.[\\p{L}\\p{N}_])`,
      "u",
    );
    tests.push({ words: `mention @${handle}`, test: (t) => t.includes(`@${handle}`) && re.test(t) });
  }
  for (const h of d.hashtags) {
    const tag = h.replace(/^#/, "").toLowerCase();
    const re = new RegExp(`(^|[^\\p{L}\\p{N}_])#${escapeRegExp(tag)}(?![\\p{L}\\p{N}_])`, "u");
    tests.push({ words: `hashtag #${tag}`, test: (t) => t.includes(`#${tag}`) && re.test(t) });
  }
  return (text) => tests.filter((x) => x.test(text)).map((x) => x.words);
}

/** A link as it shows in a caption: no scheme, no "www.", no trailing slash, lower case. */
export function bareLink(link: string): string {
  return link
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\/+$/, "");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
