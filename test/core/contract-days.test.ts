// Every day of a contract's terms goes through mapContractDays (a day forgotten there
// would keep March's date in a June campaign's template), and offsets count whole
// calendar days, across month ends and a leap day.
import { describe, expect, it } from "vitest";
import { addDays, dayOffset, mapContractDays } from "../../src/core/contract-days.js";
import { springTerms } from "../helpers/contract-fixture.js";

describe("contract days", () => {
  it("passes every day field of the terms through the function, and nothing else", () => {
    const seen: string[] = [];
    const mapped = mapContractDays(springTerms(), (d) => {
      seen.push(d);
      return `<${d}>`;
    });
    // springTerms' days, in the order of contract-terms.ts: campaign, per deliverable the
    // draft (the story has none) and go-live, the visit, the two instalments, rights, exclusivity.
    expect(seen).toEqual([
      "2027-03-01",
      "2027-03-31",
      "2027-03-01",
      "2027-03-05",
      "2027-03-10",
      "2027-03-15",
      "2027-03-20",
      "2027-03-12",
      "2027-03-14",
      "2027-03-01",
      "2027-04-15",
      "2027-09-30",
      "2027-04-30",
    ]);
    // No day of the terms kept its value: the JSON holds no bare date any more.
    expect(JSON.stringify(mapped)).not.toMatch(/"\d{4}-\d{2}-\d{2}"/);
    expect(mapped.deliverables[1]?.draftDue).toBeNull();
    expect(mapped.compensation.fee).toEqual({ amount: 120_000, currency: "EUR" });
  });

  it("counts offsets in whole days and lays them onto another start", () => {
    expect(dayOffset("2027-03-01", "2027-03-05")).toBe("+4");
    expect(dayOffset("2027-03-01", "2027-02-27")).toBe("-2");
    // 2028 is a leap year: February has 29 days.
    expect(dayOffset("2028-02-28", "2028-03-01")).toBe("+2");
    expect(addDays("2027-06-01", "+4")).toBe("2027-06-05");
    expect(addDays("2027-06-01", "+213")).toBe("2027-12-31");
    expect(addDays("2027-06-01", "-1")).toBe("2027-05-31");
    expect(addDays("2027-06-01", "")).toBe("");
    expect(dayOffset("2027-03-01", "soon")).toBe("");
  });
});
