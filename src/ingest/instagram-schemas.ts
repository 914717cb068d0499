// zod schemas for Instagram's web GraphQL nodes as Instagram returns them and
// Instaloader saves them (instaloader/structures.py). Unknown fields are dropped;
// a missing optional field becomes null (unknown), never 0.
import { z } from "zod";
import {
  countSchema,
  platformIdSchema,
  textSchema,
  unixSecondsSchema,
  usernameSchema,
} from "./field-schemas.js";

export const idSchema = z.union([platformIdSchema, z.number().int()]).transform(String);
const count = z.object({ count: countSchema.nullish() }).nullish();
const unixSeconds = unixSecondsSchema;

export const ownerSchema = z
  .object({ id: idSchema.nullish(), pk: idSchema.nullish(), username: usernameSchema.nullish() })
  .nullish();

const commentBase = {
  id: idSchema,
  text: textSchema,
  created_at: unixSeconds,
  owner: ownerSchema,
  edge_liked_by: count,
  likes_count: countSchema.nullish(),
};

/** A comment node from edge_media_to_parent_comment / edge_media_to_comment / edge_threaded_comments. */
export const graphCommentSchema = z.object({
  ...commentBase,
  edge_threaded_comments: z
    .object({ edges: z.array(z.object({ node: z.object(commentBase) })).nullish() })
    .nullish(),
});
export type GraphComment = z.output<typeof graphCommentSchema>;

const commentEdges = z
  .object({
    count: countSchema.nullish(),
    edges: z.array(z.object({ node: graphCommentSchema })).nullish(),
  })
  .nullish();

export const postNodeSchema = z.object({
  id: idSchema.nullish(),
  pk: idSchema.nullish(),
  shortcode: textSchema.nullish(),
  code: textSchema.nullish(),
  __typename: z.string().nullish(),
  product_type: z.string().nullish(),
  // Timeline nodes carry taken_at_timestamp; nodes built from the iPhone API carry date.
  taken_at_timestamp: unixSeconds.nullish(),
  date: unixSeconds.nullish(),
  is_video: z.boolean().nullish(),
  video_view_count: countSchema.nullish(),
  caption: textSchema.nullish(),
  edge_media_to_caption: z
    .object({ edges: z.array(z.object({ node: z.object({ text: textSchema }) })) })
    .nullish(),
  edge_media_preview_like: count,
  edge_liked_by: count,
  edge_media_to_comment: commentEdges,
  edge_media_to_parent_comment: commentEdges,
  edge_media_preview_comment: commentEdges,
  owner: ownerSchema,
  // Reels: plays (what Instagram shows on a reel) beside the older 3-second views.
  video_play_count: countSchema.nullish(),
  // Instaloader's Post.is_pinned reads this web field: the users whose grid pins the post.
  pinned_for_users: z.array(z.object({ id: idSchema.nullish() })).nullish(),
  like_and_view_counts_disabled: z.boolean().nullish(),
  is_paid_partnership: z.boolean().nullish(),
  // Only its presence is read: a node with children is a carousel.
  edge_sidecar_to_children: z.object({}).nullish(),
  // Nodes built by Instaloader 4.11+ from the iPhone API (Post.from_iphone_struct) carry the
  // comment count as a plain number and the rest of the media inside iphone_struct.
  comments: countSchema.nullish(),
  iphone_struct: z
    .object({
      media_type: z.number().int().nullish(),
      product_type: z.string().nullish(),
      play_count: countSchema.nullish(),
      ig_play_count: countSchema.nullish(),
      view_count: countSchema.nullish(),
      like_count: countSchema.nullish(),
      comment_count: countSchema.nullish(),
      like_and_view_counts_disabled: z.boolean().nullish(),
      timeline_pinned_user_ids: z.array(idSchema).nullish(),
      clips_tab_pinned_user_ids: z.array(idSchema).nullish(),
      is_paid_partnership: z.boolean().nullish(),
      sponsor_tags: z.array(z.object({ sponsor: ownerSchema })).nullish(),
      user: ownerSchema,
      location: z.object({ name: textSchema.nullish() }).nullish(),
    })
    .nullish(),
  location: z.object({ name: textSchema.nullish() }).nullish(),
  is_ad: z.boolean().nullish(),
  edge_media_to_sponsor_user: z
    .object({ edges: z.array(z.object({ node: z.object({ sponsor: ownerSchema }) })).nullish() })
    .nullish(),
});
export type PostNode = z.output<typeof postNodeSchema>;

export const profileNodeSchema = z.object({
  id: idSchema.nullish(),
  username: usernameSchema,
  full_name: textSchema.nullish(),
  biography: textSchema.nullish(),
  external_url: textSchema.nullish(),
  is_verified: z.boolean().nullish(),
  is_business_account: z.boolean().nullish(),
  business_category_name: textSchema.nullish(),
  edge_followed_by: count,
  edge_follow: count,
  // Instaloader's Profile._asdict drops this edge, so it is usually absent.
  edge_owner_to_timeline_media: count,
});
export type ProfileNode = z.output<typeof profileNodeSchema>;

/** Instaloader's `<date>_UTC_comments.json`: a list of comments with their `answers`. */
const instaloaderCommentBase = {
  id: idSchema,
  created_at: unixSeconds,
  text: textSchema,
  owner: ownerSchema,
  likes_count: countSchema.nullish(),
};
export const instaloaderCommentsSchema = z.array(
  z.object({ ...instaloaderCommentBase, answers: z.array(z.object(instaloaderCommentBase)).nullish() }),
);
