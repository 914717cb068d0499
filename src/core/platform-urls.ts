// Where a post or an account is on its platform, so every cited post and account opens
// where it is. Built from the ids the importers store (src/ingest): Instagram's posts by
// their shortcode (the numeric id opens nothing), TikTok's videos by their id under the
// author's handle, YouTube's videos by their id. null when the id needed is unknown.
import type { Platform } from "./types.js";

const seg = encodeURIComponent;

export function postUrl(
  platform: string,
  post: { platformPostId: string; shortcode: string | null },
  username: string,
): string | null {
  switch (platform as Platform) {
    case "instagram":
      return post.shortcode ? `https://www.instagram.com/p/${seg(post.shortcode)}/` : null;
    case "tiktok":
      return `https://www.tiktok.com/@${seg(username)}/video/${seg(post.platformPostId)}`;
    case "youtube":
      return `https://www.youtube.com/watch?v=${seg(post.platformPostId)}`;
    default:
      return null;
  }
}

export function accountUrl(platform: string, username: string): string | null {
  switch (platform as Platform) {
    case "instagram":
      return `https://www.instagram.com/${seg(username)}/`;
    case "tiktok":
      return `https://www.tiktok.com/@${seg(username)}`;
    case "youtube":
      return `https://www.youtube.com/@${seg(username)}`;
    default:
      return null;
  }
}
