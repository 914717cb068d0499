// The working list's vocabulary: a creator's status on the shortlist, its tags and its
// notes, with their limits in one place (the API, the pages and the CLI check the same).
import { VouchError } from "./errors.js";

/** In the order a creator moves through them; "to_review" is where every creator starts. */
export const CREATOR_STATUSES = ["to_review", "shortlisted", "contacted", "rejected"] as const;
export type CreatorStatus = (typeof CREATOR_STATUSES)[number];

export const STATUS_LABELS: Record<CreatorStatus, string> = {
  to_review: "to review",
  shortlisted: "shortlisted",
  contacted: "contacted",
  rejected: "rejected",
};

/** Enough for a campaign's labels; a list of hundreds would be a category, not a tag. */
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;
/** A note is a few paragraphs; a brief belongs in a document. */
export const MAX_NOTE_LENGTH = 5_000;

// Letters and digits of any script, spaces, "-" and "_": a tag is shown in a list and typed
// in a filter, so no punctuation that reads as markup or a CSV formula.
const TAG = /^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u;

/**
 * A tag as stored: trimmed, inner spaces collapsed, lower case (so "Summer" and "summer" are
 * one tag). Refuses an empty, over-long or oddly written one, naming it.
 */
export function normaliseTag(raw: string): string {
  const tag = raw.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
  if (tag.length === 0 || tag.length > MAX_TAG_LENGTH || !TAG.test(tag))
    throw new VouchError(
      "invalid_input",
      `"${raw.slice(0, 60)}" is not a tag: 1 to ${MAX_TAG_LENGTH} letters, digits, spaces, "-" or "_", starting with a letter or digit`,
      { field: "tags" },
    );
  return tag;
}

/** A creator's tags: each normalised, duplicates dropped, sorted, at most MAX_TAGS. */
export function normaliseTags(raw: readonly string[]): string[] {
  const tags = [...new Set(raw.map(normaliseTag))].sort();
  if (tags.length > MAX_TAGS)
    throw new VouchError("invalid_input", `at most ${MAX_TAGS} tags per creator (${tags.length} given)`, {
      field: "tags",
    });
  return tags;
}

/** A note's text as stored: trimmed; empty or longer than MAX_NOTE_LENGTH is refused. */
export function normaliseNote(raw: string): string {
  const text = raw.replace(/\r\n?/g, "\n").trim();
  if (text.length === 0) throw new VouchError("invalid_input", "the note is empty", { field: "text" });
  if (text.length > MAX_NOTE_LENGTH)
    throw new VouchError(
      "invalid_input",
      `the note has ${text.length} characters; at most ${MAX_NOTE_LENGTH}`,
      { field: "text" },
    );
  return text;
}
