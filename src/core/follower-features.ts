// The follower model's features (docs/models/follower-authenticity.md). Shared by
// training and inference so the two cannot drift. A feature whose inputs are
// unknown is NaN; the tree model sends NaN down the branch it learned for it.
import type { FollowerInput } from "./follower-input.js";

export const FOLLOWER_FEATURES = [
  "log_followers",
  "log_following",
  "log_posts",
  "has_profile_pic",
  "is_private",
  "log_bio_length",
  "has_external_url",
  "username_length",
  "username_digit_count",
  "username_digit_share",
  "username_ends_in_digit",
  "username_letter_share",
  "full_name_words",
  "full_name_digit_share",
  "full_name_is_username",
  "log_following_per_follower",
  "log_following_per_post",
  "log_followers_per_post",
  "username_vowel_share",
  "username_longest_digit_run",
  "username_separators",
] as const;

export const FEATURE_COUNT = FOLLOWER_FEATURES.length;

/**
 * Fields whose meaning differs between crawls, so the shipped model does not read them
 * (training leaves their columns unknown; docs/models/follower-authenticity.md). A
 * "profile picture" is Instagram's default avatar in some crawls and not in others (95% of
 * SRF Data's fakes "have" one, 41–60% elsewhere); "private" marks 72% of InstaFake's real
 * accounts and 23–40% elsewhere. Both are still read for other purposes.
 */
export const UNTRANSFERABLE_FEATURES: readonly FollowerFeatureName[] = ["has_profile_pic", "is_private"];

const known = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);
const flag = (v: boolean | null | undefined) => (v === true ? 1 : v === false ? 0 : Number.NaN);
const log1p = (v: number | null | undefined) => (known(v) ? Math.log1p(v) : Number.NaN);
/** log((a + 1) / (b + 1)) from the two log1p values already computed (NaN when either is unknown). */
const logRatio = (logA: number, logB: number) => logA - logB;

interface NameStats {
  digits: number;
  letters: number;
  latinLetters: number;
  vowels: number;
  longestDigitRun: number;
  separators: number;
}

/** Bit i set for the letter 97 + i that is a vowel: a e i o u y. */
const VOWEL_BITS = (1 << 0) | (1 << 4) | (1 << 8) | (1 << 14) | (1 << 20) | (1 << 24);
/**
 * One pass over a username (a hot loop: a million followers are scored in well under a
 * second). Letters outside ASCII count as letters; vowels are counted among a–z only.
 */
function nameStats(s: string): NameStats {
  const st: NameStats = {
    digits: 0,
    letters: 0,
    latinLetters: 0,
    vowels: 0,
    longestDigitRun: 0,
    separators: 0,
  };
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      st.digits++;
      run++;
      if (run > st.longestDigitRun) st.longestDigitRun = run;
      continue;
    }
    run = 0;
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) {
      st.letters++;
      st.latinLetters++;
      st.vowels += (VOWEL_BITS >>> (lower - 97)) & 1;
    } else if (c === 46 || c === 95) st.separators++;
    else if (c > 127 && !(c >= 0xdc00 && c <= 0xdfff)) st.letters++;
  }
  return st;
}

/** JavaScript's white space (what trim() and \\s remove), tested on one UTF-16 unit. */
function isSpace(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Index of the first non-space unit of s (s.length when there is none). */
function trimStart(s: string): number {
  let a = 0;
  while (a < s.length && isSpace(s.charCodeAt(a))) a++;
  return a;
}

/** One past the last non-space unit of s, not below `from`. */
function trimEnd(s: string, from: number): number {
  let b = s.length;
  while (b > from && isSpace(s.charCodeAt(b - 1))) b--;
  return b;
}

/** Code points between the first and last non-space character, without building a string. */
function trimmedCodePoints(s: string): number {
  const a = trimStart(s);
  const b = trimEnd(s, a);
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++; // a low surrogate finishes a pair already counted
  }
  return n;
}

interface FullNameStats {
  words: number;
  digitShare: number;
  isUsername: number;
}
const fullNameScratch: FullNameStats = { words: 0, digitShare: 0, isUsername: 0 };

/**
 * Words, digit share (over the trimmed name's UTF-16 units) and whether the name without
 * spaces equals the username, ignoring case, in one pass with no allocation for ASCII names.
 */
