// The comment-quality section: every share in one list of facts, then a part for each
// kind of comment with its share in words, a few real examples and, on the creator page,
// the link to all of them in the comment browser: generic, spam and possibly spam,
// repeated texts, fast comments, repeat commenters. The headline figures link to the parts.
import type { AuditResult } from "../../core/audit.js";
import type { SpamExample } from "../../core/comment-quality.js";
import { notComputedWords } from "../../core/not-computed.js";
import { num, pct } from "../format.js";
import { genericKindsNote } from "../headline-figures.js";
import type { ReportBlock, ReportComment, ReportContext, ReportSection } from "../report-types.js";
import { notComputedBlock, notesBlock } from "./notes-for.js";

/** Example comments shown per kind; the comment browser has them all. */
export const EXAMPLES_SHOWN = 5;

const REASON_LABELS: Record<string, string> = { model: "spam model" };
export const reasonLabel = (reason: string) => REASON_LABELS[reason] ?? reason.replaceAll("_", " ");

const comments = (n: number | null) => `${num(n)} comment${n === 1 ? "" : "s"}`;

export function commentsSection({ audit: r }: ReportContext): ReportSection {
  const c = r.comments;
  return {
    id: "comments",
    title: "Comment quality",
    blocks: [
      ...notesBlock(r, ["comment quality"]),
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
            note: genericKindsNote(r),
          },
          {
            label: "Spam and scam comments",
            value: c.spam === null ? notComputedWords(r.methodVersion) : pct(c.spamShare, 1),
            note: c.spam === null ? "" : comments(c.spam),
          },
          // Audits before audit-v5 did not count possibly-spam comments apart.
          ...(c.possibleSpam === null
            ? []
            : [
                {
                  label: "Possibly spam (not counted)",
                  value: pct(c.possibleSpamShare, 1),
                  note: comments(c.possibleSpam),
                },
              ]),
          { label: "Same text on 2+ posts", value: pct(c.duplicateShare, 1), note: comments(c.duplicate) },
          {
            label: `Within ${c.fastMinutes} min of the post`,
            value: pct(c.fastShare, 1),
            note: comments(c.fast),
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
      {
        kind: "part",
        id: "evidence-generic",
        title: "Generic comments",
        blocks: [
          {
            kind: "text",
            text: `${pct(c.genericShare, 1)} of ${num(c.total)} comments by other accounts are generic.`,
            links: [{ label: "All generic comments", to: { comments: "generic" } }],
          },
          {
            kind: "comments",
            items: c.examples.generic.slice(0, EXAMPLES_SHOWN).map((g) => ({
              id: g.id,
              author: g.author,
              text: g.text,
              tags: [g.kind.replace("_", " ")],
              meta: null,
            })),
            empty: "No generic comments.",
          },
        ],
      },
      { kind: "part", id: "evidence-spam", title: "Spam and scam comments", blocks: spamBlocks(r) },
      {
        kind: "part",
        id: "evidence-duplicates",
        title: "Same text on several posts",
        blocks: [
          {
            kind: "text",
            text: `${pct(c.duplicateShare, 1)} of comments (${comments(c.duplicate)}) repeat a text seen on another post.`,
            links: [{ label: "All repeated comments", to: { comments: "duplicate" } }],
          },
          {
            kind: "comments",
            items: c.examples.duplicates.slice(0, EXAMPLES_SHOWN).map((d) => ({
              id: d.ids[0],
              author: null,
              text: d.text,
              tags: [],
              meta: `×${num(d.comments)} on ${num(d.posts)} posts`,
            })),
            empty: "No text appears on more than one post.",
          },
        ],
      },
      {
        kind: "part",
        id: "evidence-fast",
        title: `Comments within ${c.fastMinutes} minutes of the post`,
        blocks: [
          { kind: "text", text: `${pct(c.fastShare, 1)} of comments (${comments(c.fast)}) came that fast.` },
          {
            kind: "comments",
            items: c.examples.fast.slice(0, EXAMPLES_SHOWN).map((f) => ({
              id: f.id,
              author: f.author,
              text: f.text,
              tags: [],
              meta: `${num(f.minutesAfterPost, 0)} min after the post`,
            })),
            empty: "No comment came that fast.",
          },
        ],
      },
      { kind: "part", id: "evidence-repeat", title: "Repeat commenters", blocks: repeatBlocks(r) },
    ],
  };
}

