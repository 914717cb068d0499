// Use-case: the deliverables of a partnership's accepted contract, in the contract's
// order, with where each stands. Empty until a version is accepted. Another workspace's
// partnership is not_found, as one that does not exist.
import { type Kysely, sql } from "kysely";
import type { Deliverable } from "../../core/contract-deliverables.js";
import type { ContractPlatform, DeliverableKind } from "../../core/contract-terms.js";
import type { DeliverableStatus } from "../../core/deliverable-status.js";
import type { DeliveryProblem } from "../../core/delivery-state.js";
import type { DB } from "../../db/schema.js";
import { findPartnership } from "../campaigns/find-partnership.js";

export interface StoredDeliverable extends Deliverable {
  id: number;
  /** The accepted version the row was made from. */
  contractVersion: number;
  status: DeliverableStatus;
  /** The post that fulfils it (migration 0019), matched by rule or by hand, and why; null before one is. */
  post: {
    accountId: number;
    postId: string;
    by: "rule" | "hand";
    reasons: string[];
    postedAt: string | null;
  } | null;
  /** What the last check found (core/delivery-state.ts); empty before the first check. */
  problems: DeliveryProblem[];
  /** When it was last checked; null before the first check. */
  checkedAt: string | null;
}

const day = (column: string) => sql<string | null>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;

export async function listDeliverables(
  db: Kysely<DB>,
  workspaceId: number,
  partnershipId: number,
): Promise<StoredDeliverable[]> {
  await findPartnership(db, workspaceId, partnershipId);
  const rows = await db
    .selectFrom("deliverables as d")
    .innerJoin("contract_versions as v", "v.id", "d.contract_version_id")
    .select([
      "d.id",
      "v.number as version",
      "d.number",
      "d.platform",
      "d.kind",
      "d.of_index",
      "d.of_count",
      "d.frames",
      day("d.draft_due").as("draft_due"),
      day("d.go_live").as("go_live"),
      day("d.up_until").as("up_until"),
      day("d.highlight_until").as("highlight_until"),
      "d.link_sticker",
      "d.disclosure_wording",
      "d.disclosure_placement",
      "d.mentions",
      "d.hashtags",
      "d.links",
      "d.codes",
      "d.status",
      "d.post_account_id",
      "d.post_id",
      "d.match_by",
      "d.match_reasons",
      "d.posted_at",
      "d.problems",
      "d.checked_at",
    ])
    .where("d.workspace_id", "=", workspaceId)
    .where("d.partnership_id", "=", partnershipId)
    .orderBy("d.number")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    contractVersion: r.version,
    number: r.number,
    platform: r.platform as ContractPlatform,
    kind: r.kind as DeliverableKind,
    ofTerm: { index: r.of_index, count: r.of_count },
    frames: r.frames,
    draftDue: r.draft_due,
    goLive: r.go_live ?? "",
    upUntil: r.up_until,
    highlightUntil: r.highlight_until,
    linkSticker: r.link_sticker,
    disclosure: { wording: r.disclosure_wording, placement: r.disclosure_placement as string[] },
    mentions: r.mentions as string[],
    hashtags: r.hashtags as string[],
    links: r.links as string[],
    codes: r.codes as string[],
    status: r.status as DeliverableStatus,
    post:
      r.post_account_id !== null && r.post_id !== null && r.match_by !== null
        ? {
            accountId: r.post_account_id,
            postId: r.post_id,
            by: r.match_by,
            reasons: r.match_reasons as unknown as string[],
            postedAt: r.posted_at ? new Date(r.posted_at).toISOString() : null,
          }
        : null,
    problems: r.problems as unknown as DeliveryProblem[],
    checkedAt: r.checked_at ? new Date(r.checked_at).toISOString() : null,
  }));
}
