// The comment browser's view: the filter tabs with the count of each, the comments
// of the page with their flags and the creator's first reply, and the pager.
import { COMMENT_FILTERS, type CommentFilter } from "../../core/comment-flags.js";
import type { CommentList, CommentListItem } from "../../services/list-comments.js";
import { day, num, when } from "./format.js";
import { type Html, html, query } from "./html.js";
import { pager } from "./pager.js";

const LABELS: Record<CommentFilter, string> = {
  all: "All",
  generic: "Generic",
  spam: "Spam or scam",
  possible_spam: "Possibly spam",
  duplicate: "Same text on 2+ posts",
  replied: "Replied by the creator",
  repeat: "By repeat commenters",
};

export function commentsView(id: number, username: string, filter: CommentFilter, list: CommentList): Html {
  const href = (f: CommentFilter, page?: number) =>
    `/creators/${id}/comments${query({ filter: f === "all" ? null : f, page: page && page > 1 ? page : null })}`;
  return html`<nav aria-label="Breadcrumb" class="breadcrumb"><a href="/">Creators</a> › <a href="/creators/${id}">${username}</a> › <span aria-current="page">Comments</span></nav>
<h1>Comments on ${username}</h1>
<p>Comments by other accounts on the posts the audit reads, flagged by the audit's rules.${
    list.auditId === null ? " Repeat commenters are known after the first audit." : ""
  }</p>
<nav class="filter-tabs" aria-label="Filter comments">
  <ul>${COMMENT_FILTERS.map(
    (f) =>
      html`<li><a href="${href(f)}"${f === filter ? html` aria-current="true"` : ""}>${LABELS[f]} <span class="count">(${num(list.counts[f])})</span></a></li>`,
  )}</ul>
</nav>
<h2 class="visually-hidden">${LABELS[filter]} comments</h2>
<p role="status">${num(list.total)} comment${list.total === 1 ? "" : "s"}${filter === "all" ? "" : ` — ${LABELS[filter].toLowerCase()}`}.</p>
${
  list.items.length
    ? html`<ol class="comment-list">${list.items.map(commentItem)}</ol>`
    : html`<p class="empty">No comment matches this filter.</p>`
}
${pager(list.page, list.pageSize, list.total, (p) => href(filter, p))}`;
}

/** The row's anchor: the creator page links to /creators/<id>/comments?comment=<id>#comment-<id>. */
export function commentAnchor(commentId: string): string {
  return `comment-${commentId}`;
}

function commentItem(item: CommentListItem): Html {
  const c = item.comment;
  const f = item.flags;
  const badges: string[] = [];
  if (f.generic) badges.push(`generic: ${f.generic.replace("_", " ")}`);
  if (f.spam)
    badges.push(
      `spam (${f.spam.reasons.map((r) => r.replaceAll("_", " ")).join(", ")}; pSpam ${f.spam.pSpam.toFixed(2)})`,
    );
  if (f.possibleSpam)
    badges.push(
      `possibly spam, not counted (${f.possibleSpam.reasons.map((r) => r.replaceAll("_", " ")).join(", ")}; pSpam ${f.possibleSpam.pSpam.toFixed(2)})`,
    );
  if (f.duplicate) badges.push("same text on 2+ posts");
  if (f.replied) badges.push("replied");
  if (f.repeat) badges.push("repeat commenter");
  return html`<li class="comment-item" id="${commentAnchor(c.platformCommentId)}">
  <p class="meta"><span class="author">@${c.authorUsername ?? item.author ?? "unknown"}</span> <code class="comment-id">${c.platformCommentId}</code> <time datetime="${new Date(c.createdAt).toISOString()}">${when(new Date(c.createdAt).toISOString())}</time> <span class="sub">on the post of ${item.postTakenAt ? day(item.postTakenAt) : "?"}${c.parentId ? " · a reply" : ""}</span></p>
  <p class="text">${c.text}</p>
  ${badges.length ? html`<ul class="badges" aria-label="Flags">${badges.map((b) => html`<li class="badge">${b}</li>`)}</ul>` : ""}
  ${
    item.creatorReply
      ? html`<p class="reply by-creator"><span class="badge">creator</span> <span class="author">@${item.creatorReply.authorUsername ?? "creator"}</span> <time datetime="${new Date(item.creatorReply.createdAt).toISOString()}">${when(new Date(item.creatorReply.createdAt).toISOString())}</time><br><span class="text">${item.creatorReply.text}</span></p>`
      : ""
  }
</li>`;
}
