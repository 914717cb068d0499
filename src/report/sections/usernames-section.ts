// The username history: the names the account was seen under and a rename in words
// (core/username-history.ts), with what a rename may mean. Shown, not scored. Audits
// before audit-v4 have no history: the section says it was not computed.
import type { UsernameHistory } from "../../core/username-history.js";
import { day } from "../format.js";
import type { ReportBlock, ReportContext, ReportSection } from "../report-types.js";
import { notComputedBlock } from "./notes-for.js";

/** What a rename may mean, for every place that shows one. */
export const RENAME_NOTE =
  "A rename is a known sign of a bought or repurposed account; it also has innocent reasons (a new brand name, a fixed typo). It is shown, not scored. The dates are those of the posts labelled with each name and of the profile captures: Instagram labels a post with its owner's name at download time, so they give the order of the names, not the day of the rename.";

/** One line for an account seen under one name or none. */
export function usernamesLine(u: UsernameHistory): string {
  const only = u.names[0];
  if (!only) return "No username was seen with a time in the imported data.";
  return `Seen only as @${only.username}, from ${day(only.firstSeen)} to ${day(only.lastSeen)}.`;
}

export function usernamesSection({ audit: r }: ReportContext): ReportSection {
  const u = r.usernames;
  const title = "Username history";
  if (u === null)
    return {
      id: "usernames",
      title,
      blocks: [notComputedBlock(r, "did not read the username history", "it")],
    };
  const blocks: ReportBlock[] = u.renamed
    ? [
        { kind: "text", tone: "caution", text: [{ strong: "Renamed:" }, ` ${u.evidence}.`] },
        {
          kind: "table",
          title: "Usernames, in the order they were last seen",
          columns: [{ label: "Username" }, { label: "First seen" }, { label: "Last seen" }],
          rows: u.names.map((n) => [`@${n.username}`, day(n.firstSeen), day(n.lastSeen)]),
          empty: "No username seen.",
        },
        { kind: "text", tone: "muted", text: RENAME_NOTE },
      ]
    : [{ kind: "text", text: usernamesLine(u) }];
  return { id: "usernames", title, blocks };
}
