// The contract document (src/contract): one model drawn as HTML and as a real PDF, read
// back with pdftotext (poppler-utils, independent of pdfkit). A test per term: its value,
// worked out here by hand from test/helpers/contract-fixture.ts, is in the HTML element
// that carries the term's field path and in the PDF's text. The PDF and a copy of the
// accepted one with its certificate page are kept in test-artifacts/reports.
import { beforeAll, describe, expect, it } from "vitest";
import { contractDocument } from "../../src/contract/contract-model.js";
import type { ContractDocument } from "../../src/contract/contract-types.js";
import { renderContractHtml } from "../../src/contract/render-contract-html.js";
import { renderContractPdf } from "../../src/contract/render-contract-pdf.js";
import { springDocumentInput } from "../helpers/contract-fixture.js";
import { pdfInfo, pdfText, savePdf } from "../helpers/pdf.js";

/** Text with tags gone and entities decoded, whitespace runs as single spaces. */
function htmlText(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/** The text of the element carrying data-field="<field>" (terms: <dl>; deliverables: <div>). */
function fieldText(page: string, field: string, index = 0): string {
  const re = new RegExp(
    `<(dl|div) class="contract-[a-z]+" data-field="${field.replace(/[[\].]/g, "\\$&")}">([\\s\\S]*?)</\\1>`,
    "g",
  );
  const found = [...page.matchAll(re)].map((m) => htmlText(m[2] as string));
  const hit = found[index];
  if (hit === undefined) throw new Error(`no element for ${field} #${index}`);
  return hit;
}

let doc: ContractDocument;
let page: string;
let text: string;
let pdfPath: string;

beforeAll(async () => {
  doc = contractDocument(springDocumentInput());
  page = await renderContractHtml(doc);
  pdfPath = savePdf("contract-spring-v2", await renderContractPdf(doc));
  // pdfkit may break a line after a hyphen: "2027-" at a line's end, "06-03" on the next.
  text = pdfText(pdfPath).replace(/(\d)- (\d)/g, "$1-$2");
});

/** [field, what its element and the PDF say] — each value worked out by hand. */
const TERMS: [string, string[]][] = [
  ["brand", ["Crumb & Co"]],
  ["creator", ["@tiny_baker"]],
  ["campaign", ["Spring bake"]],
  ["from", ["2027-03-01 to 2027-03-31"]],
  ["goal", ["Sell a product", "a tracked link and a discount code"]],
  ["landingUrl", ["https://example.com/spring"]],
  ["products", ["Spring baking box"]],
  ["content.captionRules", ["Say the cake is from our spring range."]],
  ["content.mentions", ["@crumb_and_co"]],
  ["content.hashtags", ["#springbake"]],
  ["content.links", ["https://example.com/spring"]],
  ["content.codes", ["CRUMB10"]],
  // 120,000 cents.
  ["compensation.fee", ["1,200.00 EUR"]],
  [
    "compensation.visit",
    ["2027-03-12 to 2027-03-14, covering two nights, meals and train fares, worth 450.00 EUR"],
  ],
  ["compensation.product", ["Spring baking box, worth 45.00 EUR"]],
  ["compensation.commission", ["10% of each attributed sale, within 30 days of the click"]],
  ["payment.instalments", ["600.00 EUR due 2027-03-01; 600.00 EUR due 2027-04-15"]],
  ["usage.channels", ["brand's Instagram, website"]],
  ["usage.paidAdsAllowlisting", ["Yes", "may run the content as paid ads from the creator's handle"]],
  ["usage.expires", ["2027-09-30"]],
  ["exclusivity", ["baking mixes, until 2027-04-30"]],
  ["disclosure.jurisdictions", ["FTC, ASA/CAP"]],
  ["disclosure.wording", ['"#ad"']],
  ["cancellation.noticeDays", ["14 days"]],
  ["cancellation.unpaid", ["Paid pro rata"]],
];

describe("contract document: every term in the HTML and the PDF", () => {
  it.each(TERMS)("%s", (field, values) => {
    const html = fieldText(page, field);
    for (const v of values) {
      expect(html).toContain(v);
      expect(text).toContain(v);
    }
  });
});

/** [title, facts] per row: 2 reels, 1 story, 1 video, in the order of the terms. */
const ROWS: [string, string, string[]][] = [
  [
    "deliverables[0]",
    "Deliverable 1: Instagram reel (1 of 2)",
    [
      "Media: Video",
      "Each shot shows: 60% the creator, 40% the product or destination",
      "Draft for approval by: 2027-03-01",
      "Goes live by: 2027-03-05",
      // 5 March + 90 days: 26 left in March, 30 in April, 31 in May, 3 in June.
      "Days live: At least 90 days, up until 2027-06-03",
      "Link sticker: No",
      'Disclosure: "#ad". Up front: before anything else in the caption or on screen. In the video itself: said and shown on screen.',
    ],
  ],
  ["deliverables[0]", "Deliverable 2: Instagram reel (2 of 2)", ["Goes live by: 2027-03-05"]],
  [
    "deliverables[1]",
    "Deliverable 3: Instagram story (1 of 1)",
    [
      "Media: Video and still pictures",
      "Story frames: 3",
      "Each shot shows: Not set",
      "Draft for approval by: No approval step",
      "Goes live by: 2027-03-10",
      "Days live: No minimum",
      // 10 March + 30 days: 21 left in March, 9 in April.
      "Highlight: Saved for 30 days, until 2027-04-09",
      "Link sticker: Yes",
      'Disclosure: "#ad". Up front: before anything else in the caption or on screen. On every story frame, on the image itself.',
    ],
  ],
  [
    "deliverables[2]",
    "Deliverable 4: YouTube video (1 of 1)",
    [
      "Media: Still pictures",
      "Each shot shows: 30% the creator, 70% the product or destination",
      "Draft for approval by: 2027-03-15",
      // 20 March 2027 + 365 days crosses 29 February 2028: 19 March 2028.
      "Days live: At least 365 days, up until 2028-03-19",
    ],
  ],
];

describe("contract document: every deliverable a row with its dates and disclosure", () => {
  it.each(ROWS)("%s: %s", (field, title, facts) => {
    const number = Number(/Deliverable (\d+)/.exec(title)?.[1]);
    const within = ROWS.filter((r) => r[0] === field).findIndex((r) => r[1] === title);
    expect(number).toBeGreaterThan(0);
    const html = fieldText(page, field, within);
    expect(html).toContain(title);
    expect(text).toContain(title);
    for (const f of facts) {
      const [label, value] = f.includes(": ")
        ? [f.slice(0, f.indexOf(": ")), f.slice(f.indexOf(": ") + 2)]
        : ["", f];
      expect(html).toContain(label ? `${label} ${value}` : value);
      expect(text).toContain(f);
    }
  });

  it("says how many pieces of content there are", () => {
    expect(htmlText(page)).toContain("4 pieces of content");
    expect(text).toContain("4 pieces of content");
  });
});

describe("contract document: the file", () => {
  it("names the parties, the version and the page count", () => {
    expect(text).toContain("Between Crumb & Co (the brand) and @tiny_baker (the creator)");
    expect(text).toContain("Version 2, issued 2027-02-01");
    expect(text).toMatch(/Page 1 of \d/);
    const info = pdfInfo(pdfPath);
    expect(info.Title).toBe("Partnership agreement: Spring bake (Version 2, issued 2027-02-01)");
    expect(info["Page size"]).toContain("A4");
  });

  it("renders the same version to the same bytes", async () => {
    const a = await renderContractPdf(doc);
    const b = await renderContractPdf(contractDocument(springDocumentInput()));
    expect(a.equals(b)).toBe(true);
  });

  it("escapes what a brand typed in the HTML", async () => {
    const input = springDocumentInput();
    input.terms.content.captionRules = '<script>alert("x")</script>';
    const hostile = await renderContractHtml(contractDocument(input));
    expect(hostile).not.toContain("<script>alert");
    expect(hostile).toContain("&lt;script&gt;");
  });

  it("appends a certificate page at acceptance", async () => {
    const issued = "a".repeat(64);
    const head = "b".repeat(64);
    const path = savePdf(
      "contract-spring-v2-accepted",
      await renderContractPdf(doc, {
        certificate: {
          acceptedBy: "Tina Baker",
          acceptedAt: "2027-02-03T10:00:00.000Z",
          trailHead: head,
          issuedSha256: issued,
        },
      }),
    );
    const accepted = pdfText(path);
    expect(Number(pdfInfo(path).Pages)).toBe(Number(pdfInfo(pdfPath).Pages) + 1);
    expect(accepted).toContain("CERTIFICATE OF ACCEPTANCE");
    expect(accepted).toContain("Accepted by Tina Baker");
    expect(accepted).toContain("Accepted at 2027-02-03T10:00:00.000Z");
    expect(accepted).toContain(issued);
    expect(accepted).toContain(head);
    expect(accepted).toContain("Simple electronic signature");
  });
});
