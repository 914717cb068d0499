// /creators/:id/comments — the comment browser: other accounts' comments on the
// posts the audit reads, newest first, filtered by one flag (generic, spam, possibly
// spam, duplicate, replied, repeat commenter, or all) with the count of each, paged. Each
// comment shows its flags and, when replied, the creator's first reply (comments-view.ts).
// `?comment=<id>` opens the page holding that comment; its row is `#comment-<id>`, which
// the report's citations link to and the stylesheet highlights (:target).
import type { Hono } from "hono";
import { z } from "zod";
import { COMMENT_FILTERS } from "../../core/comment-flags.js";
import { listComments } from "../../services/list-comments.js";
import type { AppEnv } from "../env.js";
import { commentsView } from "./comments-view.js";
import { creatorId } from "./creator-id.js";
import { layout } from "./layout.js";
import { pageCaller } from "./page-context.js";

const PAGE_SIZE = 50;

const CommentsQuery = z.object({
  filter: z.enum(COMMENT_FILTERS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  /** A cited comment's id: its page is shown and its row is the #comment-<id> target. */
  comment: z.string().min(1).max(200).optional().catch(undefined),
});

export function registerCommentsPage(pages: Hono<AppEnv>) {
  pages.get("/creators/:id/comments", async (c) => {
    const caller = pageCaller(c);
    const id = creatorId(c);
    const q = CommentsQuery.parse(c.req.query());
    const list = await listComments(c.var.deps.db, caller.workspaceId, id, {
      filter: q.filter ?? "all",
      page: q.page ?? 1,
      pageSize: PAGE_SIZE,
      comment: q.comment,
    });
    const username = list.account.slice(list.account.indexOf(":") + 1);
    return c.html(
      layout({
        title: `Comments on ${username}`,
        caller,
        current: "creators",
        main: commentsView(id, username, q.filter ?? "all", list),
      }),
    );
  });
}
