// The deliverables a brand tracks, made from a contract's accepted terms: one row per
// post, story, video or blog post ("3 reels" is three rows), each with its dates, the
// disclosure it must carry and where, how long it stays up, and the mentions, hashtags,
// links and codes it must include. The delivery issue checks posts against these rows.
import type {
  ContractPlatform,
  ContractTerms,
  Day,
  DeliverableKind,
  Jurisdiction,
} from "./contract-terms.js";

export interface Deliverable {
  /** 1-based within the contract, in the order of the terms. */
  number: number;
  platform: ContractPlatform;
  kind: DeliverableKind;
  /** "2 of 3" for the second of three reels. */
  ofTerm: { index: number; count: number };
  frames: number | null;
  draftDue: Day | null;
  goLive: Day;
  /** The first day it may come down; null: no minimum. */
  upUntil: Day | null;
  highlightUntil: Day | null;
  linkSticker: boolean;
  disclosure: { wording: string; placement: string[] };
  mentions: string[];
  hashtags: string[];
  links: string[];
  codes: string[];
}

export function contractDeliverables(terms: ContractTerms): Deliverable[] {
  const rows: Deliverable[] = [];
  for (const d of terms.deliverables)
    for (let i = 1; i <= d.count; i++)
      rows.push({
        number: rows.length + 1,
        platform: d.platform,
        kind: d.kind,
        ofTerm: { index: i, count: d.count },
        frames: d.frames,
        draftDue: d.draftDue,
        goLive: d.goLive,
        upUntil: d.minDaysLive === null ? null : addDays(d.goLive, d.minDaysLive),
        highlightUntil: d.highlightDays === null ? null : addDays(d.goLive, d.highlightDays),
        linkSticker: d.linkSticker,
        disclosure: {
          wording: terms.disclosure.wording,
          placement: disclosurePlacement(d.kind, terms.disclosure.jurisdictions),
        },
        mentions: [...terms.content.mentions],
        hashtags: [...terms.content.hashtags],
        links: [...terms.content.links],
        codes: [...terms.content.codes],
      });
  return rows;
}

/**
 * Where the label goes, in plain words, from METHODS.md: the FTC wants it with the
 * endorsement, visible without "more", not among hashtags, on the image in stories and
 * in the video itself; the ASA/CAP wants it up front and on every story frame.
 */
export function disclosurePlacement(kind: DeliverableKind, jurisdictions: readonly Jurisdiction[]): string[] {
  const rules: string[] = [];
  const ftc = jurisdictions.includes("FTC");
  const asa = jurisdictions.includes("ASA/CAP");
  if (asa) rules.push("Up front: before anything else in the caption or on screen.");
  if (ftc && !asa)
    rules.push('With the endorsement, visible without tapping "more", not among other hashtags.');
  if (kind === "story")
    rules.push(asa ? "On every story frame, on the image itself." : "On the image of the story itself.");
  if (kind === "video" || kind === "reel") rules.push("In the video itself: said and shown on screen.");
  if (kind === "blog_post") rules.push("At the top of the post, before the first link.");
  return rules;
}

/** A day plus n days, as "YYYY-MM-DD". */
export function addDays(day: Day, n: number): Day {
  const t = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
