// Use-case: check the deliverables of accepted contracts against the creator's imported
// posts — match posts to deliverables (core/deliverable-match.ts, the brand's own
// decisions first), work out where each stands (core/delivery-state.ts) and store it:
// the status, the post and why it was matched, when it went up, and the problems found.
// Runs after an import, on the hourly job and from `vouch deliverables check`. One
// workspace, one partnership or all of its partnerships; one transaction, and every
// deliverable written by one statement, so 10,000 of them stay a matter of a second.
import { type Kysely, sql } from "kysely";
import type { Deliverable } from "../../core/contract-deliverables.js";
import type {
  ContractPlatform,
  ContractTerms,
  DeliverableKind,
  Jurisdiction,
} from "../../core/contract-terms.js";
import {
  EARLY_DAYS,
  type HandDecisions,
  LATE_DAYS,
  type MatchablePost,
  matchDeliverables,
} from "../../core/deliverable-match.js";
import type { DeliverableStatus } from "../../core/deliverable-status.js";
import { type DraftRound, deliveryState } from "../../core/delivery-state.js";
import type { Post, PostKind } from "../../core/types.js";
import type { DB } from "../../db/schema.js";
import { findPartnership } from "../campaigns/find-partnership.js";

const DAY_MS = 86_400_000;
const DRAFT_ROUNDS: readonly string[] = ["draft_submitted", "changes_requested", "approved"];

export interface DeliveryCheck {
  partnerships: number;
  deliverables: number;
  byStatus: Partial<Record<DeliverableStatus, number>>;
}

interface Row {
  id: number;
  partnership_id: number;
  creator_id: number;
  number: number;
  platform: string;
  kind: string;
  of_index: number;
  of_count: number;
  frames: number | null;
  draft_due: string | null;
  go_live: string;
  up_until: string | null;
  highlight_until: string | null;
  link_sticker: boolean;
  disclosure_wording: string;
  mentions: string[];
  hashtags: string[];
  links: string[];
  codes: string[];
  status: string;
  terms: ContractTerms;
}

export async function checkDeliverables(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number | null,
  now: number,
): Promise<DeliveryCheck> {
  if (partnershipId !== null) await findPartnership(db, workspaceId, partnershipId);
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<Row>`
      select d.id, d.partnership_id, p.creator_id, d.number, d.platform, d.kind, d.of_index, d.of_count, d.frames,
        to_char(d.draft_due, 'YYYY-MM-DD') as draft_due, to_char(d.go_live, 'YYYY-MM-DD') as go_live,
        to_char(d.up_until, 'YYYY-MM-DD') as up_until, to_char(d.highlight_until, 'YYYY-MM-DD') as highlight_until,
        d.link_sticker, d.disclosure_wording, d.mentions, d.hashtags, d.links, d.codes, d.status, v.terms
      from deliverables d
      join partnerships p on p.id = d.partnership_id
      join contract_versions v on v.id = d.contract_version_id
      where d.workspace_id = ${workspaceId}
        and p.status not in ('cancelled', 'closed')
        ${partnershipId === null ? sql`` : sql`and d.partnership_id = ${partnershipId}`}
      order by d.partnership_id, d.number
      for update of d`.execute(trx);
    const byPartnership = new Map<number, Row[]>();
    for (const r of rows)
      byPartnership.set(r.partnership_id, [...(byPartnership.get(r.partnership_id) ?? []), r]);
    const updates: object[] = [];
    const byStatus: Partial<Record<DeliverableStatus, number>> = {};
    // Two reads for the whole set, not two per partnership: posts by creator, decisions by deliverable.
    const postsByCreator = await postsFor(trx, rows, workspaceId);
    const decisionsByDeliverable = await decisionsFor(trx, workspaceId, partnershipId);
    for (const group of byPartnership.values()) {
      const posts = postsByCreator.get((group[0] as Row).creator_id) ?? new Map<string, FoundPost>();
      const decisions = handDecisions(group, decisionsByDeliverable);
      const deliverables = group.map(toDeliverable);
      const matches = matchDeliverables(
        deliverables,
        [...posts.values()].map((p) => p.matchable),
        decisions,
      );
      const matchOf = new Map(matches.map((m) => [m.deliverable, m]));
      for (const [i, r] of group.entries()) {
        const d = deliverables[i] as Deliverable;
        const m = matchOf.get(d.number);
        const post = m ? (posts.get(m.postId) ?? null) : null;
        const state = deliveryState({
          deliverable: d,
          jurisdictions: (r.terms.disclosure?.jurisdictions ?? []) as Jurisdiction[],
          draft: DRAFT_ROUNDS.includes(r.status) ? (r.status as DraftRound) : null,
          post: post?.post ?? null,
          proofAt: null,
          sightings: [],
          now,
        });
        byStatus[state.status] = (byStatus[state.status] ?? 0) + 1;
        updates.push({
          id: r.id,
          status: state.status,
          accountId: post?.accountId ?? null,
          postId: post?.post.platformPostId ?? null,
          by: m?.by ?? null,
          reasons: m?.reasons ?? [],
          postedAt: state.postedAt,
          problems: state.problems,
        });
      }
    }
    if (updates.length)
      await sql`
        update deliverables d set status = u.status, post_account_id = u."accountId", post_id = u."postId",
          match_by = u.by, match_reasons = u.reasons,
          posted_at = case when u."postedAt" is null then null else to_timestamp(u."postedAt" / 1000.0) end,
          problems = u.problems, checked_at = ${new Date(now)}
        from json_to_recordset(${JSON.stringify(updates)}::json) as u(id int, status text, "accountId" int,
          "postId" text, by text, reasons jsonb, "postedAt" float8, problems jsonb)
        where d.id = u.id`.execute(trx);
    return { partnerships: byPartnership.size, deliverables: rows.length, byStatus };
  });
}

