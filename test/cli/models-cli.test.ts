// `vouch followers score` and `vouch comments classify`, in-process: the --json shape
// and row order, summaries worked out by hand from fixtures/models/, the readable
// report, and exit code 1 with one line naming file, line and column for a bad file.
// No database is opened. pFake values are the model's and not asserted exactly; what
// follows from the rules (classes, reachable, counts) is.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMENT_MODEL_VERSION } from "../../src/core/comment-spam.js";
import { FOLLOWER_MODEL_VERSION, FOLLOWER_THRESHOLD } from "../../src/core/follower-model.js";
import { cli } from "../helpers/cli.js";
import { FIXTURES } from "../helpers/fixtures.js";

const MODELS = join(FIXTURES, "models");
const fourDecimals = (v: number) => Math.round(v * 1e4) / 1e4 === v;

describe("vouch followers score", () => {
  it("prints the documented JSON, rows in input order", async () => {
    const r = await cli(["followers", "score", join(MODELS, "followers-full.csv"), "--json"], {});
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["model", "followers", "summary"]);
    expect(out.model).toEqual({ version: FOLLOWER_MODEL_VERSION, threshold: FOLLOWER_THRESHOLD });
    for (const f of out.followers) {
      expect(Object.keys(f)).toEqual(["row", "username", "pFake", "fake", "class", "reachable"]);
      expect(f.pFake).toBeGreaterThanOrEqual(0);
      expect(f.pFake).toBeLessThanOrEqual(1);
      expect(fourDecimals(f.pFake)).toBe(true);
      // suspicious is the model's flag; real is everyone unflagged outside the two count classes.
      if (f.class === "suspicious") expect(f.fake).toBe(true);
      if (f.class === "real") expect(f.fake).toBe(false);
    }
    // Classes by HypeAuditor's rules: following > 1,500 → mass follower (xk_48213907 7,100,
    // quiet_reader 2,400); followers > 5,000 and following < 1,500 → influencer (trail_mix_tina);
    // the other two (640/410, 410/380) are suspicious or real as the model says.
    expect(out.followers.map((f: { row: number; username: string }) => [f.row, f.username])).toEqual([
      [1, "maple.crumbs"],
      [2, "xk_48213907"],
      [3, "trail_mix_tina"],
      [4, "quiet_reader"],
      [5, "lin.bakes"],
    ]);
    expect(out.followers.map((f: { class: string }) => f.class)).toEqual([
      expect.stringMatching(/^(real|suspicious)$/),
      "mass_follower",
      "influencer",
      "mass_follower",
      expect.stringMatching(/^(real|suspicious)$/),
    ]);
    // reachable: following < 1,500 (410, 7,100, 320, 2,400, 380).
    expect(out.followers.map((f: { reachable: boolean }) => f.reachable)).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
    // A new account with no picture, no posts, 7,100 followings and 8 digits in its name
    // looks faker than a home baker with a picture, a bio, a link and 212 posts.
    expect(out.followers[1].pFake).toBeGreaterThan(out.followers[0].pFake);
    expect(out.followers[1].fake).toBe(true);

    expect(Object.keys(out.summary)).toEqual([
      "n",
      "fakeShare",
      "fakeShareLow",
      "fakeShareHigh",
      "classes",
      "reachable",
      "reachableKnown",
      "notEnoughData",
    ]);
    const realOrSuspicious = out.summary.classes.real + out.summary.classes.suspicious;
    expect(out.summary).toMatchObject({
      n: 5,
      // 5 followers are too few for the fake share (the model needs 50).
      fakeShare: null,
      fakeShareLow: null,
      fakeShareHigh: null,
      classes: { mass_follower: 2, influencer: 1 },
      reachable: 3,
      reachableKnown: 5,
      notEnoughData: "not enough data: 5 followers scored, the fake share needs at least 50",
    });
    expect(realOrSuspicious).toBe(2);
  });

  it("scores a sample with only summary columns and one with unknown following", async () => {
    const summary = JSON.parse(
      (await cli(["followers", "score", join(MODELS, "followers-summary.csv"), "--json"], {})).stdout,
    );
    expect(summary.followers.map((f: { username: null }) => f.username)).toEqual([null, null, null]);
    // following 430, 6,400, 150; followers 9,100 with following 150 is an influencer.
    expect(summary.followers.map((f: { class: string }) => f.class).slice(1)).toEqual([
      "mass_follower",
      "influencer",
    ]);
    expect(summary.summary).toMatchObject({ n: 3, reachable: 2, reachableKnown: 3 });

    // No following column: reachable is unknown for every row, and no row is a mass follower.
    const flags = JSON.parse(
      (await cli(["followers", "score", join(MODELS, "followers-booleans.csv"), "--json"], {})).stdout,
    );
    expect(flags.followers.map((f: { reachable: null }) => f.reachable)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(flags.summary).toMatchObject({
      n: 5,
      reachable: 0,
      reachableKnown: 0,
      classes: { mass_follower: 0, influencer: 0 },
    });
  });

  it("estimates the fake share with an interval from 50 followers on", async () => {
    // 60 invented followers: 20 follow 3,000 accounts (mass followers), 10 have 9,000
    // followers and follow 200 (influencers), 30 follow 300; all have a following count.
    const dir = mkdtempSync(join(tmpdir(), "vouch-models-"));
    const lines = ["username,followers,following,posts,has_profile_pic"];
    for (let i = 0; i < 60; i++) {
      const [followers, following] = i < 20 ? [40, 3000] : i < 30 ? [9000, 200] : [300, 300];
      lines.push(`sample_${i},${followers},${following},${i % 7 === 0 ? 0 : 25},${i % 5 !== 0}`);
    }
    writeFileSync(join(dir, "sample.csv"), `${lines.join("\n")}\n`);
    const r = JSON.parse((await cli(["followers", "score", join(dir, "sample.csv"), "--json"], {})).stdout);
    const s = r.summary;
    expect(s).toMatchObject({
      n: 60,
      notEnoughData: null,
      reachable: 40,
      reachableKnown: 60,
      classes: { mass_follower: 20, influencer: 10 },
    });
    expect(s.classes.real + s.classes.suspicious).toBe(30);
    expect(s.fakeShareLow).toBeLessThanOrEqual(s.fakeShare);
    expect(s.fakeShare).toBeLessThanOrEqual(s.fakeShareHigh);
    expect(s.fakeShareLow).toBeGreaterThanOrEqual(0);
    expect(s.fakeShareHigh).toBeLessThanOrEqual(1);
    for (const v of [s.fakeShare, s.fakeShareLow, s.fakeShareHigh]) expect(fourDecimals(v)).toBe(true);

    const text = (await cli(["followers", "score", join(dir, "sample.csv")], {})).stdout;
    expect(text).toMatch(/^60 followers scored from sample\.csv with model /);
    expect(text).toMatch(/Estimated fake share\s+\d+\.\d%\s+95% interval \d+\.\d–\d+\.\d%/);
    // In words, what the interval allows for (wrapped): the rates' shift between populations.
    expect(text.replace(/\s+/g, " ")).toContain(
      "how much those rates moved on follower populations it was not trained on",
    );
    expect(text).toMatch(/mass followers\s+20\s+33\.3%/); // 20 / 60
    expect(text).toMatch(/influencers\s+10\s+16\.7%/); // 10 / 60
    expect(text).toContain("Reachable             66.7%   40 of 60 followers"); // 40 / 60
  });

  it("prints a readable summary that says when the sample is too small", async () => {
    const r = await cli(["followers", "score", join(MODELS, "followers-full.csv")], {});
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toMatch(
      `5 followers scored from followers-full.csv with model ${FOLLOWER_MODEL_VERSION}\n`,
    );
    expect(r.stdout).toContain(
      "Estimated fake share  not enough data   5 follower(s) scored; the estimate needs a sample of at least 50",
    );
    expect(r.stdout).toContain("Reachable             60.0%   3 of 5 followers"); // 3 / 5
    expect(r.stdout).toMatch(/mass followers\s+2\s+40\.0%/);
    expect(r.stdout).toMatch(/influencers\s+1\s+20\.0%/);
    // xk_48213907 is flagged (asserted above), so the list of the most likely fake has it.
    expect(r.stdout).toMatch(/MOST LIKELY FAKE \(\d of \d flagged/);
    expect(r.stdout).toMatch(/\n\s+2 {2}xk_48213907\s+0\.\d\d {2}mass follower\n/);
  });

  it("exits 1 with one line naming the file, line and column of a bad cell", async () => {
    const bad = await cli(["followers", "score", join(MODELS, "followers-bad-boolean.csv")], {});
    expect(bad).toEqual({
      code: 1,
      stdout: "",
      stderr:
        'vouch: followers-bad-boolean.csv, line 3, field "is_private": expected true or false (true, false, 1, 0, yes, no), got "maybe"\n',
    });
    const noCount = await cli(["followers", "score", join(MODELS, "followers-no-count.csv")], {});
    expect(noCount).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "vouch: followers-no-count.csv, line 1: a follower sample needs at least one count column: followers, following or posts\n",
    });
    const twice = await cli(["followers", "score", join(MODELS, "followers-duplicate-column.csv")], {});
    expect(twice).toEqual({
      code: 1,
      stdout: "",
      stderr: 'vouch: followers-duplicate-column.csv, line 1, field "followers": the column appears twice\n',
    });
    const missing = await cli(["followers", "score", join(MODELS, "no-such-file.csv")], {});
    expect(missing).toEqual({
      code: 1,
      stdout: "",
      stderr: "vouch: no-such-file.csv: cannot be read (ENOENT)\n",
    });
  });
});

