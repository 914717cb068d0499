// The report's sponsored-posts section: the sponsored share, how the sponsored posts were
// disclosed, and each finding with its rule (FTC or ASA/CAP) and the quoted caption.
import { day, num, pct } from "../format.js";
import type { ReportContext, ReportSection } from "../report-types.js";

/** Findings printed in full; the rest are counted (the web page and --json list all). */
const MAX_FINDINGS = 12;

export function disclosureSection({ audit: r }: ReportContext): ReportSection | null {
  const d = r.disclosure;
  if (d === null) return null;
  const when = new Map(d.posts.map((p) => [p.postId, day(p.takenAt)]));
  const violations = d.findings.filter((f) => f.severity === "violation");
  const shown = [...violations, ...d.findings.filter((f) => f.severity !== "violation")].slice(
    0,
    MAX_FINDINGS,
  );
  return {
    id: "disclosure",
    title: "Sponsored posts and disclosure",
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
        text: 'Checked against the FTC\'s "Disclosures 101 for Social Media Influencers" and the ASA/CAP influencers\' guide (2023): a clear label such as "Ad" in the first 125 characters, not buried among hashtags. Stories, videos and labels on the image are not seen.',
      },
      {
        kind: "list",
        title: `Findings (${d.findings.length}: ${violations.length} violation${violations.length === 1 ? "" : "s"})`,
        items: shown.map((f) => ({
          text: `${when.get(f.postId) ?? f.postId}, ${f.authority} ${f.rule} (${f.severity}): ${f.message}${f.quote ? ` Caption: "${f.quote}"` : ""}`,
        })),
        empty:
          d.sponsoredPosts === 0
            ? "No sponsored post found: no paid-partnership label, ad word, affiliate link or discount code."
            : d.unchecked === d.sponsoredPosts
              ? "The sponsored posts have no known caption: their disclosure could not be checked."
              : "Every sponsored post is disclosed clearly.",
      },
      ...(d.findings.length > MAX_FINDINGS
        ? [
            {
              kind: "text" as const,
              tone: "muted" as const,
              text: `… and ${d.findings.length - MAX_FINDINGS} more finding(s).`,
            },
          ]
        : []),
    ],
  };
}
