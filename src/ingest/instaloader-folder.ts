// An Instaloader profile folder (instaloader/instaloader.py): per post
// `<date>_UTC.json.xz` (or `.json` with --no-compress-json), its comments in
// `<date>_UTC_comments.json` (always plain JSON), the profile in
// `<username>_<id>.json.xz`. Media, captions, `id` files, stories and resume
// files (`iterator_*.json.xz`) are skipped.
import { stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { AccountData, Comment, Post } from "../core/types.js";
import { emptyAccount } from "./account-data.js";
import type { ImportContext } from "./import-context.js";
import { commentFrom, commentsFromNode, postFromNode, profileFromNode } from "./instagram-node.js";
import {
  instaloaderCommentsSchema,
  type PostNode,
  postNodeSchema,
  profileNodeSchema,
} from "./instagram-schemas.js";
import { parseJson, readText } from "./read-text.js";
import { parseWith } from "./zod-error.js";

const METADATA = /^(.*)\.json(\.xz)?$/;
const COMMENTS = /_comments\.json$/;
const RESUME = /(^|_)iterator_/;

/** Files of the folder that this reader will open; used to size the progress bar. */
export function instaloaderFiles(names: readonly string[]): string[] {
  return names.filter((n) => !RESUME.test(n) && (METADATA.test(n) || COMMENTS.test(n)));
}

export function isInstaloaderFolder(names: readonly string[]): boolean {
  return names.some((n) => /_UTC(_\d+)?\.json(\.xz)?$/.test(n) || COMMENTS.test(n));
}

export async function readInstaloaderFolder(
  dir: string,
  names: readonly string[],
  ctx: ImportContext,
): Promise<AccountData> {
  const folder = basename(dir);
  const nameSet = new Set(names);
  const posts: { post: Post; node: PostNode; base: string }[] = [];
  let profile: { node: ReturnType<typeof profileNodeSchema.parse>; file: string } | null = null;

  for (const name of names) {
    const m = METADATA.exec(name);
    if (!m || COMMENTS.test(name) || RESUME.test(name)) continue;
    const file = `${folder}/${name}`;
    const json = parseJson(await readText(join(dir, name)), file) as Record<string, unknown>;
    ctx.onFile?.(file);
    const nodeType = (json?.instaloader as { node_type?: string } | undefined)?.node_type;
    if (nodeType === "Profile") {
      profile = { node: parseWith(profileNodeSchema, json.node, file, "node"), file: join(dir, name) };
    } else if (
      nodeType === "Post" ||
      (nodeType === undefined && json && ("shortcode" in json || "node" in json))
    ) {
      // Instaloader 3 wrote the bare node; 4 wraps it as {node, instaloader}.
      const raw = nodeType === undefined && !("node" in json) ? json : json.node;
      const node = parseWith(postNodeSchema, raw, file, "node");
      posts.push({ post: postFromNode(node, file, "node"), node, base: m[1] as string });
    }
    // Other node types (StoryItem, Hashtag, …) are not posts of this profile's feed.
  }

  const comments: Comment[] = [];
  for (const { post, node, base } of posts) {
    const commentsName = `${base}_comments.json`;
    if (nameSet.has(commentsName))
      comments.push(...(await readComments(dir, folder, commentsName, post.platformPostId, ctx)));
    else comments.push(...commentsFromNode(node, post.platformPostId));
  }

  const owner = posts[0]?.node.owner;
  const username = profile?.node.username ?? owner?.username ?? ctx.account?.username ?? folder;
  const account = emptyAccount({ platform: "instagram", username }, profile?.node.id ?? owner?.id ?? null);
  if (profile) {
    // The profile file has no capture time inside; Instaloader writes it at download time.
    const capturedAt = ctx.capturedAt ?? (await stat(profile.file)).mtimeMs;
    account.profile = profileFromNode(profile.node, Math.round(capturedAt));
  }
  account.posts = posts.map((p) => p.post);
  account.comments = comments;
  return account;
}

async function readComments(dir: string, folder: string, name: string, postId: string, ctx: ImportContext) {
  const file = `${folder}/${name}`;
  const list = parseWith(instaloaderCommentsSchema, parseJson(await readText(join(dir, name)), file), file);
  ctx.onFile?.(file);
  const out: Comment[] = [];
  for (const c of list) {
    out.push(commentFrom(c, postId, null));
    for (const a of c.answers ?? []) out.push(commentFrom(a, postId, c.id));
  }
  return out;
}
