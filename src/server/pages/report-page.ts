// /creators/:id/report — the creator report as a printable page (the report model of
// src/report rendered by render-report-html.ts, styles and print rules in
// public/report.css), and /creators/:id/report.pdf — the same report as a PDF download.
// Both read the creator's latest stored audit; before the first audit the page says so
// (with the button to run it, as the creator page does) and the PDF answers 409. Another
// workspace's id is not found (the service is scoped), which pageError turns into a 404.
import type { Hono } from "hono";
import { can } from "../../core/roles.js";
import { reportBody } from "../../report/render-report-html.js";
import { reportFileName } from "../../report/report-model.js";
import type { AppEnv } from "../env.js";
import { pdfHeaders, reportModelFor, reportPdfFor } from "../report-source.js";
import { creatorId } from "./creator-id.js";
import { html } from "./html.js";
import { layout } from "./layout.js";
import { pageCaller } from "./page-context.js";

export function registerReportPage(pages: Hono<AppEnv>) {
  pages.get("/creators/:id/report", async (c) => {
    const caller = pageCaller(c);
    const id = creatorId(c);
    const { data, model } = await reportModelFor(c.var.deps.db, caller.workspaceId, id);
    const crumbs = html`<nav aria-label="Breadcrumb" class="breadcrumb"><a href="/">Creators</a> › <a href="/creators/${id}">${data.username}</a> › <span aria-current="page">Report</span></nav>`;
    // A <link> to a stylesheet is allowed in the body; the layout's head holds app.css only.
    const styles = html`<link rel="stylesheet" href="/assets/report.css">`;
    if (!model)
      return c.html(
        layout({
          title: `Report: ${data.username}`,
          caller,
          current: "creators",
          main: html`${styles}${crumbs}
<h1>Creator report: ${data.username}</h1>
<p class="empty">This creator has not been audited yet, so there is no report.${can(caller.role, "write") ? " Run the audit first." : ""}</p>
${
  can(caller.role, "write")
    ? html`<form method="post" action="/creators/${id}/audit" class="inline-form"><button type="submit">Run the audit</button></form>`
    : ""
}`,
        }),
      );
    const actions = html`<a class="button-link" href="/creators/${id}/report.pdf" download="${reportFileName(model, "pdf")}">Download the PDF</a>
<a class="button-link" href="/creators/${id}">Back to the creator</a>`;
    return c.html(
      layout({
        title: `Report: ${model.creatorName}`,
        caller,
        current: "creators",
        main: html`${styles}${crumbs}${reportBody(model, { actions })}`,
      }),
    );
  });

  pages.get("/creators/:id/report.pdf", async (c) => {
    const caller = pageCaller(c);
    const { pdf, fileName } = await reportPdfFor(c.var.deps.db, caller.workspaceId, creatorId(c));
    return c.body(new Uint8Array(pdf), 200, pdfHeaders(fileName));
  });
}
