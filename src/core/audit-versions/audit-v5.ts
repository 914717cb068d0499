// What audit-v5 stored, and its step to audit-v6. audit-v6 (issue 14) tells friend tags
// apart from generic comments (`comments.friendTags`; audit-v5 counted them as generic and
// did not count them apart: null) and gives each sponsored post one verdict: "clear" only
// when no rule is broken. audit-v5 called a post "clear" for a clear label wherever it
// stood, beside violations of placement; it stored every finding, so the step applies the
// rule to them and recounts (the same figures audit-v6 gives, not an estimate). The stored
// score keeps its own version (trust-v2) and is not recomputed.
import type { AuditComments, AuditResult } from "../audit-result.js";
import type { Disclosure } from "../disclosure.js";

/** An audit-v5 result; the parts an older version lacked are already null and marked. */
export type AuditV5 = Omit<AuditResult, "comments"> & { comments: Omit<AuditComments, "friendTags"> };

export function upgradeAuditV5(a: AuditV5): AuditResult {
  return {
    ...a,
    comments: { ...a.comments, friendTags: null },
    disclosure: a.disclosure && oneVerdictPerPost(a.disclosure),
    notComputed: [...a.notComputed, { part: "friendTags", by: a.methodVersion }],
  };
}

function oneVerdictPerPost(d: Disclosure): Disclosure {
  let demoted = 0;
  const posts = d.posts.map((p) => {
    if (!(p.sponsored && p.disclosure === "clear" && p.findings.some((f) => f.severity === "violation")))
      return p;
    demoted++;
    return { ...p, disclosure: "unclear" as const };
  });
  if (demoted === 0) return d;
  return {
    ...d,
    posts,
    disclosedClearly: d.disclosedClearly - demoted,
    disclosedUnclearly: d.disclosedUnclearly + demoted,
  };
}
