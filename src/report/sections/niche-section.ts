// The niche section: the ranked niches with their share, posts and score (bars of their
// share), the words that gave each (what the creator wrote, where, how often) as a table
// a reader can check, and what the business category maps to. Audits before audit-v3
// have no niches: the section says they were not computed.
import type { Niche, NicheResult, NicheSource } from "../../core/niche.js";
import { num, pct } from "../format.js";
import type { ReportBlock, ReportContext, ReportSection } from "../report-types.js";
import { notComputedBlock } from "./notes-for.js";

const SOURCE: Record<NicheSource, string> = {
  caption: "caption word",
  hashtag: "hashtag",
  bio: "bio",
  category: "business category",
};

const posts = (n: number) => `${num(n)} post${n === 1 ? "" : "s"}`;

export function nicheSection({ audit: r }: ReportContext): ReportSection {
  const { niches, nicheBasis: basis } = r;
  const title = "Niche";
  if (niches === null || basis === null)
    return { id: "niche", title, blocks: [notComputedBlock(r, "did not look for niches", "them")] };
  const blocks: ReportBlock[] = [
    {
      kind: "text",
      text: `What the creator posts about, from the words of ${num(basis.captionsRead)} caption${basis.captionsRead === 1 ? "" : "s"} (of the latest ${num(basis.postsRead)} posts), the bio and the business category, matched against a keyword list in English, German, French, Spanish and Italian. Hashtags, the bio and the category weigh more than a word said in passing, and what one post gives a niche is capped, so thirty hashtags on one post do not make a niche.`,
    },
  ];
  if (basis.notEnoughData)
    blocks.push({ kind: "notes", title: "Not enough data", items: [basis.notEnoughData] });
  if (niches.length === 0)
    blocks.push({
      kind: "text",
      tone: "muted",
      text: "No niche stands out: too few of the keywords are in the captions, hashtags, bio or category.",
    });
  else
    blocks.push(
      {
        kind: "bar-list",
        id: "niche-ranking",
        title: "Niches by share",
        columns: { label: "Niche", values: ["Posts", "Score"], share: "Share" },
        bars: niches.map((n) => ({
          id: `niche-${n.id}`,
          label: n.label,
          values: [posts(n.posts), `${num(n.score)} points`],
          count: n.posts,
          share: n.share,
          shareText: pct(n.share, 0),
        })),
        caption:
          "Highest score first; a niche's share is its score over the summed scores of the niches listed.",
      },
      {
        kind: "table",
        title: "The words that gave each niche (most seen first)",
        columns: [
          { label: "Word" },
          { label: "Found in" },
          { label: "Keyword" },
          { label: "Times seen", numeric: true },
        ],
        rows: [],
        groups: niches.map((n) => ({
          label: n.label,
          note: `(${pct(n.share, 0)}, seen in ${posts(n.posts)})`,
          rows: n.evidence.map((e) => [
            e.term,
            SOURCE[e.source],
            { text: e.keyword, code: true },
            num(e.count),
          ]),
          empty: "No word matched.",
        })),
        empty: "No word matched.",
      },
    );
  blocks.push({ kind: "text", text: categoryWords(basis.category, niches) });
  blocks.push({
    kind: "text",
    tone: "muted",
    text: [
      "Method ",
      { code: basis.method },
      ": keyword matching, not a model. A creator who writes in another language, or in emoji only, gets few niches; a word with a second sense can add a point, and the words above show it.",
    ],
  });
  return { id: "niche", title, blocks };
}

function categoryWords(category: NicheResult["category"], niches: Niche[]): string {
  if (!category) return "No business category is set on the profile.";
  const label = (id: string) => niches.find((n) => n.id === id)?.label ?? id;
  return `Business category “${category.name}”: ${
    !category.known
      ? "not in the keyword list, so it adds no niche."
      : category.niches.length === 0
        ? "a general category that says nothing about a niche."
        : `maps to ${category.niches.map(label).join(", ")}.`
  }`;
}
