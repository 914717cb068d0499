// Use-case: the creator opens the review link. Answers the current version's document,
// its status and the changes already proposed on it; the first opening of each version
// by each link is recorded on the trail as `opened` (not every reload: the trail is
// evidence that it was seen, not a hit counter).
import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";
import { appendTrailIn } from "../campaigns/append-trail.js";
import { type ContractLinkTarget, findContractLink } from "./find-contract-link.js";
import type { Actor } from "./issue-contract-version.js";

export interface ContractReview extends ContractLinkTarget {
  proposals: { field: string; proposed: string; comment: string; at: string }[];
}

/** How the trail names the creator acting through a link. */
export function linkActorName(target: ContractLinkTarget): string {
  return `@${target.version.document.creatorHandle} (review link ${target.linkId})`;
}

export async function openContractReview(
  db: Kysely<DB>,
  token: string,
  visitor: Omit<Actor, "name">,
  now: number,
  /** false: a page shown again after a refused post, which is no new opening. */
  record = true,
): Promise<ContractReview> {
  return db.transaction().execute(async (trx) => {
    const target = await findContractLink(trx, token, now);
    const seen =
      !record ||
      (await trx
        .selectFrom("contract_trail")
        .select("seq")
        .where("partnership_id", "=", target.partnershipId)
        .where("kind", "=", "opened")
        .where(sql<boolean>`detail->>'link' = ${String(target.linkId)}`)
        .where(sql<boolean>`detail->>'version' = ${String(target.version.number)}`)
        .executeTakeFirst());
    if (!seen)
      await appendTrailIn(
        trx,
        target.workspaceId,
        target.partnershipId,
        {
          kind: "opened",
          actor: linkActorName(target),
          ...visitor,
          detail: { link: target.linkId, version: target.version.number },
        },
        now,
      );
    const proposals = await trx
      .selectFrom("contract_proposals")
      .select(["field", "proposed", "comment", "created_at"])
      .where("partnership_id", "=", target.partnershipId)
      .where("version_number", "=", target.version.number)
      .orderBy("id")
      .execute();
    return {
      ...target,
      proposals: proposals.map((p) => ({
        field: p.field,
        proposed: p.proposed,
        comment: p.comment,
        at: new Date(p.created_at).toISOString(),
      })),
    };
  });
}
