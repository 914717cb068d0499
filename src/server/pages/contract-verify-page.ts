// /contracts/verify — a signed-in user uploads a contract PDF and learns whether this
// workspace issued it, which version, and whether it was accepted: the page of
// `vouch contract verify` and POST /api/v1/contracts/verify, through the same service.
import type { Hono } from "hono";
import { verifyContractPdf } from "../../services/contracts/verify-contract-pdf.js";
import type { AppEnv } from "../env.js";
import { contractVerifyView } from "./contract-verify-view.js";
import { layout } from "./layout.js";
import { multipartForm, pageCaller } from "./page-context.js";

export function registerContractVerifyPage(pages: Hono<AppEnv>) {
  pages.get("/contracts/verify", (c) => {
    const caller = pageCaller(c);
    const main = contractVerifyView(null, null, null);
    return c.html(layout({ title: "Check a contract PDF", caller, current: "campaigns", main }));
  });

  pages.post("/contracts/verify", async (c) => {
    const caller = pageCaller(c);
    const { files } = await multipartForm(c, "file");
    const file = files[0];
    if (!file || file.bytes.length === 0) {
      const main = contractVerifyView(null, null, "Choose a PDF file to check.");
      return c.html(layout({ title: "Check a contract PDF", caller, current: "campaigns", main }), 400);
    }
    const verdict = await verifyContractPdf(c.var.deps.db, caller.workspaceId, file.bytes);
    const main = contractVerifyView(verdict, file.name, null);
    return c.html(layout({ title: "Check a contract PDF", caller, current: "campaigns", main }));
  });
}
