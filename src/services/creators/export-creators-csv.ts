// Use-case: the creators list as CSV, with the same search, filters, target and sort as
// the list it was exported from (every page, not one): one row per creator with its place
// on the working list and its latest audit's headline figures. Shares are fractions and
// rates numbers, as the API answers them, so a spreadsheet can compute with them; a
// score's confidence is a share too, provisional true or false.
import type { Kysely } from "kysely";
import { csvText } from "../../core/csv-text.js";
import type { DB } from "../../db/schema.js";
import { type CreatorQuery, listCreators } from "../list-creators.js";

const HEADER = [
  "account",
  "platform",
  "username",
  "status",
  "tags",
  "archived_at",
  "followers",
  "posts",
  "comments",
  "audited_at",
  "method_version",
  "trust_score",
  "grade",
  "tier",
  "median_er",
  "benchmark_er",
  "reply_share",
  "generic_share",
  "fake_follower_share",
  "score_coverage",
  "score_provisional",
];
const FIT_HEADER = [
  "fit",
  "price_per_1000_in_target",
  "price_per_1000_plain",
  "currency",
  "fit_coverage",
  "fit_parts",
  "fit_provisional",
  "candidate_band",
  "candidate_score",
];

const yesNo = (b: boolean | null | undefined) => (b == null ? null : b ? "true" : "false");

export async function exportCreatorsCsv(
  db: Kysely<DB>,
  workspaceId: number,
  q: Omit<CreatorQuery, "page" | "pageSize"> = {},
): Promise<string> {
  const { items } = await listCreators(db, workspaceId, { ...q, page: 1, pageSize: 1_000_000 });
  const withFit = q.targetId !== undefined;
  return csvText(
    withFit ? [...HEADER, ...FIT_HEADER] : HEADER,
    items.map((c) => {
      const a = c.latestAudit;
      const row = [
        c.account,
        c.platform,
        c.username,
        c.status,
        c.tags.join("; "),
        c.archivedAt,
        c.followers,
        c.posts,
        c.comments,
        a?.computedAt ?? null,
        a?.methodVersion ?? null,
        a?.trustScore ?? null,
        a?.scoreGrade ?? null,
        a?.tier ?? null,
        a?.medianRate ?? null,
        a?.benchmarkRate ?? null,
        a?.replyShare ?? null,
        a?.genericShare ?? null,
        a?.fakeShare ?? null,
        a?.scoreCoverage ?? null,
        yesNo(a?.scoreProvisional),
      ];
      if (!withFit) return row;
      const f = c.fit;
      return [
        ...row,
        f?.fit ?? null,
        f?.priceInTarget ?? null,
        f?.pricePlain ?? null,
        f?.currency ?? null,
        f?.fitCoverage ?? null,
        f?.fitParts ?? null,
        yesNo(f?.fitProvisional),
        c.candidate?.band ?? null,
        c.candidate?.score ?? null,
      ];
    }),
  );
}
