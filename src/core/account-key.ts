// "instagram:some_creator" ⇄ AccountRef: how users name an account on the CLI and API.
import { VouchError } from "./errors.js";
import { type AccountRef, PLATFORMS, type Platform } from "./types.js";

export function parseAccountKey(key: string): AccountRef {
  const match = /^([a-z]+):@?([A-Za-z0-9._-]{1,100})$/.exec(key.trim());
  const platform = match?.[1];
  const username = match?.[2];
  if (!platform || !username || !PLATFORMS.includes(platform as Platform)) {
    throw new VouchError(
      "invalid_input",
      `"${key}" is not an account: write platform:username, e.g. instagram:some_creator (platforms: ${PLATFORMS.join(", ")})`,
    );
  }
  return { platform: platform as Platform, username: username.toLowerCase() };
}

export function formatAccountKey(ref: AccountRef): string {
  return `${ref.platform}:${ref.username}`;
}
