// The creators list's query: the search and filter form (a GET form) and the sort and
// page links. Not the API's CreatorListQuery: the page shows percentages where the API
// takes fractions, and drops an unreadable parameter rather than refusing it, since a
// list page should always render. toCreatorFilters turns it into listCreators' options.
import { z } from "zod";
import { CREATOR_STATUSES } from "../../core/worklist.js";
import {
  ARCHIVED_FILTERS,
  CREATOR_SORTS,
  type CreatorQuery,
  PROVISIONAL_ORDERS,
} from "../../services/list-creators.js";

export const TIERS = ["nano", "micro", "mid", "macro", "mega"] as const;

// An empty field (what a form sends for a filter left blank) means no filter, not 0.
const percent = z
  .preprocess((v) => (v === "" ? undefined : v), z.coerce.number().min(0).max(100).optional())
  .catch(undefined);

export const CreatorsQuery = z.object({
  search: z.string().trim().max(100).optional().catch(undefined),
  tier: z.enum(TIERS).optional().catch(undefined),
  minEr: percent,
  minReply: percent,
  maxFake: percent,
  minScore: percent,
  target: z
    .preprocess(
      (v) => (v === "" ? undefined : v),
      z.coerce.number().int().positive().max(2_147_483_647).optional(),
    )
    .catch(undefined),
  status: z.enum(CREATOR_STATUSES).optional().catch(undefined),
  tag: z.string().trim().max(100).optional().catch(undefined),
  archived: z.enum(ARCHIVED_FILTERS).optional().catch(undefined),
  sort: z.enum(CREATOR_SORTS).optional().catch(undefined),
  order: z.enum(["asc", "desc"]).optional().catch(undefined),
  provisional: z.enum(PROVISIONAL_ORDERS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type CreatorsQuery = z.infer<typeof CreatorsQuery>;

/** listCreators' options: percentages on the page, fractions in the service. */
export function toCreatorFilters(q: CreatorsQuery): CreatorQuery {
  const share = (v: number | undefined) => (v === undefined ? undefined : v / 100);
  return {
    search: q.search || undefined,
    tier: q.tier,
    minRate: share(q.minEr),
    minReplyShare: share(q.minReply),
    maxFakeShare: share(q.maxFake),
    minTrustScore: q.minScore,
    targetId: q.target,
    status: q.status,
    tag: q.tag || undefined,
    archived: q.archived,
    sort: effectiveSort(q),
    order: q.order,
    provisional: q.provisional,
  };
}

/**
 * The list's sort: the query's, else with a brand target the best candidates for it (a
 * list against a target is read for its candidates), else by account.
 */
export function effectiveSort(q: CreatorsQuery): (typeof CREATOR_SORTS)[number] {
  return q.sort ?? (q.target !== undefined ? "candidate" : "username");
}

/** The query's parameters for a link that keeps the filters and sort (page aside). */
export function listParams(q: CreatorsQuery) {
  return {
    search: q.search,
    tier: q.tier,
    minEr: q.minEr,
    minReply: q.minReply,
    maxFake: q.maxFake,
    minScore: q.minScore,
    target: q.target,
    status: q.status,
    tag: q.tag,
    archived: q.archived,
    sort: q.sort,
    order: q.order,
    provisional: q.provisional,
  };
}

/** Whether any filter narrows the list (the sort and the target do not). */
export function isFiltered(q: CreatorsQuery): boolean {
  return Boolean(
    q.search ||
      q.tier ||
      q.minEr !== undefined ||
      q.minReply !== undefined ||
      q.maxFake !== undefined ||
      q.minScore !== undefined ||
      q.status ||
      q.tag ||
      (q.archived && q.archived !== "exclude"),
  );
}
