// Use-case: store a batch of clicks the redirect has answered, in one statement. A
// person's click is a duplicate when the redirect saw the same visitor on the same link
// within the hour (said by the caller, which sees its own batch), or when a counted click
// of theirs is stored already in the hour before it (another process, or before a
// restart). A click whose link was deleted meanwhile goes with the link. Rows keep the
// order they were answered in (ids in click order), whatever plan the join takes. A
// click id stored already (a crash log replayed, redirect/click-log.ts) is skipped.
import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";

export interface ClickRow {
  linkId: number;
  /** Unix ms. */
  at: number;
  clickId: string;
  visitorHash: string;
  botReason: string | null;
  duplicate: boolean;
  country: string | null;
  referrerDomain: string | null;
}

/** Stores the clicks; returns how many rows were written. */
export async function recordClicks(db: Kysely<DB>, clicks: readonly ClickRow[]): Promise<number> {
  if (clicks.length === 0) return 0;
  const result = await sql`
    insert into clicks (link_id, at, click_id, visitor_hash, bot_reason, duplicate, country, referrer_domain)
    select r."linkId", to_timestamp(r.at / 1000.0), r."clickId", r."visitorHash", r."botReason",
      r.duplicate or (r."botReason" is null and exists (
        select 1 from clicks c
        where c.link_id = r."linkId" and c.visitor_hash = r."visitorHash"
          and c.bot_reason is null and not c.duplicate
          and c.at > to_timestamp(r.at / 1000.0) - interval '1 hour' and c.at <= to_timestamp(r.at / 1000.0))),
      r.country, r."referrerDomain"
    from json_to_recordset(${JSON.stringify(clicks.map((c, ord) => ({ ...c, ord })))}::json) as r(ord int, "linkId" int, at float8, "clickId" text,
      "visitorHash" text, "botReason" text, duplicate bool, country text, "referrerDomain" text)
    where exists (select 1 from links l where l.id = r."linkId")
    order by r.ord
    on conflict (click_id) do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
