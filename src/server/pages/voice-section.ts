// Voice on the creator page: the languages of the captions and of the audience's comments
// (small tables with the sample behind them), how the captions are written (length,
// questions, calls to action with the phrases found, emoji, hashtags), and how the creator
// replies, with example replies shown under the comment they answer. Figures and examples,
// no verdict. Audits before audit-v3 have no voice: the section says so.
import type { AuditResult } from "../../core/audit.js";
import type { LanguageShare } from "../../core/language-mix.js";
import type { ReplyExample, Voice } from "../../core/voice.js";
import { num, pct, when } from "./format.js";
import { type Html, html } from "./html.js";
import { notComputedNote } from "./not-computed-note.js";
import { notes } from "./notes.js";

export function voiceSection(r: AuditResult): Html {
  const v = r.voice;
  const head = html`<h2 id="voice-h">Voice</h2>`;
  if (v === null)
    return html`<section id="voice" aria-labelledby="voice-h">${head}
${notComputedNote(r, html`did not describe the creator's voice`, "it")}</section>`;
  const c = v.captions;
  return html`<section id="voice" aria-labelledby="voice-h">${head}
<p>How the creator writes and talks with their audience, over the captions of the latest ${num(r.inputs.posts)} posts and their comments: figures and examples, no verdict.</p>
${notes(v.notEnoughData)}
<h3>Languages</h3>
${languageTable(
  "voice-caption-languages",
  "Caption languages",
  "Captions",
  c.languages.languages,
  `${num(c.languages.texts)} caption${c.languages.texts === 1 ? "" : "s"} read, ${num(c.languages.undetermined)} undetermined (too short, or no reliable guess).`,
)}
${languageTable(
  "voice-audience-languages",
  "Languages of the audience's comments",
  "Comments",
  v.audience.languages,
  `A sample of ${num(v.audience.sampleSize)} of the ${num(v.audience.commentsByOthers)} comments by other accounts, ${num(v.audience.undetermined)} undetermined.`,
)}
<h3>Captions</h3>
${captionFigures(c)}
<h3>How the creator replies</h3>
${replyFigures(v.replies)}
<h3>Example replies</h3>
${examples(v.replies.examples, r.account.username)}
<p class="sub">Method <code>${v.method}</code>. Languages are judged on what the person wrote, without links, @mentions and hashtags; a text needs 10 letters to be judged. The audience's language is that of those who comment, not of all followers.</p>
</section>`;
}

function languageTable(
  id: string,
  title: string,
  unit: string,
  languages: LanguageShare[] | null,
  basis: string,
): Html {
  if (languages === null) return html`<p class="empty" id="${id}">${title}: not enough data. ${basis}</p>`;
  return html`<div class="table-wrap" role="region" aria-labelledby="${id}-caption" tabindex="0">
<table class="data voice-languages" id="${id}">
  <caption id="${id}-caption">${title} <span class="sub">${basis}</span></caption>
  <thead><tr><th scope="col">Language</th><th scope="col" class="num">${unit}</th><th scope="col" class="num">Share</th></tr></thead>
  <tbody>${languages.map(
    (l) =>
      html`<tr><th scope="row">${l.name} <span class="sub">${l.code}</span></th><td class="num">${num(l.texts)}</td><td class="num">${pct(l.share, 1)}</td></tr>`,
  )}</tbody>
</table>
</div>`;
}

/** A share of the captions with the count it stands for: "25% (6 of 24 captions)". */
function ofCaptions(share: number | null, read: number): string {
  return share === null
    ? pct(null)
    : `${pct(share, 0)} (${num(Math.round(share * read))} of ${num(read)} captions)`;
}

/** A length in characters: whole, or with the half a median of an even count can have. */
function characters(n: number | null): string {
  return n === null ? num(null) : `${num(n, Number.isInteger(n) ? 0 : 1)} characters`;
}

function captionFigures(c: Voice["captions"]): Html {
  return html`<dl class="more-figures voice-captions">
  <dt>Captions read</dt><dd>${num(c.read)} <span class="sub">posts with caption text</span></dd>
  <dt>Length</dt><dd>${characters(c.medianLength)} <span class="sub">median; an emoji counts as one</span></dd>
  <dt>Questions</dt><dd>${ofCaptions(c.questionShare, c.read)} <span class="sub">ask the reader something</span></dd>
  <dt>Calls to action</dt><dd>${ofCaptions(c.callToActionShare, c.read)}${
    c.callsToAction.length
      ? html`<ul class="badges" aria-label="Call-to-action phrases">${c.callsToAction.map(
          (p) => html`<li class="badge">“${p.phrase}” <span class="sub">×${num(p.captions)}</span></li>`,
        )}</ul>`
      : html` <span class="sub">no phrase such as “link in bio”, “comment below” or “use code”</span>`
  }</dd>
  <dt>Emoji</dt><dd>${ofCaptions(c.emojiShare, c.read)}${
    c.emojiPerCaption === null ? "" : html`, ${num(c.emojiPerCaption, 1)} per caption`
  }${
    c.topEmoji.length
      ? html`<ul class="badges" aria-label="Most used emoji">${c.topEmoji.map(
          (e) => html`<li class="badge">${e.emoji} <span class="sub">×${num(e.count)}</span></li>`,
        )}</ul>`
      : ""
  }</dd>
  <dt>Hashtags</dt><dd>${c.hashtagsPerCaption === null ? num(null) : `${num(c.hashtagsPerCaption, 1)} per caption`}${
    c.topHashtags.length
      ? html`<ul class="badges" aria-label="Most used hashtags">${c.topHashtags.map(
          (t) =>
            html`<li class="badge">#${t.tag} <span class="sub">${num(t.posts)} post${t.posts === 1 ? "" : "s"}</span></li>`,
        )}</ul>`
      : html` <span class="sub">no hashtag</span>`
  }</dd>
</dl>`;
}

function replyFigures(rp: Voice["replies"]): Html {
  if (rp.count === 0) return html`<p class="empty">The creator wrote no reply in the comments read.</p>`;
  return html`<dl class="more-figures voice-replies">
  <dt>Replies</dt><dd>${num(rp.count)} <span class="sub">comments by the creator that answer another</span></dd>
  <dt>Length</dt><dd>${characters(rp.medianLength)} <span class="sub">median</span></dd>
  <dt>Questions back</dt><dd>${rp.questionShare === null ? pct(null) : html`${pct(rp.questionShare, 0)} <span class="sub">of replies ask something back</span>`}</dd>
  <dt>@mentions</dt><dd>${
    rp.mentionShare === null
      ? pct(null)
      : html`${pct(rp.mentionShare, 1)} <span class="sub">name the commenter with an @mention (of ${num(rp.withKnownCommenter)} replies whose commenter is known)</span>`
  }</dd>
</dl>`;
}

function examples(list: ReplyExample[], creator: string): Html {
  if (list.length === 0) return html`<p class="empty">No reply by the creator to show.</p>`;
  return html`<ol class="threads voice-examples">${list.map(
    (ex) => html`<li class="thread" id="voice-reply-${ex.id}">
  ${
    ex.answers
      ? html`<p class="comment"><span class="author">@${ex.answers.author ?? "unknown"}</span><br><span class="text">${ex.answers.text}</span></p>`
      : html`<p class="comment empty">The comment it answers is not among the comments read.</p>`
  }
  <ol class="replies"><li class="reply by-creator"><span class="author">@${creator}</span> <span class="badge">creator</span> <time datetime="${ex.createdAt}">${when(ex.createdAt)}</time><br><span class="text">${ex.text}</span></li></ol>
</li>`,
  )}</ol>`;
}
