// Niche on the creator page: the ranked niches with their share, and the words that gave
// each (what the creator wrote, where, how often), so a reader can check every niche by
// its evidence; then what the business category maps to. Audits before audit-v3 have no
// niches: the section says so.
import type { AuditResult } from "../../core/audit.js";
import type { Niche, NicheResult, NicheSource } from "../../core/niche.js";
import { num, pct } from "./format.js";
import { type Html, html } from "./html.js";
import { notComputedNote } from "./not-computed-note.js";

const SOURCE: Record<NicheSource, string> = {
  caption: "caption word",
  hashtag: "hashtag",
  bio: "bio",
  category: "business category",
};

export function nicheSection(r: AuditResult): Html {
  const { niches, nicheBasis: basis } = r;
  const head = html`<h2 id="niche-h">Niche</h2>`;
  if (niches === null || basis === null)
    return html`<section id="niche" aria-labelledby="niche-h">${head}
${notComputedNote(r, html`did not look for niches`, "them")}</section>`;
  return html`<section id="niche" aria-labelledby="niche-h">${head}
<p>What the creator posts about, from the words of ${num(basis.captionsRead)} caption${basis.captionsRead === 1 ? "" : "s"} (of the latest ${num(basis.postsRead)} posts), the bio and the business category, matched against a keyword list in English, German, French, Spanish and Italian. Hashtags, the bio and the category weigh more than a word said in passing, and what one post gives a niche is capped, so thirty hashtags on one post do not make a niche.</p>
${basis.notEnoughData ? html`<ul class="left-out"><li>${basis.notEnoughData}</li></ul>` : ""}
${niches.length === 0 ? html`<p class="empty">No niche stands out: too few of the keywords are in the captions, hashtags, bio or category.</p>` : nicheTables(niches)}
${categoryLine(basis.category, niches)}
<p class="sub">Method <code>${basis.method}</code>: keyword matching, not a model. A creator who writes in another language, or in emoji only, gets few niches; a word with a second sense can add a point, and the words above show it.</p>
</section>`;
}

function nicheTables(niches: Niche[]): Html {
  return html`<div class="table-wrap" role="region" aria-labelledby="niche-caption" tabindex="0">
<table class="data niche-ranking">
  <caption id="niche-caption">Niches, highest score first</caption>
  <thead><tr><th scope="col" class="num">Rank</th><th scope="col">Niche</th><th scope="col" class="num">Share</th><th scope="col" class="num">Score</th><th scope="col" class="num">Posts</th></tr></thead>
  <tbody>${niches.map(
    (n, i) =>
      html`<tr id="niche-${n.id}"><td class="num">${i + 1}</td><th scope="row">${n.label}</th><td class="num">${pct(n.share, 0)}</td><td class="num">${num(n.score)}</td><td class="num">${num(n.posts)}</td></tr>`,
  )}</tbody>
</table>
</div>
<div class="table-wrap" role="region" aria-labelledby="niche-words-caption" tabindex="0">
<table class="data niche-evidence">
  <caption id="niche-words-caption">The words that gave each niche (most seen first)</caption>
  <thead><tr><th scope="col">Word</th><th scope="col">Found in</th><th scope="col">Keyword</th><th scope="col" class="num">Times seen</th></tr></thead>
  ${niches.map(
    (n) => html`<tbody>
    <tr class="group"><th scope="colgroup" colspan="4">${n.label} <span class="sub">(${pct(n.share, 0)}, seen in ${num(n.posts)} post${n.posts === 1 ? "" : "s"})</span></th></tr>
    ${n.evidence.map(
      (e) =>
        html`<tr><th scope="row">${e.term}</th><td>${SOURCE[e.source]}</td><td><code>${e.keyword}</code></td><td class="num">${num(e.count)}</td></tr>`,
    )}
  </tbody>`,
  )}
</table>
</div>`;
}

function categoryLine(category: NicheResult["category"], niches: Niche[]): Html {
  if (!category) return html`<p class="sub">No business category is set on the profile.</p>`;
  const label = (id: string) => niches.find((n) => n.id === id)?.label ?? id;
  return html`<p>Business category “${category.name}”: ${
    !category.known
      ? "not in the keyword list, so it adds no niche."
      : category.niches.length === 0
        ? "a general category that says nothing about a niche."
        : `maps to ${category.niches.map(label).join(", ")}.`
  }</p>`;
}