describe("vouch comments classify", () => {
  it("labels a scam spam, a link possibly spam, a generic and an ordinary comment (JSON)", async () => {
    const r = await cli(["comments", "classify", join(MODELS, "comments.csv"), "--json"], {});
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["model", "comments", "summary"]);
    expect(out.model).toEqual({ version: COMMENT_MODEL_VERSION });
    // A link fires a rule: possibly spam (rules are not sure enough to count). The
    // investment testimonial naming a "trader" is what the model is sure of: spam.
    expect(out.comments).toEqual([
      {
        row: 1,
        id: "cm-1",
        pSpam: expect.any(Number),
        label: "possible_spam",
        reasons: expect.arrayContaining(["link"]),
      },
      { row: 2, id: "cm-2", pSpam: expect.any(Number), label: "generic", reasons: [expect.any(String)] },
      { row: 3, id: "cm-3", pSpam: expect.any(Number), label: "ok", reasons: [] },
      { row: 4, id: "cm-4", pSpam: expect.any(Number), label: "spam", reasons: ["model"] },
    ]);
    for (const c of out.comments) expect(fourDecimals(c.pSpam)).toBe(true);
    // One of each of four: 1/4.
    expect(out.summary).toEqual({
      n: 4,
      spam: 1,
      possible_spam: 1,
      generic: 1,
      ok: 1,
      spamShare: 0.25,
      possibleSpamShare: 0.25,
      genericShare: 0.25,
    });
  });

  it("prints counts, shares and spam and possibly-spam examples with reasons", async () => {
    const r = await cli(["comments", "classify", join(MODELS, "comments.csv")], {});
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toMatch(`4 comments classified from comments.csv with model ${COMMENT_MODEL_VERSION}\n`);
    expect(r.stdout).toMatch(/\n {2}spam\s+1\s+25\.0%/);
    expect(r.stdout).toMatch(/\n {2}possible_spam\s+1\s+25\.0%/);
    expect(r.stdout).toMatch(/\n {2}generic\s+1\s+25\.0%/);
    expect(r.stdout).toMatch(/\n {2}ok\s+1\s+25\.0%/);
    expect(r.stdout).toContain("SPAM EXAMPLES (1 of 1");
    expect(r.stdout).toMatch(
      /row 4\s+cm-4: "I started with \$1,000 and got \$11,000 in 7 days, thank.*"\s+model/,
    );
    expect(r.stdout).toContain("POSSIBLY SPAM EXAMPLES (1 of 1");
    expect(r.stdout).toMatch(
      /row 1\s+cm-1: "Get 10k followers fast at www\.growfast-followers\.com"\s+.*link/,
    );
  });

  it("exits 1 when the text column is missing", async () => {
    const r = await cli(["comments", "classify", join(MODELS, "comments-no-text.csv")], {});
    expect(r).toEqual({
      code: 1,
      stdout: "",
      stderr:
        'vouch: comments-no-text.csv, line 1, field "text": the column is missing; a comments file needs the columns id and text\n',
    });
  });
});
