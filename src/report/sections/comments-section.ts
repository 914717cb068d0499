// The report's comment-quality section: generic, spam, possibly spam, repeated, fast
// comments and repeat commenters, each with its share in words and a few real examples.
import type { AuditResult } from "../../core/audit.js";
import { notComputedWords } from "../../core/not-computed.js";
import { num, pct } from "../format.js";
import type { ReportBlock, ReportContext, ReportSection } from "../report-types.js";
import { notesBlock } from "./notes-for.js";

/** Example comments shown per kind. */
export const EXAMPLES_SHOWN = 5;

const REASON_LABELS: Record<string, string> = { model: "spam model" };
export const reasonLabel = (reason: string) => REASON_LABELS[reason] ?? reason.replaceAll("_", " ");

export function commentsSection({ audit: r }: ReportContext): ReportSection {
  const c = r.comments;
  return {
    id: "comments",
    title: "Comment quality",
    blocks: [
      ...notesBlock(r, ["comment quality", "repeat commenters"]),
      {
        kind: "text",
        text: `Over ${num(c.total)} comments by other accounts on the latest ${num(r.inputs.posts)} posts (the creator's own replies are not counted).`,
      },
      {
        kind: "facts",
        items: [
          {
            label: "Generic comments",
            value: pct(c.genericShare, 1),
            note: `emoji-only ${c.genericByKind.emoji_only}, mention-only ${c.genericByKind.mention_only}, stock praise ${c.genericByKind.stock_praise}`,
          },
          {
            label: "Spam and scam comments",
            value: c.spam === null ? notComputedWords(r.methodVersion) : pct(c.spamShare, 1),
            note: c.spam === null ? "" : `${num(c.spam)} comment(s)`,
          },
          // Audits before audit-v5 did not count possibly-spam comments apart.
          ...(c.possibleSpam === null
            ? []
            : [
                {
                  label: "Possibly spam (not counted)",
                  value: pct(c.possibleSpamShare, 1),
                  note: `${num(c.possibleSpam)} comment(s)`,
                },
              ]),
          {
            label: "Same text on 2+ posts",
            value: pct(c.duplicateShare, 1),
            note: `${num(c.duplicate)} comment(s)`,
          },
          {
            label: `Within ${c.fastMinutes} min of the post`,
            value: pct(c.fastShare, 1),
            note: `${num(c.fast)} comment(s)`,
          },
          {
            label: "Repeat commenters",
            value:
              c.repeatCommenterShare === null ? "not enough data" : `${c.repeatCommenters.length} account(s)`,
            note:
              c.repeatCommenterShare === null
                ? ""
                : `on more than half the posts; ${pct(c.repeatCommenterShare, 1)} of comments`,
          },
        ],
      },
      { kind: "heading", id: "evidence-generic", text: "Generic comments" },
      {
        kind: "comments",
        items: c.examples.generic.slice(0, EXAMPLES_SHOWN).map((g) => ({
          author: g.author,
          text: g.text,
          tags: [g.kind.replace("_", " ")],
          meta: null,
        })),
        empty: "No generic comments.",
      },
      ...spamBlocks(r),
      { kind: "heading", id: "evidence-duplicates", text: "Same text on several posts" },
      {
        kind: "comments",
        items: c.examples.duplicates.slice(0, EXAMPLES_SHOWN).map((d) => ({
          author: null,
          text: d.text,
          tags: [],
          meta: `×${num(d.comments)} on ${num(d.posts)} posts`,
        })),
        empty: "No text appears on more than one post.",
      },
      { kind: "heading", id: "evidence-fast", text: `Comments within ${c.fastMinutes} minutes of the post` },
      {
        kind: "comments",
        items: c.examples.fast.slice(0, EXAMPLES_SHOWN).map((f) => ({
          author: f.author,
          text: f.text,
          tags: [],
          meta: `${num(f.minutesAfterPost, 0)} min after the post`,
        })),
        empty: "No comment came that fast.",
      },
      { kind: "heading", id: "evidence-repeat", text: "Repeat commenters" },
      {
        kind: "table",
        title: "Accounts commenting on most posts",
        columns: [
          { label: "Account" },
          { label: "Posts", numeric: true },
          { label: "Comments", numeric: true },
        ],
        rows: c.repeatCommenters.slice(0, 10).map((rc) => [`@${rc.author}`, num(rc.posts), num(rc.comments)]),
        empty:
          c.repeatCommenterShare === null
            ? "Not looked for: not enough posts with comments."
            : "No account comments on most posts.",
      },
    ],
  };
}

function spamBlocks(r: AuditResult): ReportBlock[] {
  const c = r.comments;
  const heading: ReportBlock = { kind: "heading", id: "evidence-spam", text: "Spam and scam comments" };
  const spam = c.examples.spam;
  if (c.spamByReason === null || spam === null)
    return [
      heading,
      {
        kind: "text",
        tone: "muted",
        text: `This audit (${r.methodVersion}) did not look for spam. Re-run the audit to see it.`,
      },
    ];
  const reasons = Object.entries(c.spamByReason).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [
    heading,
    ...(reasons.length
      ? [
          {
            kind: "text",
            tone: "muted",
            text: `By reason (a comment can have several): ${reasons.map(([k, n]) => `${reasonLabel(k)} ${num(n)}`).join(", ")}.`,
          } satisfies ReportBlock,
        ]
      : []),
    {
      kind: "comments",
      items: spam.slice(0, EXAMPLES_SHOWN).map((s) => ({
        author: s.author,
        text: s.text,
        tags: s.reasons.map(reasonLabel),
        meta: `pSpam ${pct(s.pSpam, 1)}`,
      })),
      empty: "No spam comments.",
    },
    ...possibleSpamBlocks(r),
  ];
}

/** Possibly-spam comments: shown with their reasons, never counted (before audit-v5: a note says not computed). */
function possibleSpamBlocks(r: AuditResult): ReportBlock[] {
  const c = r.comments;
  const possible = c.examples.possibleSpam;
  if (c.possibleSpam === null || c.possibleSpamByReason === null || possible === null)
    return [
      {
        kind: "text",
        tone: "muted",
        text: `Possibly-spam comments (counted apart, not against the creator): ${notComputedWords(r.methodVersion)}.`,
      },
    ];
  const reasons = Object.entries(c.possibleSpamByReason).sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  return [
    { kind: "heading", id: "evidence-possible-spam", text: "Possibly spam (not counted)" },
    {
      kind: "text",
      tone: "muted",
      text: `${num(c.possibleSpam)} comment(s) look like spam to a spam rule or to the spam model, which is not sure of them; they do not lower the score.${
        reasons.length
          ? ` By reason (a comment can have several): ${reasons.map(([k, n]) => `${reasonLabel(k)} ${num(n)}`).join(", ")}.`
          : ""
      }`,
    },
    {
      kind: "comments",
      items: possible.slice(0, EXAMPLES_SHOWN).map((s) => ({
        author: s.author,
        text: s.text,
        tags: s.reasons.map(reasonLabel),
        meta: `pSpam ${pct(s.pSpam, 1)}`,
      })),
      empty: "No possibly-spam comments.",
    },
  ];
}
