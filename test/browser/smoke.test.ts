// Browser smoke test: Debian's chromium through playwright-core drives a tiny page served by node:http —
// a labelled input, a button worked by the keyboard, text written with textContent (so markup stays text).
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "./launch-browser.js";

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Vouch browser smoke test</title>
<style>body { font: 16px sans-serif; margin: 2rem; } #out { padding: .5rem; border: 1px solid #888; }</style>
</head>
<body>
<h1>Smoke test</h1>
<form id="form">
  <label for="handle">Creator handle</label>
  <input id="handle" name="handle" autocomplete="off">
  <button type="submit">Show</button>
</form>
<p id="out" aria-live="polite"></p>
<script>
  document.getElementById("form").addEventListener("submit", (event) => {
    event.preventDefault();
    document.getElementById("out").textContent = document.getElementById("handle").value;
  });
</script>
</body>
</html>`;

const XSS = `<img src=x onerror="window.__xss=1">`;

describe("browser smoke test (Debian chromium via playwright-core)", () => {
  let server: http.Server;
  let baseUrl: string;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === "/") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(PAGE);
      } else {
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("not found");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

    const started = performance.now();
    browser = await launchBrowser();
    console.log(`chromium ${browser.version()} launched in ${Math.round(performance.now() - started)} ms`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve, reject) => server?.close((e) => (e ? reject(e) : resolve())));
  });

  it("fills a labelled input, submits with Enter and keeps markup as text", {
    timeout: 120_000,
  }, async () => {
    if (!browser) throw new Error("browser did not start");
    const context = await browser.newContext({ viewport: { width: 800, height: 400 } });
    try {
      const page = await context.newPage();
      const response = await page.goto(baseUrl);
      expect(response?.status()).toBe(200);
      await expect(page.title()).resolves.toBe("Vouch browser smoke test");

      const input = page.getByLabel("Creator handle");
      const button = page.getByRole("button", { name: "Show" });
      const out = page.locator("#out");

      await input.fill("tiny_baker");
      await button.press("Enter");
      await out.filter({ hasText: "tiny_baker" }).waitFor();
      expect(await out.textContent()).toBe("tiny_baker");

      await input.fill(XSS);
      await button.press("Enter");
      // Wait for the handler to replace the text, whatever it wrote, then check what it wrote.
      await page.waitForFunction('document.getElementById("out").textContent !== "tiny_baker"', undefined, {
        timeout: 10_000,
      });
      expect(await out.textContent()).toBe(XSS);
      expect(await out.locator("img").count()).toBe(0);
      // Give a would-be onerror handler time to run, then check it never did.
      await page.waitForTimeout(200);
      expect(await page.evaluate("typeof window.__xss")).toBe("undefined");

      const file = await screenshot(page, "smoke");
      expect(file).toMatch(/smoke\.png$/);
    } finally {
      await context.close();
    }
  });
});
