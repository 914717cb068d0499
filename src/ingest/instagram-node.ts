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
  const sponsors = node.edge_media_to_sponsor_user?.edges
    ?.map((e) => e.node.sponsor?.username)
    .filter((s): s is string => Boolean(s));
  const comments =
    node.edge_media_to_parent_comment ?? node.edge_media_to_comment ?? node.edge_media_preview_comment;
  return {
    platformPostId: id,
    shortcode: node.shortcode ?? node.code ?? null,
    takenAt: takenAt * 1000,
    kind: kindOf(node),
    caption: node.edge_media_to_caption?.edges[0]?.node.text ?? node.caption ?? null,
    likes: node.edge_media_preview_like?.count ?? node.edge_liked_by?.count ?? null,
    comments: comments?.count ?? node.comments ?? null,
    views: node.video_view_count ?? node.iphone_struct?.play_count ?? node.iphone_struct?.view_count ?? null,
    isAd: node.is_ad ?? null,
    sponsors: sponsors ?? null,
    location: node.location?.name ?? null,
  };
}

function kindOf(node: PostNode): PostKind | null {
  if ((node.product_type ?? node.iphone_struct?.product_type) === "clips") return "reel";
  switch (node.__typename) {
    case "GraphImage":
      return "image";
    case "GraphVideo":
      return "video";
    case "GraphSidecar":
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
