// The contract builder's form reads back every term it writes (springTerms: every part of
// compensation, two instalments, three deliverables), amounts in the currency's main unit
// (EUR two digits, JPY none), and names each issue's field as the form does.
import { describe, expect, it } from "vitest";
import { formName, formToTerms, termsToForm } from "../../src/server/pages/contract-form.js";
import { springTerms } from "../helpers/contract-fixture.js";

describe("the contract form", () => {
  it("reads back every term it writes", () => {
    const values = termsToForm(springTerms());
    expect(values["compensation.fee.amount"]).toBe("1200.00");
    expect(values["payment.instalments[1].amount"]).toBe("600.00");
    expect(values["usage.channels"]).toBe("brand's Instagram, website");
    expect(values["disclosure.jurisdictions"]).toBe("FTC,ASA/CAP");
    expect(formToTerms(values)).toEqual({ terms: springTerms(), issues: {} });
  });

  it("types amounts in the currency's main unit and refuses what is none", () => {
    const yen = formToTerms({
      ...termsToForm(springTerms()),
      currency: "jpy",
      "compensation.fee.amount": "150,000",
    });
    expect(yen.terms.compensation.fee).toEqual({ amount: 150_000, currency: "JPY" });
    const cents = formToTerms({ ...termsToForm(springTerms()), "compensation.fee.amount": "12.345" });
    expect(cents.issues["compensation.fee.amount"]).toBe("“12.345” is not an amount in EUR (e.g. 1200.00)");
    const lists = formToTerms({ ...termsToForm(springTerms()), "content.mentions": "@a_b, c.d,," });
    expect(lists.terms.content.mentions).toEqual(["a_b", "c.d"]);
  });

  it("names the form field of each issue path", () => {
    expect(formName("deliverables[1].goLive")).toBe("deliverables[1].goLive");
    expect(formName("compensation.fee.currency")).toBe("currency");
    expect(formName("payment.instalments[0].amount.amount")).toBe("payment.instalments[0].amount");
    expect(formName("compensation.visit.value.amount")).toBe("compensation.visit.value");
    expect(formName("compensation.commission.perSale.amount")).toBe("compensation.commission.perSale");
    expect(formName("content.hashtags[2]")).toBe("content.hashtags");
    expect(formName("compensation")).toBe("compensation");
  });
});
