// The whole web app and HTTP API as one Hono app: the host names it answers to,
// security headers, the caller (API token or session cookie), CSRF protection for
// browser form posts, the /api/v1 routes with their OpenAPI document, the pages and
// static assets.
// Tests call it in-process with app.request().
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { ERROR_CODES, type ErrorCode, VouchError } from "../core/errors.js";
import { registerBrandTargetRoutes } from "./api/brand-target-routes.js";
import { registerCampaignRoutes } from "./api/campaign-routes.js";
import { registerContractLinkRoutes } from "./api/contract-link-routes.js";
import { registerContractRoutes } from "./api/contract-routes.js";
import { registerCreatorFitRoutes } from "./api/creator-fit-routes.js";
import { registerCreatorRoutes } from "./api/creators-routes.js";
import { registerDeliverableRoutes } from "./api/deliverable-routes.js";
import { registerImportRoutes } from "./api/imports-routes.js";
import { registerLinkRoutes } from "./api/link-routes.js";
import { registerMediaKitRoutes } from "./api/media-kit-routes.js";
import { registerTokenRoutes } from "./api/tokens-routes.js";
import { registerWorklistRoutes } from "./api/worklist-routes.js";
import { registerAssets } from "./assets.js";
import { authenticate, bearerHeader, requireCaller } from "./authenticate.js";
import type { AppDeps, AppEnv } from "./env.js";
import { errorBody, errorResponse } from "./error-response.js";
import { hostGuard, isServedOrigin, servedHosts } from "./host-guard.js";
import { errorPage, pageError } from "./pages/error-page.js";
import { KIT_FILES_PATH } from "./pages/kit-form-page.js";
import { rateLimit } from "./rate-limit.js";
import { signInThrottle } from "./sign-in-throttle.js";
import { stopGate } from "./stop-gate.js";

export type PageRegistrar = (app: OpenAPIHono<AppEnv>) => void;

export function createApp(deps: AppDeps, registerPages?: PageRegistrar) {
  const app = new OpenAPIHono<AppEnv>({
    // Invalid input answers in the API's own error shape, naming the field.
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const field = issue?.path.join(".") ?? "";
      return c.json(
        errorBody("invalid_input", `${field ? `${field}: ` : ""}${issue?.message ?? "invalid input"}`, {
          field,
          issues: result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
        }),
        400,
      );
    },
  });

  app.use("*", async (c, next) => {
    c.set("deps", deps);
    await next();
  });
  app.use("*", stopGate());
  app.use("*", hostGuard(servedHosts(deps.publicUrl, deps.allowedHosts ?? [])));
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Swagger UI and Chart.js set inline styles; scripts stay 'self' only.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: "same-origin",
    }),
  );
  app.use("*", formCsrf(deps.publicUrl ? new URL(deps.publicUrl).origin : null));
  app.use("*", authenticate);
  const limit = bodyLimit({
    maxSize: deps.maxUploadBytes,
    onError: () => {
      throw new VouchError(
        "payload_too_large",
        `the upload is larger than ${formatBytes(deps.maxUploadBytes)}; split it or import it with the CLI`,
      );
    },
  });
  app.use("/api/v1/imports", limit);
  app.use("/import", limit);
  // Every other request body is small: a form or a JSON object. Refuse big ones unread.
  const small = bodyLimit({
    maxSize: 256 * 1024,
    onError: () => {
      throw new VouchError("payload_too_large", "the request body is larger than 256 KB");
    },
  });
  app.use("*", async (c, next) =>
    c.req.path === "/api/v1/imports" || c.req.path === "/import" || KIT_FILES_PATH.test(c.req.path)
      ? next()
      : small(c, next),
  );
  // Who is calling is known before an upload is read: strangers do not get to send 200 MB.
  app.use("/api/v1/imports", async (c, next) => {
    if (c.req.method === "POST") requireCaller(c, "write");
    await next();
  });
  // "/api/v1/tokens/*" also matches "/api/v1/tokens": one rule, so a request counts once.
  // One budget per route: creating tokens does not use up sign-in attempts. Sign-in counts
  // failures, per address and per account (sign-in-throttle.ts). A reset request sends
  // mail and a password change checks a password: every post counts.
  app.use("/sign-in", signInThrottle());
  for (const path of [
    "/sign-up",
    "/invite/*",
    "/api/v1/tokens/*",
    "/settings/tokens",
    "/forgot-password",
    "/reset-password/*",
    "/settings/password",
  ])
    app.use(path, rateLimit({ writesPerMinute: (c) => c.var.deps.authRateLimit, what: "attempts" }));

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "an API token of the workspace (Settings → API tokens)",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "vouch_session",
  });
  registerCreatorRoutes(app);
  registerImportRoutes(app);
  registerTokenRoutes(app);
  registerMediaKitRoutes(app);
  registerBrandTargetRoutes(app);
  registerCreatorFitRoutes(app);
  registerWorklistRoutes(app);
  registerCampaignRoutes(app);
  registerContractRoutes(app);
  registerContractLinkRoutes(app);
  registerDeliverableRoutes(app);
  registerLinkRoutes(app);
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Vouch API",
      version: "1",
      description:
        "Vet micro-influencers: creators, imports and audits of one workspace. Errors are {error: {code, message, details}}.",
    },
  });
  registerAssets(app);
  registerPages?.(app);

  app.notFound((c) =>
    wantsPage(c)
      ? errorPage(c, 404, `There is no page at ${c.req.path}.`)
      : c.json(errorBody("not_found", `no route ${c.req.method} ${c.req.path}`), 404),
  );
  app.onError((err, c) => {
    // A browser asking for a page gets the error as a page; scripts and the API get JSON.
    if (wantsPage(c)) {
      if (err instanceof HTTPException && err.status === 403)
        return pageError(new VouchError("forbidden", "cross-site form post refused (CSRF protection)"), c);
      return pageError(
        err instanceof HTTPException
          ? new VouchError(HTTP_CODES[err.status] ?? "invalid_input", err.message)
          : err,
        c,
      );
    }
    if (err instanceof HTTPException && err.status === 403)
      return errorResponse(c, new VouchError("forbidden", "cross-site form post refused (CSRF protection)"));
    if (err instanceof HTTPException) {
      const code = HTTP_CODES[err.status] ?? "invalid_input";
      return c.json(errorBody(code, err.message || `HTTP ${err.status}`), ERROR_CODES[code].status);
    }
    return errorResponse(c, err);
  });
  return app;
}

function wantsPage(c: Context<AppEnv>): boolean {
  const path = c.req.path;
  if (path.startsWith("/api/") || path.startsWith("/assets/") || path === "/openapi.json") return false;
  return c.req.header("accept")?.includes("text/html") ?? false;
}

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  400: "invalid_input",
  401: "unauthorized",
  404: "not_found",
  413: "payload_too_large",
  415: "unsupported_media_type",
  503: "unavailable",
};

function formatBytes(n: number): string {
  return n >= 1024 ** 2
    ? `${(n / 1024 ** 2).toFixed(n % 1024 ** 2 ? 1 : 0)} MB`
    : `${Math.ceil(n / 1024)} KB`;
}

/**
 * CSRF matters where the browser sends the cookie by itself; a bearer token it never sends.
 * A form post passes with Sec-Fetch-Site: same-origin or an Origin of the app's own.
 */
function formCsrf(publicOrigin: string | null): MiddlewareHandler<AppEnv> {
  const check = csrf({ origin: (origin, c) => isServedOrigin(origin, c, publicOrigin) });
  return async (c, next) => {
    if (bearerHeader(c)) return next();
    return check(c, next);
  };
}
