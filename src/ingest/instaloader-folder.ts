// An Instaloader profile folder (instaloader/instaloader.py): per post
// `<date>_UTC.json.xz` (or `.json` with --no-compress-json), its comments in
// `<date>_UTC_comments.json` (always plain JSON), the profile in
// `<username>_<id>.json.xz`. Media, captions, `id` files, stories and resume
// files (`iterator_*.json.xz`) are skipped.
import { stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { invalidFile, VouchError } from "../core/errors.js";
import type { AccountData, Comment, Post } from "../core/types.js";
import { assertUniqueIds, emptyAccount } from "./account-data.js";
import { USERNAME } from "./field-schemas.js";
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
  const posts: { post: Post; node: PostNode; base: string; file: string }[] = [];
  let profile: { node: ProfileNode; file: string } | null = null;

  for (const name of names) {
    const m = METADATA.exec(name);
    if (!m || COMMENTS.test(name) || RESUME.test(name)) continue;
    const file = `${folder}/${name}`;
    const value = parseJson(await readText(join(dir, name), file), file);
    ctx.onFile?.(file);
    if (!value || typeof value !== "object" || Array.isArray(value))
      throw invalidFile(file, null, null, "is not an Instaloader post or profile (expected a JSON object)");
    const json = value as Record<string, unknown>;
    const nodeType = (json.instaloader as { node_type?: unknown } | undefined)?.node_type;
    if (nodeType === "Profile") {
      profile = { node: parseWith(profileNodeSchema, json.node, file, "node"), file: join(dir, name) };
    } else if (nodeType === "Post" || (nodeType === undefined && ("shortcode" in json || "node" in json))) {
      // Instaloader 3 wrote the bare node; 4 wraps it as {node, instaloader}.
      const raw = nodeType === undefined && !("node" in json) ? json : json.node;
      const node = parseWith(postNodeSchema, raw, file, "node");
      posts.push({ post: postFromNode(node, file, "node"), node, base: m[1] as string, file });
    } else if (typeof nodeType !== "string") {
      throw invalidFile(
        file,
        null,
        null,
        "is not an Instaloader post or profile (no node, shortcode or node_type)",
      );
    }
    // Other node types (StoryItem, Hashtag, …) are not posts of this profile's feed.
  }
  if (posts.length === 0 && !profile)
    throw invalidFile(folder, null, null, "holds no Instaloader post or profile file (<date>_UTC.json[.xz])");

  const owner = posts[0]?.node.owner;
  const username = profile?.node.username ?? owner?.username ?? ctx.account?.username ?? folder;
  if (!USERNAME.test(username))
    throw new VouchError(
      "invalid_input",
      `${folder}: no username in the files and the folder name is not one; name the account with --account instagram:USERNAME`,
    );
  // A profile folder holds one account's posts: a post of someone else is a mix-up, not data.
  for (const p of posts) {
    const by = p.node.owner?.username;
    if (by && by.toLowerCase() !== username.toLowerCase())
      throw invalidFile(p.file, "node", "owner.username", `post of @${by} in the folder of @${username}`);
  }
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