function fullNameStats(fullName: string, username: string | null): FullNameStats {
  const st = fullNameScratch;
  const a = trimStart(fullName);
  const b = trimEnd(fullName, a);
  let words = 0;
  let digits = 0;
  let inWord = false;
  let j = 0; // position in username while the two still match
  let matches = username !== null;
  let ascii = true;
  for (let i = a; i < b; i++) {
    const c = fullName.charCodeAt(i);
    if (isSpace(c)) {
      inWord = false;
      continue;
    }
    if (!inWord) words++;
    inWord = true;
    if (c >= 48 && c <= 57) digits++;
    if (c > 127) ascii = false;
    if (matches && username !== null) {
      const u = j < username.length ? username.charCodeAt(j) : -1;
      if (u > 127) ascii = false;
      const lower = c >= 65 && c <= 90 ? c | 32 : c;
      const uLower = u >= 65 && u <= 90 ? u | 32 : u;
      if (lower !== uLower) matches = false;
      j++;
    }
  }
  st.words = words;
  st.digitShare = b > a ? digits / (b - a) : 0;
  if (username === null) st.isUsername = Number.NaN;
  else if (!ascii)
    st.isUsername = fullName.trim().toLowerCase().replace(/\s+/g, "") === username.toLowerCase() ? 1 : 0;
  else st.isUsername = matches && j === username.length ? 1 : 0;
  return st;
}

/** Writes the features of one follower into `out` at `offset` (FEATURE_COUNT numbers). */
export function writeFollowerFeatures(f: FollowerInput, out: Float64Array, offset = 0): void {
  const raw = f.username;
  const username = raw
    ? isSpace(raw.charCodeAt(0)) || isSpace(raw.charCodeAt(raw.length - 1))
      ? raw.trim() || null
      : raw
    : null;
  const name = username !== null ? nameStats(username) : null;
  const uLength =
    username !== null ? username.length : known(f.usernameLength) ? f.usernameLength : Number.NaN;
  const uDigits =
    name !== null ? name.digits : known(f.usernameDigitCount) ? f.usernameDigitCount : Number.NaN;

  const full = typeof f.fullName === "string" ? fullNameStats(f.fullName, username) : null;
  const bioLength =
    typeof f.biography === "string"
      ? trimmedCodePoints(f.biography)
      : known(f.bioLength)
        ? f.bioLength
        : Number.NaN;
  const hasUrl =
    typeof f.externalUrl === "string" && trimmedCodePoints(f.externalUrl) > 0 ? 1 : flag(f.hasExternalUrl);

  const logFollowers = log1p(f.followers);
  const logFollowing = log1p(f.following);
  // Some crawlers write 0 posts for a private account whose posts they could not see: a
  // 0 there means hidden, not none, so it is unknown.
  const logPosts = f.posts === 0 && f.isPrivate === true ? Number.NaN : log1p(f.posts);
  out[offset] = logFollowers;
  out[offset + 1] = logFollowing;
  out[offset + 2] = logPosts;
  out[offset + 3] = flag(f.hasProfilePic);
  out[offset + 4] = flag(f.isPrivate);
  out[offset + 5] = Number.isNaN(bioLength) ? Number.NaN : Math.log1p(bioLength);
  out[offset + 6] = hasUrl;
  out[offset + 7] = uLength;
  out[offset + 8] = uDigits;
  out[offset + 9] = uLength > 0 ? uDigits / uLength : Number.NaN;
  out[offset + 10] =
    username !== null ? (isDigit(username.charCodeAt(username.length - 1)) ? 1 : 0) : Number.NaN;
  out[offset + 11] = name !== null && username !== null ? name.letters / username.length : Number.NaN;
  out[offset + 12] = full !== null ? full.words : Number.NaN;
  out[offset + 13] = full !== null ? full.digitShare : Number.NaN;
  out[offset + 14] = full !== null ? full.isUsername : Number.NaN;
  out[offset + 15] = logRatio(logFollowing, logFollowers);
  out[offset + 16] = logRatio(logFollowing, logPosts);
  out[offset + 17] = logRatio(logFollowers, logPosts);
  // Gibberish names ("hdyshbs") have few vowels; unknown when the name has no a–z letter.
  out[offset + 18] = name !== null && name.latinLetters > 0 ? name.vowels / name.latinLetters : Number.NaN;
  out[offset + 19] = name !== null ? name.longestDigitRun : Number.NaN;
  out[offset + 20] = name !== null ? name.separators : Number.NaN;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

export type FollowerFeatureName = (typeof FOLLOWER_FEATURES)[number];

/** The features of one follower, by name (for tests, model cards and explanations). */
export function followerFeatures(f: FollowerInput): Record<FollowerFeatureName, number> {
  const out = new Float64Array(FEATURE_COUNT);
  writeFollowerFeatures(f, out);
  return Object.fromEntries(FOLLOWER_FEATURES.map((name, i) => [name, out[i] as number])) as Record<
    FollowerFeatureName,
    number
  >;
}
