// The web app's pages (server-rendered HTML, one page per file). They live in a
// sub-app whose error handler answers in HTML: not signed in → the sign-in
// page, a missing or foreign id → the 404 page, a role that may not → 403.
// The API keeps its JSON errors: this handler only wraps the routes below.
import type { OpenAPIHono } from "@hono/zod-openapi";
import { Hono } from "hono";
import type { AppEnv } from "../env.js";
import { registerBrandTargetsPage } from "./brand-targets-page.js";
import { registerCampaignsPage } from "./campaigns-page.js";
import { registerCommentsPage } from "./comments-page.js";
import { registerComparePage } from "./compare-page.js";
import { registerContractBuilderPage } from "./contract-builder-page.js";
import { registerContractProposalsPage } from "./contract-proposals-page.js";
import { registerContractReviewPage } from "./contract-review-page.js";
import { registerContractVerifyPage } from "./contract-verify-page.js";
import { registerCreatorDeletePage } from "./creator-delete-page.js";
import { registerCreatorPage } from "./creator-page.js";
import { registerCreatorsPage } from "./creators-page.js";
import { pageError } from "./error-page.js";
import { registerExportsPage } from "./exports-page.js";
import { registerFirstRunPage } from "./first-run-page.js";
import { registerForgotPasswordPage } from "./forgot-password-page.js";
import { registerImportPage } from "./import-page.js";
import { registerInvitePage } from "./invite-page.js";
import { registerJobsPage } from "./jobs-page.js";
import { registerKitFormPage } from "./kit-form-page.js";
import { registerKitRequestsPage } from "./kit-requests-page.js";
import { registerLinksPage } from "./links-page.js";
import { registerMembersPage } from "./members-page.js";
import { registerReportPage } from "./report-page.js";
import { registerSettingsPage } from "./settings-page.js";
import { registerSignInPage } from "./sign-in-page.js";
import { registerSignOut } from "./sign-out.js";
import { registerSignUpPage } from "./sign-up-page.js";
import { registerTokensPage } from "./tokens-page.js";
import { registerWorklistPage } from "./worklist-page.js";
import { registerWorkspacesPage } from "./workspaces-page.js";

export function registerPages(app: OpenAPIHono<AppEnv>) {
  const pages = new Hono<AppEnv>();
  pages.onError(pageError);
  registerSignInPage(pages);
  registerSignUpPage(pages);
  registerSignOut(pages);
  registerForgotPasswordPage(pages);
  registerCreatorsPage(pages);
  registerFirstRunPage(pages);
  registerExportsPage(pages);
  registerWorklistPage(pages);
  registerCreatorDeletePage(pages);
  registerCreatorPage(pages);
  registerReportPage(pages);
  registerCommentsPage(pages);
  registerImportPage(pages);
  registerComparePage(pages);
  registerBrandTargetsPage(pages);
  registerCampaignsPage(pages);
  registerContractBuilderPage(pages);
  registerContractProposalsPage(pages);
  registerContractVerifyPage(pages);
  registerLinksPage(pages);
  registerTokensPage(pages);
  registerMembersPage(pages);
  registerJobsPage(pages);
  registerSettingsPage(pages);
  registerInvitePage(pages);
  registerWorkspacesPage(pages);
  registerKitFormPage(pages);
  registerContractReviewPage(pages);
  registerKitRequestsPage(pages);
  app.route("/", pages);
}
