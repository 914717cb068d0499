// The view model of an audit: what the creator page, `vouch audit`, the report page and
// the PDF show, in order, with every figure already written in plain words
// (src/report/format.ts), the evidence as lists, tables and example comments, and the
// notes. The renderers (render-report-html.ts, render-creator-page.ts,
// render-report-text.ts, render-report-pdf.ts) only lay it out: they know the block
// kinds below, never the audit. A new section is a function from ReportContext to a
// ReportSection built from these blocks, added to REPORT_SECTIONS in report-model.ts.
//
// Chart blocks carry numbers, not pictures: each renderer draws them its own way (inline
// SVG, vector PDF, Chart.js on the creator page, nothing in a terminal), and each chart's
// figures also stand in a table or a list beside it. Links are typed targets: an anchor
// of the model (a section, a part, a list item) or the comment browser, which only the
// creator page can open; the others print the link's words or nothing.
import type { AudienceFit, PricePerThousand } from "../core/audience-fit.js";
import type { AudienceProfile } from "../core/audience-profile.js";
import type { AuditResult } from "../core/audit.js";
import type { Claim } from "../core/kit-claims.js";
import type { Deliverable } from "../core/media-kit.js";

/** What a report is made from: the creator, its latest stored audit, and optionally the one before. */
export interface ReportInput {
  /** The name to print: the profile's full name, else the username. */
  creatorName: string;
  /** platform:username, e.g. "instagram:sunny_trails". */
  account: string;
  audit: AuditResult;
  /** When the audit was computed (ISO 8601). */
  computedAt: string;
  /** The audit before it, to show what changed. */
  previous?: { audit: AuditResult; computedAt: string } | null;
  /** The media kit's audience fit against each brand target and its claims; absent: not loaded. */
  kitFit?: ReportKitFit | null;
}

/**
 * What the media-kit section reads of the creator's kit fit (the services' CreatorKitFit,
 * src/services/media-kits/get-creator-kit-fit.ts, has this shape and more); spelled in
 * core's types so the report does not depend on the services.
 */
export interface ReportKitFit {
  /** The latest submitted kit; null when none is. */
  kit: { submittedAt: string; requestId?: number } | null;
  /** Which sources the audience profile came from. */
  sources: { mediaKit: boolean; demographics: boolean };
  profile: AudienceProfile;
  /** One per brand target of the workspace. */
  fits: {
    fit: AudienceFit;
    price: PricePerThousand & { rate: { deliverable: Deliverable; amount: number; currency: string } | null };
  }[];
  claims: Claim[];
}

/** What every section function gets. */
export interface ReportContext {
  audit: AuditResult;
  previous: { audit: AuditResult; computedAt: string } | null;
  /** null when the report was built without it (the media-kit section is then left out). */
  kitFit?: ReportKitFit | null;
}

export type SectionBuilder = (ctx: ReportContext) => ReportSection | null;

export interface ReportModel {
  creatorName: string;
  account: string;
  platform: string;
  /** The username, without "@". */
  handle: string;
  /** "Sunny Trails (@sunny_trails)", for the document's title. */
  title: string;
  methodVersion: string;
  /** The trained models' versions; null for an audit that used none (audit-v1). */
  models: { followers: string; comments: string } | null;
  computedAt: string;
  /** The day the audit was computed, YYYY-MM-DD (UTC). */
  computedOn: string;
  /** The time range of the audit's inputs, and that range in words. */
  dataRange: { from: string | null; to: string | null; text: string };
  /** The block at the top: the trust score when the audit has one, and the headline figures. */
  headline: ReportHeadline;
  sections: ReportSection[];
}

export interface ReportHeadline {
  /** null until the audit computes a trust score. */
  score: ReportScore | null;
  /** Short facts beside the score: followers, tier… */
  facts: ReportFact[];
  figures: ReportFigure[];
}

export interface ReportScore {
  /** "72 / 100", or "not enough data". */
  value: string;
  /** The grade's band, "B"; null without a score. */
  grade: string | null;
  /** What the grade means, or why there is no score. */
  caption: string;
  /** The change since the previous audit in words, "+4 since 2026-09-01"; null without one. */
  change: string | null;
  /**
   * How much of the score's weight had data, beside the score everywhere it is shown:
   * "based on 40% of the evidence · provisional (left out: audience authenticity, …)".
   */
  confidence: string;
  /** Below 60% of the weight: the renderers mark the score provisional. */
  provisional: boolean;
  /** The score, grade and confidence in one line: "63 C · based on 40% of the evidence · provisional". */
  short: string;
}

export interface ReportFigure {
  id: string;
  label: string;
  value: string;
  note: string;
  benchmark: string;
  method: string;
  /** The anchor of the section (or part) with the evidence, e.g. "engagement". */
  evidence: string;
  /** What the evidence is, for the link to it: "Engagement per post". */
  evidenceLabel: string;
  /** The same figure in the previous audit, "2.91% on 2026-09-01"; null without one. */
  previous: string | null;
}

export interface ReportFact {
  label: string;
  value: string;
  note?: string;
}

export interface ReportSection {
  /** An anchor: the headline figures and the score's evidence link here. */
  id: string;
  title: string;
  blocks: ReportBlock[];
}

/** Text with emphasis: HTML shows `strong` in bold and `code` as code; the PDF and a terminal print it plain. */
export type Span = string | { strong: string } | { code: string };
export type Words = string | readonly Span[];

/**
 * Where a link goes: an anchor of the model (a section, a part, a heading, a list item);
 * the comment browser with one of its filters, or scrolled to one comment by its id; the
 * media kit a request returned; the workspace's brand targets (only the creator page
 * opens these four); a post or an account on its platform (a URL the PDF and the text
 * print beside the words, core/platform-urls.ts).
 */
