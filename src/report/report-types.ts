// The creator report as data: what the report page, the PDF and `vouch report` show, in
// order, with every figure already written in plain words (src/report/format.ts). The
// renderers (render-report-html.ts, render-report-pdf.ts) only lay it out: they know the
// block kinds below, never the audit. A new section (score components, growth, niche,
// voice, disclosure…) is a function from ReportContext to a ReportSection built from
// these blocks, added to REPORT_SECTIONS in report-model.ts.
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
  kit: { submittedAt: string } | null;
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
}

export interface ReportFigure {
  id: string;
  label: string;
  value: string;
  note: string;
  benchmark: string;
  method: string;
  /** The id of the section (or block) with the evidence, e.g. "evidence-posts". */
  evidence: string;
  /** The same figure in the previous audit, "2.91% on 2026-09-01"; null without one. */
  previous: string | null;
}

export interface ReportFact {
  label: string;
  value: string;
  note?: string;
}

export interface ReportSection {
  /** An HTML id: the headline figures link here. */
  id: string;
  title: string;
  blocks: ReportBlock[];
}

export type ReportBlock =
  | { kind: "heading"; id?: string; text: string }
  | { kind: "text"; text: string; tone?: "normal" | "muted" | "caution" }
  | { kind: "facts"; items: ReportFact[] }
  | { kind: "notes"; title: string; items: string[] }
  | ListBlock
  | ColumnChartBlock
  | BarListBlock
  | GrowthChartBlock
  | CommentsBlock
  | ThreadsBlock
  | TableBlock;

/** Bullet points, e.g. the reasons for and against the score; `link` is a section id. */
export interface ListBlock {
  kind: "list";
  title: string;
  items: { text: string; link?: string }[];
  empty: string;
}

/** Vertical columns over time (engagement rate per post) with an optional reference line. */
export interface ColumnChartBlock {
  kind: "column-chart";
  title: string;
  /** Values are fractions (0.031 = 3.1%); null is drawn as "no data". */
  columns: { label: string; value: number | null; display: string }[];
  reference: { value: number; label: string } | null;
  caption: string;
}

/** Horizontal bars of shares (follower classes). */
export interface BarListBlock {
  kind: "bar-list";
  title: string;
  /** share is a fraction of the whole; display is the text beside the bar. */
  bars: { label: string; share: number | null; display: string; note?: string }[];
  caption: string;
}

/** Followers per day (a line with gaps where the count is unknown). */
export interface GrowthChartBlock {
  kind: "growth-chart";
  title: string;
  points: GrowthChartPoint[];
  caption: string;
}

export interface GrowthChartPoint {
  /** YYYY-MM-DD */
  day: string;
  followers: number | null;
}

export interface ReportComment {
  author: string | null;
  text: string;
  /** Short labels: a generic kind, spam reasons. */
  tags: string[];
  /** A line of context: "12 min after the post", "×4 on 3 posts". */
  meta: string | null;
}

export interface CommentsBlock {
  kind: "comments";
  id?: string;
  items: ReportComment[];
  /** What to print when there are none. */
  empty: string;
}

export interface ReportThread {
  comment: { author: string | null; text: string; at: string };
  replies: { author: string | null; text: string; at: string; byCreator: boolean }[];
  note: string | null;
}

export interface ThreadsBlock {
  kind: "threads";
  title: string;
  threads: ReportThread[];
  empty: string;
}

export interface TableBlock {
  kind: "table";
  title: string;
  columns: { label: string; numeric?: boolean }[];
  rows: string[][];
  empty: string;
}
