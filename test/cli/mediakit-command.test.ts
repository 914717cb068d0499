// `vouch mediakit request|show` in-process, on PGlite and PostgreSQL: a link for a
// stored creator under VOUCH_PUBLIC_URL (or the server's default address), the
// request's status before and after the creator submits (submitted through the
// media-kit service, as the public form does), and errors for unknown accounts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseOptions } from "../../src/db/database-settings.js";
import { openDatabase } from "../../src/db/open-database.js";
import { submitKit } from "../../src/services/media-kits/submit-kit.js";
import { cli } from "../helpers/cli.js";
import { cliEnv } from "../helpers/cli-env.js";
import { DATABASE_KINDS } from "../helpers/databases.js";
import { FIXTURES } from "../helpers/fixtures.js";

const NOW = Date.parse("2026-11-01T12:00:00Z");

describe.each(DATABASE_KINDS)("vouch mediakit on %s", (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ env, cleanup } = await cliEnv(kind));
    const imported = await cli(
      ["import", `${FIXTURES}/instaloader/tiny_baker`, "--captured-at", "2026-10-07T08:00:00Z", "--quiet"],
      env,
    );
    expect(imported.code).toBe(0);
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it("makes a link under the server's default address, then under VOUCH_PUBLIC_URL", async () => {
    const r = await cli(["mediakit", "request", "instagram:tiny_baker", "--expires", "7"], env, NOW);
    expect(r.code, r.stderr).toBe(0);
    // 2026-11-01 + 7 days.
    expect(r.stdout).toMatch(
      /^media-kit request 1 for instagram:tiny_baker, valid until 2026-11-08:\nhttp:\/\/localhost:3000\/kit\/vkit_[A-Za-z0-9_-]+\nSend the link to the creator; it is shown only now\.\n$/,
    );

    const other = await cli(
      ["mediakit", "request", "instagram:tiny_baker", "--json"],
      { ...env, VOUCH_PUBLIC_URL: "https://vouch.example/app/" },
      NOW,
    );
    const created = JSON.parse(other.stdout);
    expect(created.url).toMatch(/^https:\/\/vouch\.example\/app\/kit\/vkit_/);
    expect(created.url).toBe(`https://vouch.example/app/kit/${created.token}`);
    expect(created.request).toMatchObject({
      id: 2,
      creatorHandle: "instagram:tiny_baker",
      status: "sent",
      expiresAt: "2026-11-15T12:00:00.000Z", // the default 14 days
    });
    expect(created.mail).toEqual({ status: "not_requested", error: null });

    const mailless = await cli(
      ["mediakit", "request", "instagram:tiny_baker", "--email", "baker@example.invalid"],
      env,
      NOW,
    );
    expect(mailless.stdout).toContain(
      "Not mailed: set VOUCH_SMTP_URL to mail links; send it to baker@example.invalid yourself.",
    );
  });

  it("shows a request before and after the creator submits a kit", async () => {
    const made = JSON.parse(
      (await cli(["mediakit", "request", "instagram:tiny_baker", "--json"], env, NOW)).stdout,
    );
    const before = await cli(["mediakit", "show", String(made.request.id)], env, NOW);
    // created_at is the database's clock (create-kit-request leaves it to the column default).
    expect(before.stdout).toMatch(
      new RegExp(
        `^media-kit request ${made.request.id} for instagram:tiny_baker: sent\n  created \\d{4}-\\d{2}-\\d{2}, valid until 2026-11-15\n  no kit submitted yet\n$`,
      ),
    );

    const d = await openDatabase(databaseOptions(env));
    try {
      await submitKit(
        d.db,
        made.token,
        {
          platforms: [{ platform: "instagram", handle: "tiny_baker", followers: 8000 }],
          gender: { female: 70, male: 30 },
          countries: [{ country: "DE", share: 60 }],
          rates: [{ deliverable: "reel", amount: 250, currency: "eur" }],
        },
        NOW + 3_600_000,
      );
    } finally {
      await d.close();
    }

    // By account: its newest request, with the older ones named.
    const after = await cli(["mediakit", "show", "instagram:tiny_baker"], env, NOW + 7_200_000);
    expect(after.code, after.stderr).toBe(0);
    expect(after.stdout).toContain(
      `media-kit request ${made.request.id} for instagram:tiny_baker: submitted\n`,
    );
    expect(after.stdout).toContain("  platforms: instagram:tiny_baker 8,000 followers\n");
    expect(after.stdout).toContain("  gender: female 70%, male 30%\n");
    expect(after.stdout).toContain("  countries: DE 60%\n");
    expect(after.stdout).toContain("  rates: reel 250 EUR\n");
    expect(after.stdout).toMatch(
      /\nolder requests: 3 \(sent, [\d-]{10}\), 2 \(sent, [\d-]{10}\), 1 \(sent, [\d-]{10}\)\n$/,
    );

    const json = JSON.parse(
      (await cli(["mediakit", "show", String(made.request.id), "--json"], env, NOW)).stdout,
    );
    expect(json).toMatchObject({
      id: made.request.id,
      status: "submitted",
      kit: { gender: { female: 70, male: 30 }, countries: [{ country: "DE", share: 60 }] },
    });
    expect(JSON.stringify(json)).not.toContain(made.token);
  });

  it("names what is missing", async () => {
    expect(await cli(["mediakit", "show", "999"], env, NOW)).toEqual({
      code: 1,
      stdout: "",
      stderr: "vouch: no media-kit request 999\n",
    });
    const unknown = await cli(["mediakit", "request", "instagram:nobody_here"], env, NOW);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^vouch: no account instagram:nobody_here is stored/);
    const badDays = await cli(["mediakit", "request", "instagram:tiny_baker", "--expires", "soon"], env, NOW);
    expect(badDays.stderr).toBe('vouch: --expires: "soon" is not a whole number of days\n');
    const tooLong = await cli(["mediakit", "request", "instagram:tiny_baker", "--expires", "365"], env, NOW);
    expect(tooLong.stderr).toBe("vouch: expiresInDays: must be a whole number of days from 1 to 90\n");
    const badUrl = await cli(
      ["mediakit", "request", "instagram:tiny_baker"],
      { ...env, VOUCH_PUBLIC_URL: "vouch" },
      NOW,
    );
    expect(badUrl.stderr).toBe('vouch: VOUCH_PUBLIC_URL: "vouch" is not a URL, e.g. https://vouch.example\n');
  });
});
