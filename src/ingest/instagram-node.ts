// Maps Instagram GraphQL nodes (validated by instagram-schemas) to core types.
import { invalidFile } from "../core/errors.js";
import type { Comment, Post, PostKind, ProfileSnapshot } from "../core/types.js";
import type { GraphComment, PostNode, ProfileNode } from "./instagram-schemas.js";

export function postFromNode(node: PostNode, file: string, record: string): Post {
  const id = node.id ?? node.pk;
  const takenAt = node.taken_at_timestamp ?? node.date;
  // Checked here rather than in the schema: either of two fields may carry each value.
  if (!id) throw missing(file, record, "id");
  if (takenAt === null || takenAt === undefined) throw missing(file, record, "taken_at_timestamp");
  const iphone = node.iphone_struct;
  const kind = kindOf(node);
  // Hidden by the creator: Instagram may still send a count (0, or only the likes of people
  // the viewer follows), which is not the post's; unknown, never 0.
  const likesHidden = node.like_and_view_counts_disabled ?? iphone?.like_and_view_counts_disabled ?? null;
  const sponsors = [
    ...(node.edge_media_to_sponsor_user?.edges ?? []).map((e) => e.node.sponsor?.username),
    ...(iphone?.sponsor_tags ?? []).map((t) => t.sponsor?.username),
  ].filter((s): s is string => Boolean(s));
  const sponsorsKnown = Boolean(node.edge_media_to_sponsor_user?.edges || iphone?.sponsor_tags);
  // Instaloader's Post.comments reads edge_media_to_comment first (its count includes replies).
  const comments =
    node.edge_media_to_comment?.count ??
    node.edge_media_to_parent_comment?.count ??
    node.edge_media_preview_comment?.count ??
    node.comments ??
    iphone?.comment_count;
  return {
    platformPostId: id,
    shortcode: node.shortcode ?? node.code ?? null,
    takenAt: takenAt * 1000,
    kind,
    caption: node.edge_media_to_caption?.edges[0]?.node.text ?? node.caption ?? null,
    likes: likesHidden
      ? null
      : (node.edge_media_preview_like?.count ?? node.edge_liked_by?.count ?? iphone?.like_count ?? null),
    comments: comments ?? null,
    views: likesHidden ? null : viewsOf(node, kind),
    isAd: node.is_ad ?? null,
    sponsors: sponsorsKnown ? [...new Set(sponsors)] : null,
    location: node.location?.name ?? iphone?.location?.name ?? null,
    pinned: pinnedOf(node),
    paidPartnership: node.is_paid_partnership ?? iphone?.is_paid_partnership ?? null,
    likesHidden,
  };
}

/**
 * The post's owner: `owner` (web nodes; Instaloader writes the iPhone API's `user` there too,
 * as Profile.from_iphone_struct(media["user"])), else `iphone_struct.user`.
 */
export function ownerOf(node: PostNode): { id: string | null; username: string | null } {
  const o = node.owner;
  const u = node.iphone_struct?.user;
  return {
    id: o?.id ?? o?.pk ?? u?.id ?? u?.pk ?? null,
    username: o?.username ?? u?.username ?? null,
  };
}

/**
 * Pinned on the owner's grid (web `pinned_for_users`, Instaloader's Post.is_pinned) or grid or
 * reels tab (iPhone `timeline_pinned_user_ids`, `clips_tab_pinned_user_ids`). The lists name
 * every account that pins the post (a collaborator may pin it too), so the owner's id decides
 * when it is known; an empty list is "not pinned", a missing one unknown.
 */
function pinnedOf(node: PostNode): boolean | null {
  const iphone = node.iphone_struct;
  const lists = [
    node.pinned_for_users?.map((u) => u.id ?? null),
    iphone?.timeline_pinned_user_ids,
    iphone?.clips_tab_pinned_user_ids,
  ].filter((l): l is (string | null)[] => Array.isArray(l));
  if (lists.length === 0) return null;
  const owner = ownerOf(node).id;
  return lists.some((ids) => (owner === null ? ids.length > 0 : ids.some((i) => i === null || i === owner)));
}

/**
 * Reels count plays (`video_play_count`, iPhone `play_count`/`ig_play_count`), what Instagram
 * shows on a reel; other videos count views (`video_view_count`, iPhone `view_count`). Each
 * falls back to the other when its own is missing. Photos and carousels have none.
 */
function viewsOf(node: PostNode, kind: PostKind | null): number | null {
  const iphone = node.iphone_struct;
  const plays = node.video_play_count ?? iphone?.play_count ?? iphone?.ig_play_count ?? null;
  const views = node.video_view_count ?? iphone?.view_count ?? null;
  return kind === "reel" ? (plays ?? views) : (views ?? plays);
}

function kindOf(node: PostNode): PostKind | null {
  const productType = node.product_type ?? node.iphone_struct?.product_type;
  if (productType === "clips") return "reel";
  // IGTV ("igtv") became ordinary feed video in 2021: a video.
  // The newer web answer (xdt_shortcode_media) says XDTGraphImage, … for the same kinds.
  switch (node.__typename?.replace(/^XDT/, "")) {
    case "GraphImage":
      return "image";
    case "GraphVideo":
      return "video";
    case "GraphSidecar":
      return "carousel";
  }
  if (node.edge_sidecar_to_children || productType === "carousel_container") return "carousel";
  switch (node.iphone_struct?.media_type) {
    case 1:
      return "image";
    case 2:
      return "video";
    case 8:
      return "carousel";
  }
  return node.is_video === true ? "video" : node.is_video === false ? "image" : null;
}

/** Comments embedded in a post node, replies included (edge_threaded_comments). */
export function commentsFromNode(node: PostNode, postId: string): Comment[] {
  const edges =
    node.edge_media_to_parent_comment?.edges ??
    node.edge_media_to_comment?.edges ??
    node.edge_media_preview_comment?.edges;
  const out: Comment[] = [];
  for (const { node: c } of edges ?? []) {
    out.push(commentFrom(c, postId, null));
    for (const { node: r } of c.edge_threaded_comments?.edges ?? []) out.push(commentFrom(r, postId, c.id));
  }
  return out;
}

type CommentLike = Pick<
  GraphComment,
  "id" | "text" | "created_at" | "owner" | "edge_liked_by" | "likes_count"
>;

export function commentFrom(c: CommentLike, postId: string, parentId: string | null): Comment {
  return {
    platformCommentId: c.id,
    platformPostId: postId,
    parentId,
    authorId: c.owner?.id ?? c.owner?.pk ?? null,
    authorUsername: c.owner?.username?.toLowerCase() ?? null,
    text: c.text,
    createdAt: c.created_at * 1000,
    likes: c.edge_liked_by?.count ?? c.likes_count ?? null,
  };
}

export function profileFromNode(node: ProfileNode, capturedAt: number): ProfileSnapshot {
  return {
    capturedAt,
    followers: node.edge_followed_by?.count ?? null,
    following: node.edge_follow?.count ?? null,
    posts: node.edge_owner_to_timeline_media?.count ?? null,
    fullName: node.full_name ?? null,
    bio: node.biography ?? null,
    externalUrl: node.external_url ?? null,
    isVerified: node.is_verified ?? null,
    isBusiness: node.is_business_account ?? null,
    category: node.business_category_name ?? null,
  };
}

function missing(file: string, record: string, field: string) {
  return invalidFile(file, record, field, "required field is missing");
}
