// Part of accepting a contract: its deliverables become rows the brand tracks (issue 16
// moves them from `due`). Called inside the acceptance's transaction, so a refused
// acceptance stores none, and made from the frozen version's own terms, so the rows say
// exactly what was signed.
import type { Kysely } from "kysely";
import { contractDeliverables } from "../../core/contract-deliverables.js";
import type { ContractTerms } from "../../core/contract-terms.js";
import type { DB } from "../../db/schema.js";

export interface AcceptedVersion {
  workspaceId: number;
  partnershipId: number;
  versionId: number;
  terms: ContractTerms;
}

/** Inserts one row per piece of content; returns how many. */
export async function storeDeliverables(trx: Kysely<DB>, v: AcceptedVersion, now: number): Promise<number> {
  const rows = contractDeliverables(v.terms).map((d) => ({
    workspace_id: v.workspaceId,
    partnership_id: v.partnershipId,
    contract_version_id: v.versionId,
    number: d.number,
    platform: d.platform,
    kind: d.kind,
    of_index: d.ofTerm.index,
    of_count: d.ofTerm.count,
    frames: d.frames,
    draft_due: d.draftDue,
    go_live: d.goLive,
    up_until: d.upUntil,
    highlight_until: d.highlightUntil,
    link_sticker: d.linkSticker,
    disclosure_wording: d.disclosure.wording,
    disclosure_placement: JSON.stringify(d.disclosure.placement),
    mentions: JSON.stringify(d.mentions),
    hashtags: JSON.stringify(d.hashtags),
    links: JSON.stringify(d.links),
    codes: JSON.stringify(d.codes),
    created_at: new Date(now),
  }));
  if (rows.length) await trx.insertInto("deliverables").values(rows).execute();
  return rows.length;
}
