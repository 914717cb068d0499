// The redirect (issue 17) in-process on a random port, on every database: 302 to the
// link's destination with a click id, the click written after; bots flagged (HEAD, a
// link-preview fetcher, a crawler), a visitor's repeat within the hour flagged and their
// click an hour later counted; unknown, malformed, disabled and expired slugs 404 and
// recorded nowhere; the cache follows changes (LISTEN on PostgreSQL, a poll on PGlite);
// a graceful stop writes every click answered. Countries are checked against the
// package's own CSV, read here by a separate, plain scan.
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ipCountryFolder, loadIpCountries } from "../../src/redirect/ip-country.js";
import { type Redirect, startRedirect } from "../../src/redirect/redirect-server.js";
import { parseTrustedProxies } from "../../src/server/client-address.js";
import { addPartnership } from "../../src/services/campaigns/add-partnership.js";
import { createCampaign } from "../../src/services/campaigns/create-campaign.js";
import { importSources } from "../../src/services/import-sources.js";
import { createLink } from "../../src/services/links/create-link.js";
import { updateLink } from "../../src/services/links/update-link.js";
import { localWorkspaceId } from "../../src/services/local-workspace.js";
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

const NOW = Date.parse("2027-03-02T10:00:00Z");
const CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
const UTM = "utm_source=instagram&utm_medium=influencer&utm_campaign=spring-bake&utm_content=tiny_baker";

interface Answer {
  status: number;
  location: string | undefined;
}

