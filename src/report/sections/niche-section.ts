// The report's niche section: the ranked niches as bars of their share, the words that
// gave each (what the creator wrote, where, how often) as a table a reader can check,
// and what the business category maps to. Audits before audit-v3 have no niches: the
// section is then left out.
import type { Niche, NicheResult, NicheSource } from "../../core/niche.js";
import { num, pct } from "../format.js";
import type { ReportBlock, ReportContext, ReportSection } from "../report-types.js";

const SOURCE: Record<NicheSource, string> = {
  caption: "caption word",
  hashtag: "hashtag",
  bio: "bio",
  category: "business category",
};

/** Evidence lines printed per niche; the page and --json list up to ten. */
const WORDS_SHOWN = 5;

export function nicheSection({ audit: r }: ReportContext): ReportSection | null {
  const { niches, nicheBasis: basis } = r;
  if (niches === null || basis === null) return null;
  const blocks: ReportBlock[] = [];
  if (basis.notEnoughData)
    blocks.push({ kind: "notes", title: "Not enough data", items: [basis.notEnoughData] });
  blocks.push({
    kind: "text",
    text: `What the creator posts about, from the words of ${num(basis.captionsRead)} caption${basis.captionsRead === 1 ? "" : "s"} (of the latest ${num(basis.postsRead)} posts), the bio and the business category, matched against a keyword list in English, German, French, Spanish and Italian. Hashtags, the bio and the category weigh more than a word said in passing.`,
  });
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
        title: "Niches by share",
        bars: niches.map((n) => ({
          label: n.label,
          share: n.share,
          display: `${pct(n.share, 0)} · ${num(n.posts)} post${n.posts === 1 ? "" : "s"}`,
          note: topWords(n),
        })),
        caption:
          "Highest score first; a niche's share is its score over the summed scores of the niches listed.",
      },
      {
        kind: "table",
        title: "The words that gave each niche (most seen first)",
        columns: [
          { label: "Niche" },
          { label: "Word" },
          { label: "Found in" },
          { label: "Keyword" },
          { label: "Times seen", numeric: true },
        ],
        rows: niches.flatMap((n) =>
          n.evidence
            .slice(0, WORDS_SHOWN)
            .map((e) => [n.label, e.term, SOURCE[e.source], e.keyword, num(e.count)]),
        ),
        empty: "No word matched.",
      },
    );
  blocks.push({ kind: "text", text: categoryWords(basis.category, niches) });
  blocks.push({
    kind: "text",
    tone: "muted",
    text: `Method ${basis.method}: keyword matching, not a model. A creator who writes in another language, or in emoji only, gets few niches; a word with a second sense can add a point, and the words above show it.`,
  });
  return { id: "niche", title: "Niche", blocks };
}

function topWords(n: Niche): string {
  return n.evidence
    .slice(0, 3)
    .map((e) => e.term)
    .join(", ");
}

function categoryWords(category: NicheResult["category"], niches: Niche[]): string {
  if (!category) return "No business category is set on the profile.";
  const label = (id: string) => niches.find((n) => n.id === id)?.label ?? id;
  return `Business category "${category.name}": ${
    !category.known
      ? "not in the keyword list, so it adds no niche."
      : category.niches.length === 0
        ? "a general category that says nothing about a niche."
        : `maps to ${category.niches.map(label).join(", ")}.`
  }`;
}
