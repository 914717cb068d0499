// Raw Instagram post JSON: the web GraphQL node, bare, wrapped as
// {"node": …, "instaloader": …}, or inside an API answer ({"graphql"|"data": {"shortcode_media": …}}).
// A file may also hold a list of such nodes.
import { VouchError } from "../core/errors.js";
import type { AccountData, AccountRef } from "../core/types.js";
import { emptyAccount } from "./account-data.js";
import { commentsFromNode, postFromNode } from "./instagram-node.js";
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

/** Parses one JSON value holding one post node or a list of them. */
export function accountFromGraphql(value: unknown, file: string, fallback: AccountRef | null): AccountData {
  const items = Array.isArray(value) ? value : [value];
  let account: AccountData | null = null;
  items.forEach((item, i) => {
    const record = Array.isArray(value) ? `post [${i}]` : "post";
    const node = parseWith(postNodeSchema, unwrapNode(item), file, record);
    const post = postFromNode(node, file, record);
    const username = node.owner?.username ?? fallback?.username;
    if (!username)
      throw new VouchError(
        "invalid_input",
        `${file}, ${record}: the post has no owner.username; name the account with --account instagram:USERNAME`,
      );
    if (!account) account = emptyAccount({ platform: "instagram", username }, node.owner?.id ?? null);
    else if (account.account.username !== username.toLowerCase())
      throw new VouchError(
        "invalid_input",
        `${file}, ${record}: post of @${username} in a file of @${account.account.username}'s posts; import each account's posts separately`,
      );
    account.posts.push(post);
    account.comments.push(...commentsFromNode(node, post.platformPostId));
  });
  if (!account) throw new VouchError("invalid_input", `${file}: holds no posts`);
  return account;
}
