// Writes a synthetic creator for the benchmark: an Instaloader folder with
// `posts` posts (metadata .json.xz when the `xz` tool is present, else .json),
// `commentsPerPost` top-level comments per post of which a tenth carry a creator
// reply, the profile file, a follower-sample CSV and a daily-counts CSV of the year
// before the last post. Captions read like a travel and food creator's, with hashtags;
// every fifth post is a labelled ad with a discount code. Deterministic.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface GeneratedCreator {
  folder: string;
  followersCsv: string;
  /** `date,followers,following,posts` for 365 days (import it with --account). */
  dailyCountsCsv: string;
  username: string;
  comments: number;
  compressed: boolean;
}

const CAPTIONS = [
  "Sunrise hike above the lake, worth every step of the early start. Where should I go next?",
  "The best fresh pasta I had on this trip: recipe in my highlights, save this for later!",
  "Slow morning in the old town, coffee and a croissant before the crowds arrive.",
  "Packing list for a week of hiking in the Alps, link in bio for the full guide.",
  "Found this tiny bakery on a side street, the cardamom buns are unreal.",
];
const TAGS = ["#travel", "#hiking", "#foodie", "#slowtravel", "#alps", "#recipe", "#wanderlust", "#europe"];

const WORDS =
  "love this place where was that taken great light colours trip next time recipe how long did it take amazing view so good want to go there which camera lens settings".split(
    " ",
  );

export function generateCreator(
  root: string,
  posts = 50,
  commentsPerPost = 2000,
  followers = 5000,
): GeneratedCreator {
  const username = "bench_creator";
  const folder = join(root, username);
  mkdirSync(folder, { recursive: true });
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = () => WORDS[Math.floor(rand() * WORDS.length)];
  const owner = { id: "4242", username };
  const compressed = hasXz();
  const start = Date.parse("2026-06-01T12:00:00Z") / 1000;
  let commentId = 17_900_000_000_000_000n;
  const nextId = () => {
    commentId += 1n;
    return String(commentId);
  };
  let comments = 0;

  const metadataFiles: string[] = [];
  for (let p = 0; p < posts; p++) {
    const takenAt = start + p * 2 * 86_400;
    const base = `${new Date(takenAt * 1000).toISOString().slice(0, 19).replace("T", "_").replaceAll(":", "-")}_UTC`;
    const node = {
      __typename: "GraphImage",
      id: String(3_000_000 + p),
      shortcode: `B${p}`,
      taken_at_timestamp: takenAt,
      is_video: false,
      edge_media_preview_like: { count: 400 + Math.floor(rand() * 300) },
      edge_media_to_comment: { count: commentsPerPost },
      edge_media_to_caption: { edges: [{ node: { text: caption(p) } }] },
      owner,
    };
    const metaPath = join(folder, `${base}.json`);
    writeFileSync(metaPath, JSON.stringify({ node, instaloader: { version: "4.14.1", node_type: "Post" } }));
    metadataFiles.push(metaPath);

    const list = [];
    for (let c = 0; c < commentsPerPost; c++) {
      const created = takenAt + 60 + Math.floor(rand() * 86_400);
      const text = Array.from({ length: 3 + Math.floor(rand() * 8) }, pick).join(" ");
      const item: Record<string, unknown> = {
        id: nextId(),
        created_at: created,
        text,
        owner: {
          id: String(10_000 + Math.floor(rand() * 20_000)),
          username: `fan_${Math.floor(rand() * 20_000)}`,
        },
        likes_count: Math.floor(rand() * 5),
        answers: [] as unknown[],
      };
      comments++;
      if (c % 10 === 0) {
        (item.answers as unknown[]).push({
          id: nextId(),
          created_at: created + 600 + Math.floor(rand() * 7_200),
          text: `Thanks! ${pick()} ${pick()}`,
          owner,
          likes_count: 0,
        });
        comments++;
      }
      list.push(item);
    }
    // Instaloader writes ids as bare integers and indents comment files by 4.
    writeFileSync(
      join(folder, `${base}_comments.json`),
      JSON.stringify(list, null, 4).replace(/"id": "(\d+)"/g, '"id": $1'),
    );
  }

  const profile = {
    id: "4242",
    username,
    edge_followed_by: { count: 15_000 },
    edge_follow: { count: 500 },
    biography: "bench",
  };
  const profilePath = join(folder, `${username}_4242.json`);
  writeFileSync(
    profilePath,
    JSON.stringify({ node: profile, instaloader: { version: "4.14.1", node_type: "Profile" } }),
  );
  metadataFiles.push(profilePath);
  // Instaloader compresses metadata with xz and no integrity check (lzma.CHECK_NONE).
  if (compressed) execFileSync("xz", ["--check=none", "-q", ...metadataFiles]);

  const rows = ["username,id,followers,following,posts,has_avatar,is_private"];
  for (let i = 0; i < followers; i++)
    rows.push(
      `follower_${i},${900_000 + i},${Math.floor(rand() * 2000)},${Math.floor(rand() * 3000)},${Math.floor(rand() * 300)},${rand() > 0.2},${rand() > 0.7}`,
    );
  const followersCsv = join(root, "followers.csv");
  writeFileSync(followersCsv, `${rows.join("\n")}\n`);

  // A steady ~12 followers a day over the year before the last post.
  const days = ["date,followers,following,posts"];
  const lastDay = Date.parse("2026-06-01T00:00:00Z") + (posts - 1) * 2 * 86_400_000;
  let count = 15_000 - 365 * 12;
  for (let d = 364; d >= 0; d--) {
    count += 6 + Math.floor(rand() * 13);
    const day = new Date(lastDay - d * 86_400_000).toISOString().slice(0, 10);
    days.push(`${day},${count},${500 + Math.floor(rand() * 3)},${300 + Math.floor((364 - d) / 7)}`);
  }
  const dailyCountsCsv = join(root, "daily-counts.csv");
  writeFileSync(dailyCountsCsv, `${days.join("\n")}\n`);
  return { folder, followersCsv, dailyCountsCsv, username, comments, compressed };
}

function caption(p: number): string {
  const text = `${CAPTIONS[p % CAPTIONS.length]} ${TAGS.slice(p % 4, (p % 4) + 4).join(" ")}`;
  return p % 5 === 0 ? `Ad | ${text} Use code TRAIL10 for 10% off.` : text;
}

function hasXz(): boolean {
  try {
    execFileSync("xz", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