function hit(port: number, path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<Answer>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Country by a plain scan of the package's dotted-address CSV: an independent check. */
function countryInCsv(address: string): string | null {
  const number = (a: string) => a.split(".").reduce((n, p) => n * 256 + Number(p), 0);
  const n = number(address);
  const csv = readFileSync(join(ipCountryFolder(), "geo-whois-asn-country-ipv4.csv"), "latin1");
  for (const line of csv.split("\n")) {
    const [start, end, country] = line.split(",");
    if (start && end && number(start) <= n && n <= number(end)) return country ?? null;
  }
  return null;
}

it("finds an address's country as the package's CSV says, IPv4 and IPv6", async () => {
  const t = performance.now();
  const countries = await loadIpCountries();
  const ms = performance.now() - t;
  expect(countries.ranges.ipv4).toBeGreaterThan(100_000);
  for (const address of ["1.0.0.1", "8.8.8.8", "81.2.69.142", "203.0.113.9", "192.168.1.1"])
    expect(countries.lookup(address), address).toBe(countryInCsv(address));
  // From geo-whois-asn-country-ipv6.csv: "2001:200::,2001:218:2000:51:ffff:…,AU" and
  // "2001:2::,2001:2::ffff:ffff:ffff:ffff:ffff,JP"; ::1 and fe80:: are in no range.
  expect(countries.lookup("2001:200::1")).toBe("AU");
  expect(countries.lookup("2001:2::5")).toBe("JP");
  expect(countries.lookup("::ffff:8.8.8.8")).toBe(countryInCsv("8.8.8.8"));
  expect(countries.lookup("::1")).toBeNull();
  expect(countries.lookup("fe80::1%eth0")).toBeNull();
  expect(countries.lookup("not an address")).toBeNull();
  console.log(`country ranges loaded in ${Math.round(ms)} ms, ${(countries.bytes / 1e6).toFixed(1)} MB`);
});

describe.each(DATABASE_KINDS)("the redirect on %s", (kind) => {
  let d: TestDatabase;
  let ws: number;
  let partnership: number;
  let r: Redirect;
  let port: number;
  const clock = { now: NOW };
  let linkId: number;

  beforeAll(async () => {
    d = await openTestDatabase(kind);
    ws = await localWorkspaceId(d.db);
    await importSources(d.db, ws, [`${FIXTURES}/instaloader/tiny_baker`], { now: NOW });
    const creator = (await d.db.selectFrom("creators").select("id").executeTakeFirstOrThrow()).id;
    const campaign = await createCampaign(
      d.db,
      ws,
      null,
      {
        name: "Spring bake",
        startsOn: "2027-03-01",
        endsOn: "2027-03-31",
        currency: "EUR",
        goal: "visits",
        kpis: [],
        landingUrl: "https://shop.example/spring",
      },
      NOW,
    );
    partnership = (await addPartnership(d.db, ws, campaign.id, creator, "Ann", NOW)).id;
    linkId = (await createLink(d.db, ws, partnership, { slug: "bake" }, "Ann", NOW)).id;
    r = await startRedirect({
      db: d.db,
      now: () => clock.now,
      // The test's requests come from 127.0.0.1, a trusted proxy here: X-Forwarded-For names the visitor.
      trustedProxies: parseTrustedProxies("127.0.0.1"),
      listenUrl: kind === "postgres" ? d.env.DATABASE_URL : null,
      // PostgreSQL must follow by LISTEN alone: its poll is too slow to matter in this test.
      pollMs: kind === "postgres" ? 60_000 : 50,
      flushMs: 20,
      log: () => {},
    });
    port = await r.listen(0, "127.0.0.1");
  });
  beforeEach(() => {
    clock.now = NOW;
  });
  afterAll(async () => {
    await r?.stop(100);
    await d?.close();
  });

  async function clicks() {
    await r.recorder.flush();
    return d.db.selectFrom("clicks").selectAll().orderBy("id").execute();
  }

  it("answers 302 with the destination and a click id, and records the click after", async () => {
    const answer = await hit(port, "/bake?from=bio", {
      "user-agent": CHROME,
      "x-forwarded-for": "81.2.69.142",
      referer: "https://l.instagram.com/?u=secret",
    });
    expect(answer.status).toBe(302);
    const match = /^https:\/\/shop\.example\/spring\?(.*)&vclid=([A-Za-z0-9_-]{16})$/.exec(
      answer.location ?? "",
    );
    expect(match?.[1]).toBe(UTM);
    const rows = await clicks();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      link_id: linkId,
      click_id: match?.[2],
      bot_reason: null,
      duplicate: false,
      country: countryInCsv("81.2.69.142"),
      referrer_domain: "l.instagram.com",
    });
    expect(new Date(rows[0]?.at as Date).getTime()).toBe(NOW);
    // No address is stored: the visitor is a SHA-256 hex digest.
    expect(rows[0]?.visitor_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain("81.2.69.142");
  });

  it("flags HEAD, a link-preview fetcher and a crawler as bots, and still answers them", async () => {
    const before = (await clicks()).length;
    expect((await hit(port, "/bake", { "user-agent": CHROME }, "HEAD")).status).toBe(302);
    const preview = "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)";
    expect((await hit(port, "/bake", { "user-agent": preview })).status).toBe(302);
    const googlebot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    expect((await hit(port, "/bake", { "user-agent": googlebot })).status).toBe(302);
    const rows = (await clicks()).slice(before);
    expect(rows.map((c) => [c.bot_reason, c.duplicate])).toEqual([
      ["head", false],
      ["preview", false],
      ["bot", false],
    ]);
  });

  it("counts one click per visitor per link per hour, and again after the hour", async () => {
    const before = (await clicks()).length;
    const visitor = { "user-agent": `${CHROME} repeat`, "x-forwarded-for": "1.0.0.1" };
    await hit(port, "/bake", visitor);
    clock.now = NOW + 59 * 60_000;
    await hit(port, "/bake", visitor);
    // Another visitor (another user agent from the same address) counts on its own.
    await hit(port, "/bake", { ...visitor, "user-agent": CHROME.replace("126", "127") });
    clock.now = NOW + 61 * 60_000;
    await hit(port, "/bake", visitor);
    const rows = (await clicks()).slice(before);
    // 0 min: counted; 59 min: a repeat; the other visitor: counted; 61 min: an hour after the counted one.
    expect(rows.map((c) => c.duplicate)).toEqual([false, true, false, false]);
    expect(rows[0]?.visitor_hash).toBe(rows[1]?.visitor_hash);
    expect(rows[0]?.visitor_hash).not.toBe(rows[2]?.visitor_hash);
    expect(new Set(rows.map((c) => c.country))).toEqual(new Set([countryInCsv("1.0.0.1")]));
  });

  it("answers 404 to unknown and malformed slugs and to other methods, recording nothing", async () => {
    const before = (await clicks()).length;
    for (const path of ["/nope", "//evil.com", "/%2F%2Fevil.com", "/bake/..", "/", "/bake.php", "/..%2Fbake"])
      expect([path, (await hit(port, path, { "user-agent": CHROME })).status]).toEqual([path, 404]);
    expect((await hit(port, "/bake", { "user-agent": CHROME }, "POST")).status).toBe(404);
    expect((await clicks()).length).toBe(before);
  });

  it("follows links made, switched off and expired after it started", async () => {
    const waitFor = async (check: () => Promise<boolean>) => {
      for (let i = 0; i < 100 && !(await check()); i++) await new Promise((res) => setTimeout(res, 20));
    };
    const fresh = await createLink(d.db, ws, partnership, { slug: "fresh" }, "Ann", NOW);
    await waitFor(async () => r.cache.get("fresh") !== undefined);
    expect((await hit(port, "/fresh", { "user-agent": CHROME })).status).toBe(302);
    await updateLink(d.db, ws, fresh.id, { enabled: false }, NOW + 1);
    await waitFor(async () => r.cache.get("fresh")?.enabled === false);
    expect((await hit(port, "/fresh", { "user-agent": CHROME })).status).toBe(404);
    await updateLink(d.db, ws, fresh.id, { enabled: true, expiresAt: "2027-03-02T11:00:00Z" }, NOW + 2);
    await waitFor(async () => r.cache.get("fresh")?.enabled === true);
    expect((await hit(port, "/fresh", { "user-agent": CHROME })).status).toBe(302);
    clock.now = Date.parse("2027-03-02T11:00:00Z");
    expect((await hit(port, "/fresh", { "user-agent": CHROME })).status).toBe(404);
    const rows = (await clicks()).filter((c) => c.link_id === fresh.id);
    expect(rows).toHaveLength(2); // the two 302s, neither 404
  });

  it("writes every click answered when stopped gracefully", async () => {
    // A second redirect whose timer never fires during the test: only stop() writes.
    const second = await startRedirect({
      db: d.db,
      now: () => clock.now,
      flushMs: 3_600_000,
      batchSize: 1_000_000,
      pollMs: 60_000,
      countries: Promise.resolve(null),
      log: () => {},
    });
    const secondPort = await second.listen(0, "127.0.0.1");
    const before = (await clicks()).length;
    const n = 150;
    const answers = await Promise.all(
      Array.from({ length: n }, (_, i) => hit(secondPort, "/bake", { "user-agent": `${CHROME} ${i}` })),
    );
    expect(answers.every((a) => a.status === 302)).toBe(true);
    expect([second.answered(), second.recorder.pending]).toEqual([n, n]);
    expect((await d.db.selectFrom("clicks").select("id").execute()).length).toBe(before);
    await second.stop(100);
    expect(second.recorder.pending).toBe(0);
    expect((await d.db.selectFrom("clicks").select("id").execute()).length).toBe(before + n);
  });
});
