// Raw Instagram post JSON: the web GraphQL node, bare, wrapped as
// {"node": …, "instaloader": …}, or inside an API answer ({"graphql"|"data": {"shortcode_media": …}}).
// A file may also hold a list of such nodes.
import { invalidFile, VouchError } from "../core/errors.js";
import type { AccountData, AccountRef } from "../core/types.js";
import { addSighting, emptyAccount } from "./account-data.js";
import { commentsFromNode, ownerOf, postFromNode } from "./instagram-node.js";
import { postNodeSchema } from "./instagram-schemas.js";
import { parseWith } from "./zod-error.js";

export function unwrapNode(value: unknown): unknown {
  if (value && typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("node" in v && v.node && typeof v.node === "object") return v.node;
    for (const outer of ["graphql", "data"]) {
      const inner = v[outer] as Record<string, unknown> | undefined;
      // Older web answers say shortcode_media; newer ones xdt_shortcode_media.
      if (inner && typeof inner === "object") {
        const media = inner.shortcode_media ?? inner.xdt_shortcode_media;
        if (media) return media;
      }
    }
  }
  return value;
}

export function looksLikePostNode(value: unknown): boolean {
  const node = unwrapNode(value);
  return Boolean(
    node &&
      typeof node === "object" &&
      ("shortcode" in node || "taken_at_timestamp" in node || "code" in node),
  );
}

/**
 * Parses one JSON value holding one post node or a list of them. Posts belong to an owner
 * id: posts of one id under several names are one renamed account, named as on its newest
 * post; a post of another id is refused.
 */
export function accountFromGraphql(value: unknown, file: string, fallback: AccountRef | null): AccountData {
  const items = Array.isArray(value) ? value : [value];
  const parsed = items.map((item, i) => {
    const record = Array.isArray(value) ? `post [${i}]` : "post";
    const node = parseWith(postNodeSchema, unwrapNode(item), file, record);
    return { record, node, post: postFromNode(node, file, record), owner: ownerOf(node) };
  });
  const first = parsed[0];
  if (!first) throw new VouchError("invalid_input", `${file}: holds no posts`);
  const ownerId = parsed.find((p) => p.owner.id !== null)?.owner.id ?? null;
  const named = [...parsed].sort((a, b) => a.post.takenAt - b.post.takenAt).filter((p) => p.owner.username);
  const username = named.at(-1)?.owner.username ?? fallback?.username;
  if (!username)
    throw new VouchError(
      "invalid_input",
      `${file}, ${first.record}: the post has no owner.username; name the account with --account instagram:USERNAME`,
    );
  const account = emptyAccount({ platform: "instagram", username }, ownerId);
  for (const { record, node, post, owner } of parsed) {
    if (owner.id !== null && ownerId !== null && owner.id !== ownerId)
      throw invalidFile(
        file,
        record,
        "owner.id",
        `post of account ${owner.id}${owner.username ? ` (@${owner.username})` : ""} in a file of account ${ownerId}'s posts (@${account.account.username}); import each account's posts separately`,
      );
    const name = owner.username?.toLowerCase() ?? null;
    if (name && name !== account.account.username && (owner.id === null || ownerId === null))
      throw new VouchError(
        "invalid_input",
        `${file}, ${record}: post of @${name} in a file of @${account.account.username}'s posts, and no owner.id to tell a renamed account from another one; import each account's posts separately`,
      );
    if (name) addSighting(account.usernames, name, post.takenAt);
    account.posts.push(post);
    account.comments.push(...commentsFromNode(node, post.platformPostId));
  }
  return account;
}