function repeatBlocks(r: AuditResult): ReportBlock[] {
  const c = r.comments;
  return [
    ...notesBlock(r, ["repeat commenters"]),
    ...(c.repeatCommenters.length
      ? [
          {
            kind: "text",
            text: `${c.repeatCommenters.length} account(s) comment on more than half the posts with comments; ${pct(c.repeatCommenterShare, 1)} of comments are theirs.`,
            links: [{ label: "Their comments", to: { comments: "repeat" } }],
          } satisfies ReportBlock,
        ]
      : []),
    {
      kind: "table",
      title: "Accounts commenting on most posts",
      columns: [
        { label: "Account" },
        { label: "Posts", numeric: true },
        { label: "Comments", numeric: true },
      ],
      rows: c.repeatCommenters.map((rc) => [`@${rc.author}`, num(rc.posts), num(rc.comments)]),
      empty:
        c.repeatCommenterShare === null
          ? "Not looked for: not enough posts with comments."
          : "No account comments on most posts.",
    },
  ];
}

function byReason(counts: Record<string, number>): string {
  const reasons = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return reasons.map(([k, n]) => `${reasonLabel(k)} ${num(n)}`).join(", ");
}

function spamComment(s: SpamExample): ReportComment {
  return {
    id: s.id,
    author: s.author,
    text: s.text,
    tags: s.reasons.map(reasonLabel),
    meta: `pSpam ${pct(s.pSpam, 1)}`,
  };
}

function spamBlocks(r: AuditResult): ReportBlock[] {
  const c = r.comments;
  const spam = c.examples.spam;
  if (c.spam === null || c.spamByReason === null || spam === null)
    return [notComputedBlock(r, "did not look for spam", "it")];
  const reasons = byReason(c.spamByReason);
  const model = r.models ? [" ", { code: r.models.comments }] : [];
  return [
    {
      kind: "text",
      text: `${pct(c.spamShare, 1)} of ${num(c.total)} comments by other accounts are spam or scams (${comments(c.spam)}).`,
      links: [{ label: "All spam comments", to: { comments: "spam" } }],
    },
    ...(reasons
      ? [
          {
            kind: "text",
            tone: "muted",
            text: `By reason (a comment can have several): ${reasons}.`,
          } satisfies ReportBlock,
        ]
      : []),
    {
      kind: "text",
      tone: "muted",
      text:
        c.possibleSpam === null
          ? [
              "A rule names links, requests to DM, self-promotion, crypto or investment offers and follower selling; the spam model",
              ...model,
              " flags the rest. pSpam is the model's probability, shown also when a rule decided.",
            ]
          : [
              "Spam counts only where the spam model",
              ...model,
              " is sure (precision of at least 95% on Instagram comments in cross-validation). pSpam is the model's probability.",
            ],
    },
    {
      kind: "comments",
      items: spam.slice(0, EXAMPLES_SHOWN).map(spamComment),
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
  const reasons = byReason(c.possibleSpamByReason);
  return [
    { kind: "heading", id: "evidence-possible-spam", text: "Possibly spam (not counted)" },
    {
      kind: "text",
      text: `${pct(c.possibleSpamShare, 1)} of comments are possibly spam (${comments(c.possibleSpam)}): a rule fired (links, requests to DM, self-promotion, crypto or investment offers, follower selling) or the spam model is not sure. They do not lower the score.`,
      links: [{ label: "All possibly-spam comments", to: { comments: "possible_spam" } }],
    },
    ...(reasons
      ? [
          {
            kind: "text",
            tone: "muted",
            text: `By reason (a comment can have several): ${reasons}.`,
          } satisfies ReportBlock,
        ]
      : []),
    {
      kind: "comments",
      items: possible.slice(0, EXAMPLES_SHOWN).map(spamComment),
      empty: "No possibly-spam comments.",
    },
  ];
}