export type LinkTarget =
  | { anchor: string }
  | { comments: string }
  | { comment: string }
  | { kit: number }
  | { targets: true }
  | { url: string };

export interface ReportLink {
  label: string;
  to: LinkTarget;
}

export type ReportBlock =
  | { kind: "heading"; id?: string; text: string }
  | TextBlock
  | { kind: "facts"; items: ReportFact[] }
  | { kind: "notes"; title: string; items: string[] }
  | ListBlock
  | ColumnChartBlock
  | BarListBlock
  | GrowthChartBlock
  | CommentsBlock
  | ThreadsBlock
  | TableBlock
  | PartBlock;

export interface TextBlock {
  kind: "text";
  text: Words;
  tone?: "normal" | "muted" | "caution";
  /** Links a browser adds after the text (the comment browser's filter, the kit); never printed. */
  links?: ReportLink[];
}

/**
 * A titled part of a section with its own anchor, e.g. the spam comments in the comment
 * quality section: a subheading in the report, a section of its own on the creator page.
 * Parts come after a section's other blocks.
 */
export interface PartBlock {
  kind: "part";
  id: string;
  title: string;
  blocks: ReportBlock[];
}

/** Bullet points, e.g. the reasons for and against the score or the anomaly flags. */
export interface ListBlock {
  kind: "list";
  title: string;
  /** Details on demand: a page folds the list under its title; print shows it whole. */
  folded?: boolean;
  items: ListItem[];
  empty: string;
}

export interface ListItem {
  /** An anchor the score's evidence links to ("growth-2026-09-17"). */
  id?: string;
  /** Short labels before the text: a severity, a flag, a status. */
  badges?: string[];
  /** How a page colours the item; no effect elsewhere. */
  tone?: "alert" | "warning" | "ok";
  text: string;
  /** Lines under the text: numbers behind it, innocent explanations, quotes. */
  details?: string[];
  /** Where the evidence is. */
  evidence?: ReportLink[];
}

/** Vertical columns over time (engagement rate per post) with an optional reference line. */
export interface ColumnChartBlock {
  kind: "column-chart";
  id: string;
  title: string;
  /** Values are fractions (0.031 = 3.1%); null is drawn as "no data". `label` is the short tick, `date` the day. */
  columns: { label: string; date: string; value: number | null; display: string }[];
  reference: { value: number; label: string } | null;
  caption: string;
}

/**
 * Horizontal bars of shares, each with its counts: a table whose last column is also
 * drawn as a bar (follower classes, niches, languages).
 */
export interface BarListBlock {
  kind: "bar-list";
  id: string;
  title: string;
  /** The headers: the label column, each value column, the share column. */
  columns: { label: string; values: string[]; share: string };
  bars: BarItem[];
  /** A last row adding them up, when the bars are the parts of one whole. */
  total?: { label: string; values: string[]; shareText: string };
  caption: string;
}

export interface BarItem {
  /** An anchor for the row. */
  id?: string;
  label: string;
  /** A short code beside the label ("en"). */
  tag?: string;
  /** What puts an item in the bar, or the words behind it. */
  note?: string;
  values: string[];
  /** The count behind the first value, for a chart's tooltip. */
  count?: number;
  /** A fraction of the whole; null is drawn empty. */
  share: number | null;
  shareText: string;
}

/** Followers (and accounts followed) per day: a line with gaps where a count is unknown. */
export interface GrowthChartBlock {
  kind: "growth-chart";
  id: string;
  title: string;
  points: GrowthChartPoint[];
  /** Days to mark (spikes). */
  marks: string[];
  caption: string;
}

export interface GrowthChartPoint {
  /** YYYY-MM-DD */
  day: string;
  followers: number | null;
  following: number | null;
  followersChange: number | null;
  followingChange: number | null;
}

export interface ReportComment {
  /** The platform's comment id, shown beside the text and linked to the comment browser. */
  id?: string;
  author: string | null;
  text: string;
  /** Short labels: a generic kind, spam reasons. */
  tags: string[];
  /** A line of context: "12 min after the post", "×4 on 3 posts". */
  meta: string | null;
}

export interface CommentsBlock {
  kind: "comments";
  items: ReportComment[];
  /** What to print when there are none. */
  empty: string;
}

export interface ThreadEntry {
  /** The platform's comment id, shown beside the text and linked to the comment browser. */
  id?: string;
  author: string | null;
  text: string;
  /** When, in words ("2026-10-01 09:00 UTC"); null when not known. */
  at: string | null;
  /** The same time as ISO 8601, for a page's <time>. */
  time: string | null;
}

export interface ReportThread {
  id?: string;
  /** null when the comment answered is not among those read (the note says so). */
  comment: ThreadEntry | null;
  replies: (ThreadEntry & { byCreator: boolean })[];
  note: string | null;
}

export interface ThreadsBlock {
  kind: "threads";
  id?: string;
  title: string;
  threads: ReportThread[];
  empty: string;
}

/** A table cell: text, or text shown as code or linking to its evidence. */
export type Cell = string | { text: string; code?: boolean; link?: LinkTarget };

export interface TableBlock {
  kind: "table";
  id?: string;
  title: string;
  columns: { label: string; numeric?: boolean }[];
  rows: Cell[][];
  /** An anchor per row of `rows` (the evidence links to it); null for none. */
  rowIds?: (string | null)[];
  /** Rows under group headings (examples per class, words per niche); used instead of `rows`. */
  groups?: { label: string; note?: string; rows: Cell[][]; empty: string }[];
  empty: string;
}
