// Every calendar day of a contract's terms in one place, so a workspace's template can
// be kept without a campaign's dates (each day stored as an offset from the campaign's
// start) and laid onto another campaign's dates later, and nothing forgets a day field.
import type { ContractTerms, Day } from "./contract-terms.js";

const DAY_MS = 86_400_000;

/** The terms with every day field passed through `f` (the campaign's own two included). */
export function mapContractDays(terms: ContractTerms, f: (day: Day) => Day): ContractTerms {
  const opt = (d: Day | null) => (d === null ? null : f(d));
  const c = terms.compensation;
  return {
    ...terms,
    from: f(terms.from),
    to: f(terms.to),
    deliverables: terms.deliverables.map((d) => ({ ...d, draftDue: opt(d.draftDue), goLive: f(d.goLive) })),
    compensation: { ...c, visit: c.visit && { ...c.visit, from: f(c.visit.from), to: f(c.visit.to) } },
    payment: { instalments: terms.payment.instalments.map((p) => ({ ...p, due: f(p.due) })) },
    usage: { ...terms.usage, expires: opt(terms.usage.expires) },
    exclusivity: terms.exclusivity && { ...terms.exclusivity, until: f(terms.exclusivity.until) },
  };
}

/** Whole days from `start` to `day` as "+N" or "-N"; "" when either is not a date. */
export function dayOffset(start: Day, day: Day): string {
  const a = Date.parse(`${start}T00:00:00Z`);
  const b = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return "";
  const n = Math.round((b - a) / DAY_MS);
  return n < 0 ? `${n}` : `+${n}`;
}

/** The day `offset` ("+N", "-N") days after `start`; "" for an empty or bad offset. */
export function addDays(start: Day, offset: string): Day {
  const a = Date.parse(`${start}T00:00:00Z`);
  if (!/^[+-]\d{1,5}$/.test(offset) || Number.isNaN(a)) return "";
  return new Date(a + Number(offset) * DAY_MS).toISOString().slice(0, 10);
}
