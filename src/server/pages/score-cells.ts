// The list's and the compare page's score cells: a trust score, a fit and a candidate with
// their confidence beside them ("63 C · based on 40% of the evidence · provisional"), so a
// score from thin data never looks as sure as one from full data.
import { CANDIDATE_BAND_LABELS, type CandidateRank, candidatePartsText } from "../../core/candidate-rank.js";
import { evidenceWords } from "../../core/score-confidence.js";
import type { CreatorFitSummary } from "../../services/media-kits/list-creator-fits.js";
import { num } from "./format.js";
import { type Html, html } from "./html.js";

/** "63 C" then, on its own line, "based on 40% of the evidence · provisional". */
export function trustCell(
  score: number | null,
  grade: string | null,
  coverage: number | null,
  provisional: boolean | null,
): Html {
  if (score === null) return html`—`;
  return html`${num(score)} <span class="sub">${grade}</span>${confidenceLine(coverage, provisional)}`;
}

function confidenceLine(coverage: number | null, provisional: boolean | null): Html | string {
  if (coverage === null) return "";
  return html`<br><span class="confidence${provisional ? " provisional" : ""}">${evidenceWords(coverage, provisional === true)}</span>`;
}

/** "74" then "from 3 parts (country, age, language), based on 85% of the evidence". */
export function fitCell(f: CreatorFitSummary | undefined): Html {
  if (!f || f.fit === null) return html`—`;
  const parts = `from ${f.fitParts} part${f.fitParts === 1 ? "" : "s"} (${f.fitPartLabels.join(", ")})`;
  return html`${num(f.fit)}<br><span class="confidence${f.fitProvisional ? " provisional" : ""}">${parts}, ${evidenceWords(f.fitCoverage ?? 0, f.fitProvisional === true)}</span>`;
}

/** "80 candidate" then each part's points; a ruled-out creator says why. */
export function candidateCell(c: CandidateRank | undefined): Html {
  if (!c) return html`—`;
  return html`${c.score === null ? "—" : num(c.score)} <span class="sub">${CANDIDATE_BAND_LABELS[c.band]}</span><br><span class="sub">${candidatePartsText(c)}</span>${
    c.why
      ? html`<br><span class="confidence${c.band === "ruled_out" ? " ruled-out" : " provisional"}">${c.why}</span>`
      : ""
  }`;
}
