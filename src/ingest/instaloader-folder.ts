// An Instaloader profile folder (instaloader/instaloader.py): per post
// `<date>_UTC.json.xz` (or `.json` with --no-compress-json), its comments in
// `<date>_UTC_comments.json` (always plain JSON), the profile in
// `<username>_<id>.json.xz`, the profile's id in `id`. Media, captions, stories and
// resume files (`iterator_*.json.xz`) are skipped. Posts belong to the profile's owner
// id whatever username they carry: a renamed profile's older posts keep the old name.
import { stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { invalidFile, VouchError } from "../core/errors.js";
import type { AccountData, Comment, Post } from "../core/types.js";
import { addSighting, assertUniqueIds, emptyAccount } from "./account-data.js";
import { USERNAME } from "./field-schemas.js";
import type { ImportContext } from "./import-context.js";
import { commentFrom, commentsFromNode, ownerOf, postFromNode, profileFromNode } from "./instagram-node.js";
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
  const profiles: { node: ProfileNode; file: string; path: string }[] = [];

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
      profiles.push({
        node: parseWith(profileNodeSchema, json.node, file, "node"),
        file,
        path: join(dir, name),
      });
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
  if (posts.length === 0 && profiles.length === 0)
    throw invalidFile(folder, null, null, "holds no Instaloader post or profile file (<date>_UTC.json[.xz])");

  const profile = await currentProfile(profiles, folder);
  const ownerId = await folderOwnerId(dir, folder, nameSet, profiles, profile);
  const byTime = [...posts].sort((a, b) => a.post.takenAt - b.post.takenAt);
  const newestOwner = byTime.map((p) => ownerOf(p.node).username).findLast((u) => u !== null);
  const username = profile?.node.username ?? newestOwner ?? ctx.account?.username ?? folder;
  if (!USERNAME.test(username))
    throw new VouchError(
      "invalid_input",
      `${folder}: no username in the files and the folder name is not one; name the account with --account instagram:USERNAME`,
    );
  // A folder holds one account's posts. Posts belong to an owner id: a post under another name
  // but the same id is the account before (or after) a rename; another id is a mix-up.
  const referenceId = ownerId ?? byTime.map((p) => ownerOf(p.node).id).find((id) => id !== null) ?? null;
  const head = emptyAccount({ platform: "instagram", username }, referenceId);
  for (const p of byTime) {
    const owner = ownerOf(p.node);
    if (owner.id !== null && referenceId !== null && owner.id !== referenceId)
      throw invalidFile(
        p.file,
        "node",
        "owner.id",
        `post of account ${owner.id}${owner.username ? ` (@${owner.username})` : ""} in the folder of @${username} (account ${referenceId})`,
      );
    if (owner.id === null && owner.username && owner.username.toLowerCase() !== username.toLowerCase())
      throw invalidFile(
        p.file,
        "node",
        "owner.username",
        `post of @${owner.username} in the folder of @${username}, and no owner.id to tell a renamed account from another one`,
      );
    if (owner.username) addSighting(head.usernames, owner.username, p.post.takenAt);
  }
  if (profile) {
    // The profile file has no capture time inside; Instaloader writes it at download time.
    const capturedAt = Math.round(ctx.capturedAt ?? (await stat(profile.path)).mtimeMs);
    head.profile = profileFromNode(profile.node, capturedAt);
    addSighting(head.usernames, profile.node.username, capturedAt);
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

/**
 * The profile file that describes the account now. Instaloader names the folder after the
 * profile and renames it when the profile was renamed (check_profile_id), leaving the old
 * `<old name>_<id>.json` beside the new one: the file of the folder's name wins, else the
 * newest file. Another file of another account is a mix-up.
 */
async function currentProfile(profiles: { node: ProfileNode; file: string; path: string }[], folder: string) {
  if (profiles.length <= 1) return profiles[0] ?? null;
  const named = profiles.find((p) => p.node.username.toLowerCase() === folder.toLowerCase());
  let current = named ?? null;
  if (!current) {
    const times = await Promise.all(profiles.map(async (p) => (await stat(p.path)).mtimeMs));
    current = profiles[times.indexOf(Math.max(...times))] ?? null;
  }
  for (const p of profiles)
    if (current && p.node.id && current.node.id && p.node.id !== current.node.id)
      throw invalidFile(
        p.file,
        "node",
        "id",
        `profile of account ${p.node.id} (@${p.node.username}) in the folder of @${current.node.username} (account ${current.node.id})`,
      );
  return current;
}

/**
 * The account's id: the profile's `id`, checked against the `id` file Instaloader writes
 * beside it (save_profile_id); the `id` file alone when there is no profile file.
 */
async function folderOwnerId(
  dir: string,
  folder: string,
  names: ReadonlySet<string>,
  profiles: { node: ProfileNode }[],
  profile: { node: ProfileNode; file: string } | null,
): Promise<string | null> {
  const fromProfile = profile?.node.id ?? profiles.find((p) => p.node.id)?.node.id ?? null;
  if (!names.has("id")) return fromProfile;
  const file = `${folder}/id`;
  const text = (await readText(join(dir, "id"), file)).trim();
  if (!/^\d{1,30}$/.test(text))
    throw invalidFile(file, null, null, "is not an Instaloader id file (one line of digits)");
  if (fromProfile && fromProfile !== text)
    throw invalidFile(
      file,
      null,
      null,
      `says account ${text}, but ${profile?.file ?? "the profile file"} says ${fromProfile}`,
    );
  return text;
}
