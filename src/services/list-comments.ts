// Use-case: the comment browser of one creator — the comments the audit reads
// (other accounts' comments on the latest posts), flagged with the audit's own
// rules (core/comment-flags.ts), filtered by one flag, newest first, paged.
// Repeat commenters come from the latest stored audit, so the browser and the
// audit report agree; before the first audit nobody is a repeat commenter. Asked for a
// comment, it answers the page that holds it (the report's citations link there).
import type { Kysely } from "kysely";
import { DEFAULT_AUDIT_OPTIONS } from "../core/audit.js";
import {
  COMMENT_FILTERS,
  type CommentFilter,
  type FlaggedComment,
  flagComments,
  matchesFilter,
} from "../core/comment-flags.js";
import { loadAuditInput } from "../db/load-audit-input.js";
import { readStoredAudit } from "../db/read-stored-audit.js";
import type { DB } from "../db/schema.js";
import { findAccount } from "./find-account.js";

export interface CommentListQuery {
  filter?: CommentFilter;
  page?: number;
  pageSize?: number;
  /** A comment's platform id: the page that holds it (a cited comment opens where it is). */
  comment?: string;
}

export interface CommentListItem extends FlaggedComment {
  /** When the comment's post was taken (ISO 8601), or null when the post is unknown. */
  postTakenAt: string | null;
}

export interface CommentList {
  account: string;
  items: CommentListItem[];
  /** Comments matching the filter. */
  total: number;
  /** How many comments each filter matches. */
  counts: Record<CommentFilter, number>;
  page: number;
  pageSize: number;
  /** The latest audit's id, or null before the first audit (no repeat commenters are known). */
  auditId: number | null;
}

export async function listComments(
  db: Kysely<DB>,
  workspaceId: number,
  creatorId: number,
  q: CommentListQuery = {},
): Promise<CommentList> {
  const account = await findAccount(db, workspaceId, { creatorId });
  const audit = await db
    .selectFrom("audits")
    .select(["id", "method_version", "result"])
    .where("account_id", "=", account.id)
    .orderBy("computed_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  const result = audit ? readStoredAudit(audit) : null;
  // The window the latest audit used, so its counts and the browser's match.
  const commentWindow = result?.options.commentWindow ?? DEFAULT_AUDIT_OPTIONS.commentWindow;
  const input = await loadAuditInput(db, account, commentWindow, { withFollowers: false });
  const flagged = flagComments(input, {
    commentWindow,
    repeatCommenters: result?.comments.repeatCommenters.map((r) => r.author) ?? [],
  });

  const counts = Object.fromEntries(COMMENT_FILTERS.map((f) => [f, 0])) as Record<CommentFilter, number>;
  for (const f of flagged) for (const name of COMMENT_FILTERS) if (matchesFilter(f, name)) counts[name]++;

  const filter = q.filter ?? "all";
  const pageSize = q.pageSize ?? 50;
  const matching = flagged
    .filter((f) => matchesFilter(f, filter))
    .sort(
      (a, b) =>
        b.comment.createdAt - a.comment.createdAt ||
        a.comment.platformCommentId.localeCompare(b.comment.platformCommentId),
    );
  const at =
    q.comment === undefined ? -1 : matching.findIndex((f) => f.comment.platformCommentId === q.comment);
  const page = at === -1 ? (q.page ?? 1) : Math.floor(at / pageSize) + 1;
  const takenAt = new Map(input.posts.map((p) => [p.platformPostId, p.takenAt]));
  const items = matching.slice((page - 1) * pageSize, page * pageSize).map((f) => {
    const t = takenAt.get(f.comment.platformPostId);
    return { ...f, postTakenAt: t === undefined ? null : new Date(t).toISOString() };
  });
  return {
    account: `${account.platform}:${account.username}`,
    items,
    total: matching.length,
    counts,
    page,
    pageSize,
    auditId: audit?.id ?? null,
  };
}
