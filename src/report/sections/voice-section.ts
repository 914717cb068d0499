// The voice section: the languages of the captions and of the audience's comments (bars
// with the sample behind them), how the captions are written (length, questions, calls
// to action with the phrases found, emoji, hashtags), the most used emoji and hashtags,
// how the creator replies, and example replies under the comment they answer. Figures
// and examples, no verdict. Audits before audit-v3 have no voice: the section says so.
import type { LanguageShare } from "../../core/language-mix.js";
import type { ReplyExample, Voice } from "../../core/voice.js";
import { NO_DATA, num, pct, when } from "../format.js";
import type { ReportBlock, ReportContext, ReportFact, ReportSection, ReportThread } from "../report-types.js";
import { notComputedBlock } from "./notes-for.js";

export function voiceSection({ audit: r }: ReportContext): ReportSection {
  const v = r.voice;
  const title = "Voice";
  if (v === null)
    return {
      id: "voice",
      title,
      blocks: [notComputedBlock(r, "did not describe the creator's voice", "it")],
    };
  const c = v.captions;
  const rp = v.replies;
  const blocks: ReportBlock[] = [
    {
      kind: "text",
      text: `How the creator writes and talks with their audience, over the captions of the latest ${num(r.inputs.posts)} posts and their comments: figures and examples, no verdict.`,
    },
  ];
  if (v.notEnoughData.length)
    blocks.push({ kind: "notes", title: "Not enough data", items: v.notEnoughData });
  blocks.push(
    { kind: "heading", text: "Languages" },
    languageBars(
      "voice-caption-languages",
      "Caption languages",
      "Captions",
      c.languages.languages,
      `${num(c.languages.texts)} caption${c.languages.texts === 1 ? "" : "s"} read, ${num(c.languages.undetermined)} undetermined (too short, or no reliable guess).`,
    ),
    languageBars(
      "voice-audience-languages",
      "Languages of the audience's comments",
      "Comments",
      v.audience.languages,
      `A sample of ${num(v.audience.sampleSize)} of the ${num(v.audience.commentsByOthers)} comments by other accounts, ${num(v.audience.undetermined)} undetermined.`,
    ),
    { kind: "heading", text: "Captions" },
    { kind: "facts", items: captionFacts(c) },
    {
      // A table rather than a note: the PDF's font lacks many emoji and shows "[emoji]"
      // for each, which still keeps its count readable.
      kind: "table",
      title: "Most used emoji",
      columns: [{ label: "Emoji" }, { label: "Times used", numeric: true }],
      rows: c.topEmoji.map((e) => [e.emoji, num(e.count)]),
      empty: "No emoji in the captions.",
    },
    {
      kind: "table",
      title: "Top hashtags",
      columns: [{ label: "Hashtag" }, { label: "Posts", numeric: true }],
      rows: c.topHashtags.map((t) => [`#${t.tag}`, num(t.posts)]),
      empty: "No hashtag in the captions.",
    },
    { kind: "heading", text: "How the creator replies" },
    rp.count === 0
      ? { kind: "text", tone: "muted", text: "The creator wrote no reply in the comments read." }
      : { kind: "facts", items: replyFacts(rp) },
    {
      kind: "threads",
      id: "voice-examples",
      title: "Example replies",
      threads: rp.examples.map((ex) => exampleThread(ex, r.account.username)),
      empty: "No reply by the creator to show.",
    },
    {
      kind: "text",
      tone: "muted",
      text: [
        "Method ",
        { code: v.method },
        ". Languages are judged on what the person wrote, without links, @mentions and hashtags; a text needs 10 letters to be judged. The audience's language is that of those who comment, not of all followers.",
      ],
    },
  );
  return { id: "voice", title, blocks };
}

function languageBars(
  id: string,
  title: string,
  unit: string,
  languages: LanguageShare[] | null,
  basis: string,
): ReportBlock {
  if (languages === null) return { kind: "text", tone: "muted", text: `${title}: ${NO_DATA}. ${basis}` };
  return {
    kind: "bar-list",
    id,
    title,
    columns: { label: "Language", values: [unit], share: "Share" },
    bars: languages.map((l) => ({
      label: l.name,
      tag: l.code,
      values: [num(l.texts)],
      count: l.texts,
      share: l.share,
      shareText: pct(l.share, 1),
    })),
    caption: basis,
  };
}

/** A share of the captions with the count it stands for: "25% (6 of 24 captions)". */
function ofCaptions(share: number | null, read: number): string {
  return share === null
    ? NO_DATA
    : `${pct(share, 0)} (${num(Math.round(share * read))} of ${num(read)} captions)`;
}

/** A length in characters: whole, or with the half a median of an even count can have. */
function characters(n: number | null): string {
  return n === null ? NO_DATA : `${num(n, Number.isInteger(n) ? 0 : 1)} characters`;
}

function captionFacts(c: Voice["captions"]): ReportFact[] {
  return [
    { label: "Captions read", value: num(c.read), note: "posts with caption text" },
    { label: "Length", value: characters(c.medianLength), note: "median; an emoji counts as one" },
    { label: "Questions", value: ofCaptions(c.questionShare, c.read), note: "ask the reader something" },
    {
      label: "Calls to action",
      value: ofCaptions(c.callToActionShare, c.read),
      note: c.callsToAction.length
        ? c.callsToAction.map((p) => `“${p.phrase}” ×${num(p.captions)}`).join(", ")
        : "no phrase such as “link in bio”, “comment below” or “use code”",
    },
    {
      label: "Emoji",
      value: ofCaptions(c.emojiShare, c.read),
      ...(c.emojiPerCaption === null ? {} : { note: `${num(c.emojiPerCaption, 1)} per caption` }),
    },
    {
      label: "Hashtags",
      value: c.hashtagsPerCaption === null ? NO_DATA : `${num(c.hashtagsPerCaption, 1)} per caption`,
    },
  ];
}

function replyFacts(rp: Voice["replies"]): ReportFact[] {
  return [
    { label: "Replies", value: num(rp.count), note: "comments by the creator that answer another" },
    { label: "Length", value: characters(rp.medianLength), note: "median" },
    {
      label: "Questions back",
      value: pct(rp.questionShare, 0),
      ...(rp.questionShare === null ? {} : { note: "of replies ask something back" }),
    },
    {
      label: "@mentions",
      value: pct(rp.mentionShare, 1),
      ...(rp.mentionShare === null
        ? {}
        : {
            note: `name the commenter with an @mention (of ${num(rp.withKnownCommenter)} replies whose commenter is known)`,
          }),
    },
  ];
}

function exampleThread(ex: ReplyExample, creator: string): ReportThread {
  return {
    id: `voice-reply-${ex.id}`,
    comment: ex.answers ? { author: ex.answers.author, text: ex.answers.text, at: null, time: null } : null,
    replies: [
      { author: creator, text: ex.text, at: when(ex.createdAt), time: ex.createdAt, byCreator: true },
    ],
    note: ex.answers ? null : "The comment it answers is not among the comments read.",
  };
}
