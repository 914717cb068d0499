// The whole web app on a real HTTP server for browser tests: createApp with the pages,
// on an in-memory PGlite, listening on 127.0.0.1 at a free port (port 0).
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Page } from "playwright-core";
import { type Database, openDatabase } from "../../src/db/open-database.js";
import { createApp } from "../../src/server/app.js";
import type { AppDeps } from "../../src/server/env.js";
import { registerPages } from "../../src/server/pages/register-pages.js";

export interface LiveServer {
  /** The base URL with a trailing slash, e.g. "http://127.0.0.1:40123/". */
  url: string;
  /** The database behind it, for checks a page cannot show. */
  database: Database;
  close(): Promise<void>;
}

export async function startLiveServer(deps: Partial<AppDeps> = {}): Promise<LiveServer> {
  const database = await openDatabase({ dataDir: "memory://" });
  const app = createApp(
    {
      db: database.db,
      now: () => Date.now(),
      maxUploadBytes: 50 * 1024 ** 2,
      // Browser tests sign up and in many times from one address.
      authRateLimit: 10_000,
      secureCookies: false,
      ...deps,
    },
    registerPages,
  );
  let server: ReturnType<typeof serve> | undefined;
  try {
    const port = await new Promise<number>((resolve, reject) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) =>
        resolve(info.port),
      );
      server.once("error", reject);
    });
    return {
      url: `http://127.0.0.1:${port}/`,
      database,
      close: async () => {
        await new Promise<void>((resolve, reject) => {
          if (!server) return resolve();
          // Keep-alive connections from the browser would otherwise hold close() open.
          if ("closeAllConnections" in server) server.closeAllConnections();
          server.close((err) => (err ? reject(err) : resolve()));
        });
        await database.close();
      },
    };
  } catch (err) {
    server?.close();
    await database.close();
    throw err;
  }
}

let signUps = 0;

/**
 * Signs up through the /sign-up form (email, password, workspace name), signs in and waits for the
 * creators list; the page's context then holds the session cookie. Returns the email used.
 */
export async function signUpInBrowser(page: Page, baseUrl: string, workspaceName: string): Promise<string> {
  signUps++;
  const email = `owner-${signUps}-${Math.random().toString(36).slice(2, 8)}@example.invalid`;
  await page.goto(new URL("/sign-up", baseUrl).href);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse battery staple");
  await page.getByLabel("Workspace name").fill(workspaceName);
  // Sign-up signs no one in (it answers a taken email alike): sign in after it.
  await Promise.all([
    page.waitForURL(new URL("/sign-in?signed-up=1", baseUrl).href),
    page.getByRole("button", { name: "Sign up" }).click(),
  ]);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse battery staple");
  await Promise.all([
    page.waitForURL(new URL("/", baseUrl).href),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  return email;
}
