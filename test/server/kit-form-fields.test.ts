// The media-kit form's number fields as creators type them: a rate with a thousands
// separator is that many, not a thousandth of it; an ambiguous amount is refused with the
// field named, never guessed; a follower count is a whole number.
import { describe, expect, it } from "vitest";
import { formToKit } from "../../src/server/pages/kit-form-fields.js";

const rate = (amount: string) =>
  formToKit({ "rates[0].deliverable": "feed_post", "rates[0].amount": amount, "rates[0].currency": "EUR" });
const amountOf = (amount: string) => (rate(amount).kit.rates as { amount: number | null }[])[0]?.amount;

describe("formToKit numbers", () => {
  it("reads amounts with thousands separators and cents in either style", () => {
    expect(amountOf("1500")).toBe(1500);
    expect(amountOf("1,500")).toBe(1500);
    expect(amountOf("1.500")).toBe(1500);
    expect(amountOf("1,500.50")).toBe(1500.5);
    expect(amountOf("1.500,50")).toBe(1500.5);
    expect(amountOf("1 250 000")).toBe(1_250_000);
    expect(amountOf("15,5")).toBe(15.5);
    expect(amountOf("450.00")).toBe(450);
  });

  it("refuses an ambiguous amount, naming the field", () => {
    const { errors } = rate("1,500,50");
    expect(errors).toEqual([
      { field: "rates[0].amount", message: "must be an amount, e.g. 1500, 1,500 or 1,500.00" },
    ]);
  });

  it("reads follower counts as whole numbers, refusing a decimal one", () => {
    const count = (v: string) =>
      formToKit({
        "platforms[0].platform": "instagram",
        "platforms[0].handle": "a",
        "platforms[0].followers": v,
      });
    expect((count("12,500").kit.platforms as { followers: number }[])[0]?.followers).toBe(12500);
    expect((count("12.500").kit.platforms as { followers: number }[])[0]?.followers).toBe(12500);
    expect(count("12.5").errors[0]).toEqual({
      field: "platforms[0].followers",
      message: "must be a whole number, e.g. 12500 or 12,500",
    });
  });
});

describe("parseKitInput on submit", () => {
  it("refuses an empty kit, naming platforms", async () => {
    const { parseKitInput } = await import("../../src/services/media-kits/parse-kit-input.js");
    const { kit } = formToKit({});
    expect(() => parseKitInput(kit, "submit")).toThrow("platforms: give at least one platform and handle");
  });
});
