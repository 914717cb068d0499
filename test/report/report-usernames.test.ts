// The username history in the report model and on the creator page, from the audit of
// fixtures/instaloader/crumb_and_co computed in core (no database): @dough_diary until
// 2026-05-30, @crumb_and_co from 2026-06-10. An audit stored before audit-v4 has no
// history: the section says it was not computed.
import { describe, expect, it } from "vitest";
import { type AuditResult, auditAccount } from "../../src/core/audit.js";
import type { AccountData } from "../../src/core/types.js";
import { upgradeAudit } from "../../src/core/upgrade-audit.js";
import { planSources, readSources } from "../../src/ingest/read-sources.js";
import { creatorPageOptions, pageSection } from "../../src/report/render-creator-page.js";
import { buildReportModel } from "../../src/report/report-model.js";
import type { ReportModel } from "../../src/report/report-types.js";
import { FIXTURES } from "../helpers/fixtures.js";

const EVIDENCE = "posted as @dough_diary until 2026-05-30, as @crumb_and_co since 2026-06-10";

async function audit(folder: string): Promise<AuditResult> {
  const [data] = (await readSources(await planSources([`${FIXTURES}/instaloader/${folder}`]), {
    account: null,
    capturedAt: Date.parse("2026-10-20T08:00:00Z"),
    now: Date.parse("2026-11-01T12:00:00Z"),
  })) as AccountData[];
  return auditAccount(data as AccountData);
}

const report = (r: AuditResult, account: string) =>
  buildReportModel({ creatorName: "", account, audit: r, computedAt: "2026-11-01T12:00:00.000Z" });

/** The creator page's username history section, as the page renders it from the model. */
function pageHtml(m: ReportModel): string {
  const section = m.sections.find((s) => s.id === "usernames");
  if (!section) throw new Error("no usernames section");
  const links = {
    comments: (f: string) => `/c?filter=${f}`,
    comment: (id: string) => `/c?comment=${id}`,
    kit: (id: number) => `/k/${id}`,
    targets: "/t",
  };
  return String(pageSection(section, creatorPageOptions(links)));
}

describe("username history in the report and on the creator page", () => {
  it("the report shows the rename at the top and in its own section", async () => {
    const model = report(await audit("crumb_and_co"), "instagram:crumb_and_co");
    expect(model.headline.facts).toContainEqual({
      label: "Renamed",
      value: "@dough_diary → @crumb_and_co",
      note: "not scored",
    });
    const section = model.sections.find((s) => s.id === "usernames");
    expect(section?.title).toBe("Username history");
    expect(section?.blocks[0]).toEqual({
      kind: "text",
      tone: "caution",
      text: [{ strong: "Renamed:" }, ` ${EVIDENCE}.`],
    });
    expect(section?.blocks[1]).toMatchObject({
      kind: "table",
      rows: [
        ["@dough_diary", "2026-03-02", "2026-05-30"],
        ["@crumb_and_co", "2026-06-10", "2026-10-20"],
      ],
    });
  });

  it("one name: a line, and no headline fact", async () => {
    const model = report(await audit("pinned_potter"), "instagram:pinned_potter");
    expect(model.headline.facts.map((f) => f.label)).not.toContain("Renamed");
    // The posts' times, then the profile capture.
    expect(model.sections.find((s) => s.id === "usernames")?.blocks).toEqual([
      { kind: "text", text: "Seen only as @pinned_potter, from 2024-03-10 to 2026-10-20." },
    ]);
  });

  it("the creator page's section says the rename and its caveat", async () => {
    const page = pageHtml(report(await audit("crumb_and_co"), "instagram:crumb_and_co"));
    expect(page).toContain(`<strong>Renamed:</strong> ${EVIDENCE}.`);
    expect(page).toContain(
      '<tr><th scope="row">@dough_diary</th><td data-label="First seen">2026-03-02</td><td data-label="Last seen">2026-05-30</td></tr>',
    );
    expect(page).toContain("It is shown, not scored.");
  });

  it("an audit from before audit-v4 has no history", async () => {
    const { usernames: _, ...old } = await audit("crumb_and_co");
    const m = report(upgradeAudit(old, "audit-v3"), "instagram:crumb_and_co");
    expect(m.sections.find((s) => s.id === "usernames")?.blocks).toEqual([
      {
        kind: "text",
        tone: "muted",
        text: "Not computed by audit-v3: this audit did not read the username history. Re-run the audit to see it.",
      },
    ]);
    expect(pageHtml(m)).toContain("did not read the username history");
  });
});
