// Where a deliverable stands. Acceptance stores every deliverable as `due`; the delivery
// issue (16) moves it through the others as drafts come in, posts go live, stay up or come
// down early. One list, so the database's CHECK (migration 0015), the API's schema and
// the pages agree; a new status is added here and in a migration together.

export const DELIVERABLE_STATUSES = [
  "due",
  "draft_submitted",
  "changes_requested",
  "approved",
  "posted",
  "late",
  "removed_early",
  "disclosure_problem",
  "done",
] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];

/** The words the page and the CLI show for each status. */
export const DELIVERABLE_STATUS_LABELS: Record<DeliverableStatus, string> = {
  due: "Due",
  draft_submitted: "Draft submitted",
  changes_requested: "Changes requested",
  approved: "Draft approved",
  posted: "Posted",
  late: "Late",
  removed_early: "Removed early",
  disclosure_problem: "Disclosure problem",
  done: "Done",
};
