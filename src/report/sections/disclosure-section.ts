// The sponsored-posts section: how many posts look sponsored and how they were
// disclosed, then ONE table with a row per sponsored (or possibly sponsored) post: the
// post (its code, linked to the post on its platform), its one verdict and the rules it
// breaks; the rules broken once each with what they ask; and the details per post (the
// signals, each finding's words, the caption quoted once), which a page folds away.
// Each row carries the anchor the trust score's disclosure evidence links to. Audits
// before audit-v3 did not check disclosure: the section says so.
import {
  DISCLOSURE_RULES,
  type DisclosureFinding,
  type DisclosureRuleId,
  type PostDisclosure,
} from "../../core/disclosure.js";
import { postUrl } from "../../core/platform-urls.js";
import { num, pct, when } from "../format.js";
import type { Cell, ListItem, ReportContext, ReportSection } from "../report-types.js";
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
  const { platform, username } = r.account;
  const url = (p: PostDisclosure) =>
    postUrl(platform, { platformPostId: p.postId, shortcode: p.shortcode }, username);
  const broken = brokenRules(d.findings);
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
        kind: "table",
        id: "disclosure-posts",
        title: `Sponsored posts (${num(d.posts.length)}; ${num(d.findings.length)} finding${d.findings.length === 1 ? "" : "s"})`,
        columns: [{ label: "Post" }, { label: "Verdict" }, { label: "Rules broken" }, { label: "Warnings" }],
        rows: d.posts.map((p): Cell[] => {
          const link = url(p);
          return [
            {
              text: `${when(p.takenAt)} · ${p.shortcode ?? p.postId}`,
              ...(link ? { link: { url: link } } : {}),
            },
            p.sponsored ? STATUS[p.disclosure] : "possibly sponsored",
            ruleList(p.findings, "violation"),
            ruleList(p.findings, "warning"),
          ];
        }),
        rowIds: d.posts.map((p) => `disclosure-${p.postId}`),
        empty:
          "No sponsored post found: no paid-partnership label, ad word, affiliate link or discount code.",
      },
      ...(broken.length
        ? [
            {
              kind: "table" as const,
              id: "disclosure-rules",
              title: "The rules broken",
              columns: [{ label: "Rule" }, { label: "What it asks" }, { label: "Posts", numeric: true }],
              rows: broken.map(([rule, posts]): Cell[] => [
                { text: rule, code: true },
                `${DISCLOSURE_RULES[rule].authority}: ${DISCLOSURE_RULES[rule].asks}`,
                num(posts),
              ]),
              empty: "",
            },
          ]
        : []),
      ...(d.posts.length
        ? [
            {
              kind: "list" as const,
              title: "Details per post: signals, findings, caption",
              folded: true,
              items: d.posts.map((p) => postItem(p, url(p))),
              empty: "",
            },
          ]
        : []),
      {
        kind: "text",
        tone: "muted",
        text: "Stories, videos and labels on the image are not seen; a brand tag alone does not make a post sponsored.",
      },
    ],
  };
}

/** "ftc-clear-words, asa-unclear-label", or "—". */
function ruleList(findings: readonly DisclosureFinding[], severity: DisclosureFinding["severity"]): Cell {
  const rules = [...new Set(findings.filter((f) => f.severity === severity).map((f) => f.rule))];
  return rules.length ? { text: rules.join(", "), code: true } : "—";
}

/** Each rule broken (a violation) and on how many posts, most first. */
function brokenRules(findings: readonly DisclosureFinding[]): [DisclosureRuleId, number][] {
  const posts = new Map<DisclosureRuleId, Set<string>>();
  for (const f of findings)
    if (f.severity === "violation") posts.set(f.rule, (posts.get(f.rule) ?? new Set()).add(f.postId));
  return [...posts]
    .map(([rule, ids]): [DisclosureRuleId, number] => [rule, ids.size])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function postItem(p: PostDisclosure, url: string | null): ListItem {
  // The caption once: the longest of the findings' quotes (they are windows on one caption).
  const quote = p.findings.reduce<string | null>(
    (q, f) => (f.quote && f.quote.length > (q?.length ?? 0) ? f.quote : q),
    null,
  );
  return {
    badges: [p.sponsored ? STATUS[p.disclosure] : "possibly sponsored"],
    tone: p.findings.some((f) => f.severity === "violation") ? "alert" : p.findings.length ? "warning" : "ok",
    text: `${when(p.takenAt)} · post ${p.shortcode ?? p.postId}${url ? ` · ${url}` : ""}`,
    details: [
      `Signals: ${p.signals.map((s) => `${s.kind.replaceAll("_", " ")} “${s.match}”`).join("; ")}${
        p.label ? `. Label “${p.label.match}” at character ${p.label.index + 1}` : ""
      }.`,
      ...p.findings.map((f) => `${f.authority} ${f.rule} (${f.severity}): ${f.message}`),
      ...(quote ? [`Caption: “${quote}”`] : []),
    ],
  };
}
