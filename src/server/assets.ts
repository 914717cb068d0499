// Static assets served from installed packages and our own public/ folder: no
// CDN, no outside request at run time (the machine may be offline).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "./env.js";

const require = createRequire(import.meta.url);
const PUBLIC = fileURLToPath(new URL("../../public/", import.meta.url));
const SWAGGER = dirname(require.resolve("swagger-ui-dist/package.json"));
// chart.js exports no subpaths: find its folder through its main entry.
const CHART = join(dirname(require.resolve("chart.js")), "chart.umd.min.js");

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".html": "text/html; charset=utf-8",
};

export function registerAssets(app: OpenAPIHono<AppEnv>) {
  app.get("/assets/chart.js", (c) => file(c, CHART));
  app.get("/assets/swagger/:name", (c) => file(c, join(SWAGGER, safe(c.req.param("name")))));
  app.get("/assets/:name", (c) => file(c, join(PUBLIC, safe(c.req.param("name")))));
  app.get("/docs", (c) => file(c, join(PUBLIC, "docs.html")));
}

function safe(name: string): string {
  const n = normalize(name);
  return n.includes("/") || n.includes("..") ? "missing" : n;
}

async function file(c: Context, path: string) {
  try {
    const body = await readFile(path);
    const ext = path.slice(path.lastIndexOf("."));
    c.header("Content-Type", TYPES[ext] ?? "application/octet-stream");
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(body);
  } catch {
    return c.json({ error: { code: "not_found", message: "no such asset", details: {} } }, 404);
  }
}
