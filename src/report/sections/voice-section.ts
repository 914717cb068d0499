// The report's voice section: how the captions are written (length, questions, calls to
// action, emoji, hashtags) as facts, the languages of the captions and of the audience's
// comments as bars, the top hashtags, how the creator replies and a few example replies
// under the comment they answer. Figures and examples, no verdict. Audits before audit-v3
// have no voice: the section is then left out.
import type { LanguageShare } from "../../core/language-mix.js";
import type { ReplyExample } from "../../core/voice.js";
import { NO_DATA, num, pct, when } from "../format.js";
import type { ReportBlock, ReportContext, ReportSection, ReportThread } from "../report-types.js";

/** Emoji rows printed; the page and --json list up to ten. */
const EMOJI_SHOWN = 5;

export function voiceSection({ audit: r }: ReportContext): ReportSection | null {
  const v = r.voice;
  if (v === null) return null;
  const c = v.captions;
  const rp = v.replies;
  const blocks: ReportBlock[] = [];
  if (v.notEnoughData.length)
    blocks.push({ kind: "notes", title: "Not enough data", items: v.notEnoughData });
  blocks.push(
    {
      kind: "text",
      text: `How the creator writes and talks with their audience, over the captions of the latest ${num(r.inputs.posts)} posts and their comments: figures and examples, no verdict.`,
    },
    {
      kind: "facts",
      items: [
        { label: "Captions read", value: num(c.read), note: "posts with caption text" },
        { label: "Caption length", value: characters(c.medianLength), note: "median" },
        { label: "Questions", value: pct(c.questionShare, 0), note: ofCaptions(c.questionShare, c.read) },
        {
          label: "Calls to action",
          value: pct(c.callToActionShare, 0),
          note: c.callsToAction.length
            ? c.callsToAction.map((p) => `"${p.phrase}" ×${num(p.captions)}`).join(", ")
            : ofCaptions(c.callToActionShare, c.read),
        },
        {
          label: "Emoji",
          value: pct(c.emojiShare, 0),
          note:
            c.emojiPerCaption === null
              ? ofCaptions(c.emojiShare, c.read)
              : `${num(c.emojiPerCaption, 1)} per caption; ${ofCaptions(c.emojiShare, c.read)} have one`,
        },
        {
          label: "Hashtags per caption",
          value: c.hashtagsPerCaption === null ? NO_DATA : num(c.hashtagsPerCaption, 1),
        },
      ],
    },
    languageBars(
      "Caption languages",
      c.languages.languages,
      "captions",
      `${num(c.languages.texts)} caption${c.languages.texts === 1 ? "" : "s"} read, ${num(c.languages.undetermined)} undetermined (too short, or no reliable guess).`,
    ),
    languageBars(
      "Languages of the audience's comments",
      v.audience.languages,
      "comments",
      `A sample of ${num(v.audience.sampleSize)} of the ${num(v.audience.commentsByOthers)} comments by other accounts, ${num(v.audience.undetermined)} undetermined.`,
    ),
    {
      // A table rather than a note: the PDF's font lacks many emoji and shows "[emoji]"
      // for each, which still keeps its count readable.
      kind: "table",
      title: "Most used emoji",
      columns: [{ label: "Emoji" }, { label: "Times used", numeric: true }],
      rows: c.topEmoji.slice(0, EMOJI_SHOWN).map((e) => [e.emoji, num(e.count)]),
      empty: "No emoji in the captions.",
    },
    {
      kind: "table",
      title: "Top hashtags",
      columns: [{ label: "Hashtag" }, { label: "Posts", numeric: true }],
      rows: c.topHashtags.map((t) => [`#${t.tag}`, num(t.posts)]),
      empty: "No hashtag in the captions.",
    },
    {
      kind: "facts",
      items: [
        { label: "Replies by the creator", value: num(rp.count) },
        { label: "Reply length", value: characters(rp.medianLength), note: "median" },
        { label: "Questions back", value: pct(rp.questionShare, 0), note: "replies that ask something back" },
        {
          label: "@mentions",
          value: pct(rp.mentionShare, 1),
          note: `name the commenter (of ${num(rp.withKnownCommenter)} replies whose commenter is known)`,
        },
      ],
    },
    {
      kind: "threads",
      title: "Example replies",
      threads: rp.examples.map((ex) => exampleThread(ex, r.account.username)),
      empty: "No reply by the creator to show.",
    },
    {
      kind: "text",
      tone: "muted",
      text: `Method ${v.method}. Languages are judged on what the person wrote, without links, @mentions and hashtags; a text needs 10 letters to be judged. The audience's language is that of those who comment, not of all followers.`,
    },
  );
  return { id: "voice", title: "Voice", blocks };
}

function languageBars(
  title: string,
  languages: LanguageShare[] | null,
  unit: string,
  basis: string,
): ReportBlock {
  if (languages === null) return { kind: "text", tone: "muted", text: `${title}: ${NO_DATA}. ${basis}` };
  return {
    kind: "bar-list",
    title,
    bars: languages.map((l) => ({
      label: l.name,
      share: l.share,
      display: pct(l.share, 1),
      note: `${num(l.texts)} ${unit}`,
    })),
    caption: basis,
  };
}

function ofCaptions(share: number | null, read: number): string {
  return share === null ? NO_DATA : `${num(Math.round(share * read))} of ${num(read)} captions`;
}

function characters(n: number | null): string {
  return n === null ? NO_DATA : `${num(n, Number.isInteger(n) ? 0 : 1)} characters`;
}

function exampleThread(ex: ReplyExample, creator: string): ReportThread {
  return {
    comment: ex.answers
      ? { author: ex.answers.author, text: ex.answers.text, at: "comment" }
      : { author: null, text: "The comment it answers is not among the comments read.", at: "comment" },
    replies: [{ author: creator, text: ex.text, at: when(ex.createdAt), byCreator: true }],
    note: null,
  };
}
