// Previous / next links for a paged list, with the current page announced.
import { type Html, html } from "./html.js";

export function pager(page: number, pageSize: number, total: number, href: (page: number) => string): Html {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && page <= 1) return html``;
  return html`<nav class="pager" aria-label="Pages">
  ${page > 1 ? html`<a href="${href(Math.min(page - 1, pages))}" rel="prev">← Previous</a>` : html`<span aria-hidden="true"></span>`}
  <span aria-current="page">Page ${page} of ${pages}</span>
  ${page < pages ? html`<a href="${href(page + 1)}" rel="next">Next →</a>` : html`<span aria-hidden="true"></span>`}
</nav>`;
}
