// `npm run bench` (contract part, issue 15): (a) a contract of 10 deliverables rendered to
// a PDF from its document model (target ≤ 300 ms), and (b) a PDF verified: hashed and looked
// up among the workspace's issued and accepted copies in PGlite (target ≤ 100 ms). Medians
// of several runs after a first, cold one (fonts read and parsed), which is printed apart.
import { cpus, totalmem } from "node:os";
import { contractDocument } from "../contract/contract-model.js";
import { renderContractPdf } from "../contract/render-contract-pdf.js";
import type { ContractTerms, DeliverableTerm } from "../core/contract-terms.js";
import { openDatabase } from "../db/open-database.js";
import { addPartnership } from "../services/campaigns/add-partnership.js";
import { createCampaign } from "../services/campaigns/create-campaign.js";
import { getContractVersion } from "../services/contracts/get-contract-version.js";
import { issueContractVersion } from "../services/contracts/issue-contract-version.js";
import { verifyContractPdf } from "../services/contracts/verify-contract-pdf.js";
import { localWorkspaceId } from "../services/local-workspace.js";
import { median, ms, time } from "./bench-stats.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TARGETS = { render: 300, verify: 100 };

/** Ten deliverables, one of each kind a platform has, dated across March. */
function tenDeliverables(): ContractTerms {
  const kinds: [DeliverableTerm["platform"], DeliverableTerm["kind"]][] = [
    ["instagram", "reel"],
    ["instagram", "story"],
    ["instagram", "feed_post"],
    ["tiktok", "video"],
    ["tiktok", "feed_post"],
    ["youtube", "video"],
    ["facebook", "reel"],
    ["facebook", "story"],
    ["x", "feed_post"],
    ["blog", "blog_post"],
  ];
  return {
    from: "2027-03-01",
    to: "2027-03-31",
    deliverables: kinds.map(([platform, kind], i) => ({
      platform,
      kind,
      count: 1,
      frames: kind === "story" ? 3 : null,
      media: "both",
      creatorShare: 50,
      productShare: 50,
      draftDue: `2027-03-${String(2 + 2 * i).padStart(2, "0")}`,
      goLive: `2027-03-${String(4 + 2 * i).padStart(2, "0")}`,
      minDaysLive: 90,
      highlightDays: kind === "story" ? 30 : null,
      linkSticker: false,
    })),
    content: {
      captionRules: "Say it is our spring range.",
      mentions: ["brand"],
      hashtags: ["spring"],
      links: [],
      codes: [],
    },
    compensation: {
      fee: { amount: 250_000, currency: "EUR" },
      visit: null,
      product: { description: "Spring box", value: { amount: 4_500, currency: "EUR" } },
      commission: null,
    },
    payment: { instalments: [{ amount: { amount: 250_000, currency: "EUR" }, due: "2027-04-15" }] },
    usage: { channels: ["website"], paidAdsAllowlisting: false, expires: "2027-12-31" },
    exclusivity: null,
    disclosure: { jurisdictions: ["FTC", "ASA/CAP"], wording: "#ad" },
    cancellation: { noticeDays: 14, unpaid: "paid_pro_rata" },
  };
}

async function main() {
  console.log(
    `\nContract PDF — machine: ${cpus()[0]?.model ?? "?"} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${RUNS} runs each`,
  );
  const doc = contractDocument({
    workspaceName: "Bench brand",
    creatorHandle: "bench_creator",
    campaign: {
      name: "Spring",
      goal: "awareness",
      callToAction: ["hashtag", "mention"],
      landingUrl: null,
      products: [],
    },
    terms: tenDeliverables(),
    version: { number: 1, issuedAt: "2027-02-01T09:00:00.000Z" },
  });
  const cold = await time(() => renderContractPdf(doc));
  const render: number[] = [];
  for (let i = 0; i < RUNS; i++) render.push(await time(() => renderContractPdf(doc)));
  const size = (await renderContractPdf(doc)).length;
  console.log(
    `(a) render a 10-deliverable contract to PDF: median ${ms(median(render))} (first, cold: ${ms(cold)}; ${Math.round(size / 1024)} KB) — target ≤ ${TARGETS.render} ms`,
  );

  const d = await openDatabase({ dataDir: "memory://" });
  try {
    const ws = await localWorkspaceId(d.db);
    const creator = (
      await d.db
        .insertInto("creators")
        .values({ workspace_id: ws, name: "bench_creator" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    const campaign = await createCampaign(
      d.db,
      ws,
      null,
      {
        name: "Spring",
        startsOn: "2027-03-01",
        endsOn: "2027-03-31",
        currency: "EUR",
        goal: "awareness",
        kpis: [],
      },
      Date.now(),
    );
    const p = (await addPartnership(d.db, ws, campaign.id, creator, "bench", Date.now())).id;
    const actor = { name: "bench", ipHash: null, userAgent: null };
    await issueContractVersion(d.db, ws, p, tenDeliverables(), actor, Date.now());
    const pdf = (await getContractVersion(d.db, ws, p, 1)).pdf;
    const verify: number[] = [];
    for (let i = 0; i < RUNS; i++)
      verify.push(
        await time(async () => {
          if (!(await verifyContractPdf(d.db, ws, pdf)).match)
            throw new Error("the issued PDF did not verify");
        }),
      );
    console.log(
      `(b) verify a ${Math.round(pdf.length / 1024)} KB PDF (SHA-256 and lookup, PGlite): median ${ms(median(verify))} — target ≤ ${TARGETS.verify} ms`,
    );
  } finally {
    await d.close();
  }
}

await main();