function toDeliverable(r: Row): Deliverable {
  return {
    number: r.number,
    platform: r.platform as ContractPlatform,
    kind: r.kind as DeliverableKind,
    ofTerm: { index: r.of_index, count: r.of_count },
    frames: r.frames,
    draftDue: r.draft_due,
    goLive: r.go_live,
    upUntil: r.up_until,
    highlightUntil: r.highlight_until,
    linkSticker: r.link_sticker,
    disclosure: { wording: r.disclosure_wording, placement: [] },
    mentions: r.mentions,
    hashtags: r.hashtags,
    links: r.links,
    codes: r.codes,
  };
}

interface FoundPost {
  accountId: number;
  post: Post;
  matchable: MatchablePost;
}

/**
 * The creators' posts on the deliverables' platforms between the earliest window's start
 * and the latest one's end, by creator, each keyed "account:post" (matching applies each
 * deliverable's own window).
 */
async function postsFor(
  trx: Kysely<DB>,
  rows: Row[],
  workspaceId: number,
): Promise<Map<number, Map<string, FoundPost>>> {
  const out = new Map<number, Map<string, FoundPost>>();
  if (rows.length === 0) return out;
  const lives = rows.map((r) => Date.parse(`${r.go_live}T00:00:00Z`));
  const from = new Date(Math.min(...lives) - EARLY_DAYS * DAY_MS);
  const to = new Date(Math.max(...lives) + (LATE_DAYS + 1) * DAY_MS);
  const platforms = [...new Set(rows.map((r) => r.platform))];
  const creators = [...new Set(rows.map((r) => r.creator_id))];
  // A long list of ids is sent as one array parameter, not one parameter each.
  const found = await trx
    .selectFrom("posts as p")
    .innerJoin("accounts as a", "a.id", "p.account_id")
    .select([
      "a.creator_id",
      "a.id as account_id",
      "a.platform",
      "p.platform_post_id",
      "p.shortcode",
      "p.taken_at",
      "p.kind",
      "p.caption",
      "p.is_ad",
      "p.sponsors",
      "p.paid_partnership",
    ])
    .where("a.workspace_id", "=", workspaceId)
    .where(sql<boolean>`a.creator_id = any(${creators}::int[])`)
    .where("a.platform", "in", platforms)
    .where("p.taken_at", ">=", from)
    .where("p.taken_at", "<", to)
    .execute();
  for (const r of found) {
    const key = `${r.account_id}:${r.platform_post_id}`;
    const takenAt = new Date(r.taken_at).getTime();
    const post: Post = {
      platformPostId: r.platform_post_id,
      shortcode: r.shortcode,
      takenAt,
      kind: r.kind as PostKind | null,
      caption: r.caption,
      likes: null,
      comments: null,
      views: null,
      isAd: r.is_ad,
      sponsors: r.sponsors,
      location: null,
      paidPartnership: r.paid_partnership,
    };
    const byKey = out.get(r.creator_id) ?? new Map<string, FoundPost>();
    out.set(r.creator_id, byKey);
    byKey.set(key, {
      accountId: r.account_id,
      post,
      matchable: {
        postId: key,
        platform: r.platform as ContractPlatform,
        kind: post.kind,
        takenAt,
        caption: r.caption,
      },
    });
  }
  return out;
}

interface Decision {
  deliverable_id: number;
  account_id: number;
  post_id: string;
  decision: "match" | "unmatch";
}

async function decisionsFor(
  trx: Kysely<DB>,
  workspaceId: number,
  partnershipId: number | null,
): Promise<Map<number, Decision[]>> {
  const out = new Map<number, Decision[]>();
  let q = trx
    .selectFrom("deliverable_decisions as x")
    .innerJoin("deliverables as d", "d.id", "x.deliverable_id")
    .select(["x.deliverable_id", "x.account_id", "x.post_id", "x.decision"])
    .where("d.workspace_id", "=", workspaceId);
  if (partnershipId !== null) q = q.where("d.partnership_id", "=", partnershipId);
  const found = await q.orderBy("x.decided_at").execute();
  for (const d of found) out.set(d.deliverable_id, [...(out.get(d.deliverable_id) ?? []), d]);
  return out;
}

function handDecisions(group: Row[], decisions: Map<number, Decision[]>): HandDecisions {
  const mine = group.flatMap((r) => (decisions.get(r.id) ?? []).map((d) => ({ ...d, number: r.number })));
  const pick = (decision: "match" | "unmatch") =>
    mine
      .filter((d) => d.decision === decision)
      .map((d) => ({ deliverable: d.number, postId: `${d.account_id}:${d.post_id}` }));
  return { matched: pick("match"), unmatched: pick("unmatch") };
}
