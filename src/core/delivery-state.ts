// Where one deliverable stands, worked out from what is known about it: the latest
// draft round, the post matched to it (or a screenshot proving a story), the later
// snapshots of the account that did or did not show that post, and today. Pure: the
// same facts give the same state, so the board, the checks and the payment holds agree.
//
// In order: no post yet → the draft's round, or `late` once the go-live day is past;
// a post → `removed_early` when a later snapshot that reaches back to the post's day
// misses it before its minimum days are up; `disclosure_problem` when the caption
// breaks a rule of a jurisdiction the contract follows; `done` when a snapshot on or
// after the last required day still shows it (or no minimum was agreed); else `posted`.
// Late posting, missing mentions, hashtags, links or codes and the agreed wording are
// reported as problems beside the state. Rules: docs/delivery.md.

import { foldCaption } from "./caption-text.js";
import type { Deliverable } from "./contract-deliverables.js";
import type { Jurisdiction } from "./contract-terms.js";
import { bareLink, requiredItemsIn } from "./deliverable-match.js";
import type { DeliverableStatus } from "./deliverable-status.js";
import { checkDisclosure } from "./disclosure.js";
import { sponsoredSignalsOf } from "./sponsored.js";
import type { Post } from "./types.js";

const DAY_MS = 86_400_000;

export type DraftRound = "draft_submitted" | "changes_requested" | "approved";

export interface DeliveryFacts {
  deliverable: Deliverable;
  jurisdictions: readonly Jurisdiction[];
  /** The latest draft round's outcome; null before any draft. */
  draft: DraftRound | null;
  /** The matched post; null when none is matched. */
  post: Post | null;
  /** A screenshot proving a story went up (stories are not in exports), with its time. */
  proofAt: number | null;
  /** Snapshots of the account after the post, each saying whether it showed the post. */
  sightings: readonly Sighting[];
  now: number;
}

export interface Sighting {
  capturedAt: number;
  /** The snapshot reaches back to the post's day (its oldest post is as old or older). */
  covers: boolean;
  present: boolean;
}

export type ProblemCode =
  | "not_posted"
  | "posted_late"
  | "removed_early"
  | "disclosure"
  | "missing_items"
  | "agreed_wording";

export interface DeliveryProblem {
  code: ProblemCode;
  message: string;
  /** Pay is held while this stands (late, removed early, undisclosed). */
  holdsPay: boolean;
}

export interface DeliveryState {
  status: DeliverableStatus;
  problems: DeliveryProblem[];
  postedAt: number | null;
}

export function deliveryState(f: DeliveryFacts): DeliveryState {
  const d = f.deliverable;
  const dueEnd = Date.parse(`${d.goLive}T00:00:00Z`) + DAY_MS;
  const postedAt = f.post?.takenAt ?? f.proofAt;
  if (postedAt === null || postedAt === undefined) {
    if (f.now >= dueEnd) {
      const late = Math.floor((f.now - dueEnd) / DAY_MS) + 1;
      return {
        status: "late",
        postedAt: null,
        problems: [
          {
            code: "not_posted",
            message: `Not posted: due on ${d.goLive}, ${days(late)} ago.`,
            holdsPay: true,
          },
        ],
      };
    }
    return { status: f.draft ?? "due", problems: [], postedAt: null };
  }

  const problems: DeliveryProblem[] = [];
  if (postedAt >= dueEnd) {
    const late = Math.floor((postedAt - dueEnd) / DAY_MS) + 1;
    problems.push({
      code: "posted_late",
      message: `Posted on ${day(postedAt)}, ${days(late)} after the go-live day ${d.goLive}.`,
      holdsPay: false,
    });
  }
  const removed = removedEarly(f, postedAt);
  if (removed) problems.push(removed);
  if (f.post) problems.push(...captionProblems(f, f.post));

  const status: DeliverableStatus = removed
    ? "removed_early"
    : problems.some((p) => p.code === "disclosure")
      ? "disclosure_problem"
      : stayedUp(f, postedAt)
        ? "done"
        : "posted";
  return { status, problems, postedAt };
}

/** The first snapshot before the last required day that reaches back to the post and misses it. */
function removedEarly(f: DeliveryFacts, postedAt: number): DeliveryProblem | null {
  const until = f.deliverable.upUntil;
  if (until === null || f.post === null) return null;
  const end = Date.parse(`${until}T00:00:00Z`);
  const seen = [...f.sightings]
    .filter((s) => s.capturedAt > postedAt && s.covers)
    .sort((a, b) => a.capturedAt - b.capturedAt);
  const missing = seen.find((s) => !s.present && s.capturedAt < end);
  if (!missing) return null;
  const lastSeen = seen.filter((s) => s.present && s.capturedAt < missing.capturedAt).at(-1);
  const upDays = Math.floor((missing.capturedAt - postedAt) / DAY_MS);
  return {
    code: "removed_early",
    message: `Removed early: gone on ${day(missing.capturedAt)}${
      lastSeen ? ` (last seen ${day(lastSeen.capturedAt)})` : ""
    }, ${days(upDays)} after posting; it was to stay up until ${until}.`,
    holdsPay: true,
  };
}

function stayedUp(f: DeliveryFacts, postedAt: number): boolean {
  const until = f.deliverable.upUntil;
  if (until === null) return true;
  const end = Date.parse(`${until}T00:00:00Z`);
  return f.sightings.some((s) => s.present && s.capturedAt >= end && s.capturedAt > postedAt);
}

function captionProblems(f: DeliveryFacts, post: Post): DeliveryProblem[] {
  const out: DeliveryProblem[] = [];
  const d = f.deliverable;
  if (post.caption === null) return out;
  // The contract is the proof that the post is paid: judged as sponsored whatever its signals.
  const signals = { ...sponsoredSignalsOf(post, foldCaption(post.caption)), sponsored: true };
  const violations = checkDisclosure(post, signals).filter(
    (x) => x.severity === "violation" && f.jurisdictions.includes(x.authority),
  );
  for (const v of violations)
    out.push({ code: "disclosure", message: `${v.authority}: ${v.message}`, holdsPay: true });
  const found = new Set(requiredItemsIn(post.caption, d));
  const missing = [
    ...d.links.map((l) => ({ want: `link ${bareLink(l)}`, say: `the link ${l}` })),
    ...d.codes.map((c) => ({ want: `code ${c}`, say: `the code ${c}` })),
    ...d.mentions.map((m) => ({
      want: `mention @${m.replace(/^@/, "").toLowerCase()}`,
      say: `@${m.replace(/^@/, "")}`,
    })),
    ...d.hashtags.map((h) => ({
      want: `hashtag #${h.replace(/^#/, "").toLowerCase()}`,
      say: `#${h.replace(/^#/, "")}`,
    })),
  ].filter((x) => !found.has(x.want));
  if (missing.length)
    out.push({
      code: "missing_items",
      message: `The caption lacks ${missing.map((x) => x.say).join(", ")}.`,
      holdsPay: false,
    });
  const wording = d.disclosure.wording.trim().toLowerCase();
  if (wording && violations.length === 0 && !post.caption.toLowerCase().includes(wording))
    out.push({
      code: "agreed_wording",
      message: `The caption does not use the agreed wording "${d.disclosure.wording}".`,
      holdsPay: false,
    });
  return out;
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function days(n: number): string {
  return n === 1 ? "1 day" : `${n} days`;
}
