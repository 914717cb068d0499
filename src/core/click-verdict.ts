// Whether a click on a tracked link was a person (METHODS.md, "Click tracking"). Bots are
// flagged, never dropped, so the count can be audited: a HEAD request reads headers only;
// link-preview fetchers open every link pasted in a chat or post before anyone taps it;
// everything else `isbot` knows (crawlers, curl, scripts). Also the referrer's host:
// where the click came from without the page's path, which may be private.
import { isbot } from "isbot";

export type BotReason = "head" | "preview" | "no_user_agent" | "bot";

/**
 * The fetchers that chats and networks send to draw a link's preview card. TikTok's is
 * ByteDance's spider: TikTok's in-app browser is a person and says "musical_ly", not this.
 */
const PREVIEW_FETCHERS =
  /facebookexternalhit|facebookcatalog|meta-externalagent|whatsapp\/|slackbot|slack-imgproxy|twitterbot|tiktokspider|bytespider|discordbot|telegrambot|linkedinbot|pinterestbot|skypeuripreview|redditbot|embedly/i;

/** Why a request is a bot's, or null for a person's. */
export function botReason(method: string, userAgent: string | null): BotReason | null {
  if (method === "HEAD") return "head";
  if (!userAgent?.trim()) return "no_user_agent";
  if (PREVIEW_FETCHERS.test(userAgent)) return "preview";
  if (isbot(userAgent)) return "bot";
  return null;
}

/** The Referer's host name ("www.instagram.com"), lowercase; null when absent or not an http(s) URL. */
export function referrerDomain(referer: string | null): string | null {
  if (!referer || !URL.canParse(referer)) return null;
  const url = new URL(referer);
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  return url.hostname.toLowerCase() || null;
}
