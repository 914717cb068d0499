// An Instaloader profile folder (instaloader/instaloader.py): per post
// `<date>_UTC.json.xz` (or `.json` with --no-compress-json), its comments in
// `<date>_UTC_comments.json` (always plain JSON), the profile in
// `<username>_<id>.json.xz`. Media, captions, `id` files, stories and resume
// files (`iterator_*.json.xz`) are skipped.
import { stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { invalidFile } from "../core/errors.js";
import type { AccountData, Comment, Post } from "../core/types.js";
import { assertUniqueIds, emptyAccount } from "./account-data.js";
import type { ImportContext } from "./import-context.js";
import { commentFrom, commentsFromNode, postFromNode, profileFromNode } from "./instagram-node.js";
import {
  instaloaderCommentsSchema,
  type PostNode,
  type ProfileNode,
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
  const metadata = names.filter((n) => !RESUME.test(n) && !COMMENTS.test(n) && METADATA.test(n));
  // A comments file is read only beside its post's metadata file.
  const bases = new Set(metadata.map((n) => n.replace(/\.json(\.xz)?$/, "")));
  const comments = names.filter((n) => COMMENTS.test(n) && bases.has(n.replace(/_comments\.json$/, "")));
  return [...metadata, ...comments];
}

export function isInstaloaderFolder(names: readonly string[]): boolean {
  return names.some((n) => /_UTC(_\d+)?\.json(\.xz)?$/.test(n) || COMMENTS.test(n));
}

/**
 * Yields the folder in parts so that a caller can store one while the next is
 * parsed: first the account with its profile and posts, then the comments of one
 * post file at a time. Comment ids must be unique across the whole folder.
 */
export async function* readInstaloaderFolder(
  dir: string,
  names: readonly string[],
  ctx: ImportContext,
): AsyncGenerator<AccountData> {
  const folder = basename(dir);
  const nameSet = new Set(names);
  const posts: { post: Post; node: PostNode; base: string }[] = [];
  let profile: { node: ProfileNode; file: string } | null = null;

  for (const name of names) {
    const m = METADATA.exec(name);
    if (!m || COMMENTS.test(name) || RESUME.test(name)) continue;
    const file = `${folder}/${name}`;
    const json = parseJson(await readText(join(dir, name), file), file) as Record<string, unknown>;
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

  const owner = posts[0]?.node.owner;
  const username = profile?.node.username ?? owner?.username ?? ctx.account?.username ?? folder;
  const head = emptyAccount({ platform: "instagram", username }, profile?.node.id ?? owner?.id ?? null);
  if (profile) {
    // The profile file has no capture time inside; Instaloader writes it at download time.
    const capturedAt = ctx.capturedAt ?? (await stat(profile.file)).mtimeMs;
    head.profile = profileFromNode(profile.node, Math.round(capturedAt));
  }
  head.posts = posts.map((p) => p.post);
  yield assertUniqueIds(head, folder);

  const seen = new Set<string>();
  for (const { post, node, base } of posts) {
    const commentsName = `${base}_comments.json`;
    const file = nameSet.has(commentsName) ? `${folder}/${commentsName}` : `${folder}/${base}`;
    const comments = nameSet.has(commentsName)
      ? await readComments(dir, folder, commentsName, post.platformPostId, ctx)
      : commentsFromNode(node, post.platformPostId);
    for (const c of comments) {
      if (seen.has(c.platformCommentId))
        throw invalidFile(
          file,
          `comment ${c.platformCommentId}`,
          "id",
          `duplicate comment id "${c.platformCommentId}"`,
        );
      seen.add(c.platformCommentId);
    }
    if (comments.length) yield { ...emptyAccount(head.account, head.account.platformUserId), comments };
  }
}

async function readComments(dir: string, folder: string, name: string, postId: string, ctx: ImportContext) {
  const file = `${folder}/${name}`;
  const list = parseWith(
    instaloaderCommentsSchema,
    parseJson(await readText(join(dir, name), file), file),
    file,
  );
  ctx.onFile?.(file);
  const out: Comment[] = [];
  for (const c of list) {
    out.push(commentFrom(c, postId, null));
    for (const a of c.answers ?? []) out.push(commentFrom(a, postId, c.id));
  }
  return out;
}
