// The sponsored-posts section: how many posts look sponsored and how they were
// disclosed, then each sponsored (or possibly sponsored) post with the signals that made
// it so, its label, and every finding naming its rule (FTC or ASA/CAP) with the caption
// quoted. Each post carries the anchor the trust score's disclosure evidence links to.
// Audits before audit-v3 did not check disclosure: the section says so.
import type { PostDisclosure } from "../../core/disclosure.js";
import { num, pct, when } from "../format.js";
import type { ListItem, ReportContext, ReportSection } from "../report-types.js";
import { notComputedBlock } from "./notes-for.js";

const STATUS: Record<PostDisclosure["disclosure"], string> = {
  clear: "disclosed clearly",
  unclear: "disclosed unclearly",
  none: "not disclosed",
  unknown: "caption unknown",
};

export function disclosureSection({ audit: r }: ReportContext): ReportSection {
  const d = r.disclosure;
  const title = "Sponsored posts and disclosure";
  if (d === null)
    return { id: "disclosure", title, blocks: [notComputedBlock(r, "did not check disclosure", "it")] };
  return {
    id: "disclosure",
    title,
    blocks: [
      {
        kind: "facts",
        items: [
          {
            label: "Sponsored posts",
            value: `${num(d.sponsoredPosts)} of ${num(d.postsRead)}`,
            note: d.sponsoredShare === null ? undefined : pct(d.sponsoredShare, 0),
          },
          { label: "Disclosed clearly", value: num(d.disclosedClearly) },
          { label: "Disclosed unclearly", value: num(d.disclosedUnclearly) },
          { label: "Not disclosed", value: num(d.undisclosed) },
        ],
      },
      {
        kind: "text",
        tone: "muted",
        text: 'Checked against the FTC\'s "Disclosures 101 for Social Media Influencers" and the ASA/CAP influencers\' guide (2023): a clear label such as "Ad" within the first 125 characters, not buried among hashtags.',
      },
      ...(d.notEnoughData.length
        ? [{ kind: "notes" as const, title: "Not enough data", items: d.notEnoughData }]
        : []),
      {
        kind: "list",
        title: `Sponsored posts (${d.findings.length} finding${d.findings.length === 1 ? "" : "s"})`,
        items: d.posts.map(postItem),
        empty:
          "No sponsored post found: no paid-partnership label, ad word, affiliate link or discount code.",
      },
      {
        kind: "text",
        tone: "muted",
        text: "Stories, videos and labels on the image are not seen; a brand tag alone does not make a post sponsored.",
      },
    ],
  };
}

function postItem(p: PostDisclosure): ListItem {
  const quotes = [...new Set(p.findings.flatMap((f) => (f.quote ? [f.quote] : [])))];
  return {
    id: `disclosure-${p.postId}`,
    badges: [p.sponsored ? STATUS[p.disclosure] : "possibly sponsored"],
    tone: p.findings.some((f) => f.severity === "violation") ? "alert" : p.findings.length ? "warning" : "ok",
    text: `${when(p.takenAt)}${p.shortcode ? ` ${p.shortcode}` : ""}`,
    details: [
      `Signals: ${p.signals.map((s) => `${s.kind.replaceAll("_", " ")} “${s.match}”`).join("; ")}${
        p.label ? `. Label “${p.label.match}” at character ${p.label.index + 1}` : ""
      }.`,
      ...p.findings.map((f) => `${f.authority} ${f.rule} (${f.severity}): ${f.message}`),
      ...quotes.map((q) => `Caption: “${q}”`),
    ],
  };
}
