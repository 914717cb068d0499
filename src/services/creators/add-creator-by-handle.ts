// Use-case: put a creator on the working list by platform and handle alone, before any of
// its data is imported, so that a media kit can be asked for first. The creator and its
// account are made as an import makes them (upsert-account.ts, under the same lock), with
// no rows of data: the audit says "not audited" until an import brings some. A handle the
// workspace already has is a conflict naming the creator it belongs to.
import type { Kysely } from "kysely";
import { formatAccountKey, parseAccountKey } from "../../core/account-key.js";
import { VouchError } from "../../core/errors.js";
import type { DB } from "../../db/schema.js";
import { upsertAccount } from "../upsert-account.js";
import { getWorklistEntry, type WorklistEntry } from "./worklist-entry.js";

export interface AddedCreator extends WorklistEntry {
  account: string;
  platform: string;
  username: string;
}

export async function addCreatorByHandle(
  db: Kysely<DB>,
  workspaceId: number,
  accountKey: string,
): Promise<AddedCreator> {
  const ref = parseAccount(accountKey);
  const account = formatAccountKey(ref);
  return db.transaction().execute(async (trx) => {
    const { id, created } = await upsertAccount(trx, workspaceId, { ...ref, platformUserId: null });
    if (!created) {
      const existing = await trx
        .selectFrom("accounts")
        .select("creator_id")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      throw new VouchError(
        "conflict",
        `${account} is already creator ${existing.creator_id} of this workspace`,
        {
          creatorId: existing.creator_id,
        },
      );
    }
    const row = await trx
      .selectFrom("accounts")
      .select("creator_id")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    return {
      account,
      platform: ref.platform,
      username: ref.username,
      ...(await getWorklistEntry(trx, workspaceId, row.creator_id)),
    };
  });
}

/** The account key, or an invalid_input that names the field, as every refused body does. */
function parseAccount(key: string) {
  try {
    return parseAccountKey(key);
  } catch (err) {
    if (err instanceof VouchError) throw new VouchError(err.code, err.message, { field: "account" });
    throw err;
  }
}
