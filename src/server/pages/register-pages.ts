// The web app's pages (server-rendered HTML). Placeholder until the pages land:
// the home page links to the API documentation.
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env.js";

export function registerPages(app: OpenAPIHono<AppEnv>) {
  app.get("/", (c) =>
    c.html(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vouch</title></head><body><h1>Vouch</h1><p><a href="/docs">API documentation</a></p></body></html>',
    ),
  );
}
