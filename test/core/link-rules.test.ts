// Tracked links' rules (issue 17): custom slugs and the words they may not be, generated
// slugs from given bytes, destinations that may appear in a Location header, UTM
// parameters added by hand-checked rules, and who is a bot.
import { describe, expect, it } from "vitest";
import { botReason, referrerDomain } from "../../src/core/click-verdict.js";
import { campaignSlug, destinationProblem, withUtm } from "../../src/core/link-destination.js";
import { SLUG_PATH_PATTERN, slugFromBytes, slugProblem } from "../../src/core/link-slug.js";

const UTM = { source: "instagram", campaign: "spring-bake", content: "tiny_baker" };

describe("slugs", () => {
  it("takes 3–64 lowercase letters, digits and inner hyphens", () => {
    for (const ok of ["abc", "spring-2027", "a1b", "x".repeat(64)]) expect(slugProblem(ok), ok).toBeNull();
    for (const bad of [
      "ab",
      "x".repeat(65),
      "Spring",
      "-spring",
      "spring-",
      "sp ring",
      "sp_ring",
      "été",
      "a.b",
    ])
      expect(slugProblem(bad), bad).toMatch(/lowercase letters/);
  });

  it("refuses the app's own words", () => {
    for (const word of ["api", "campaigns", "sign-in", "partnerships", "docs", "kit", "contract"])
      expect(slugProblem(word), word).toMatch(/app's own words/);
  });

  it("refuses every way of writing another host into the path", () => {
    for (const bad of [
      "//evil.com",
      "/evil.com",
      "%2F%2Fevil.com",
      "evil.com",
      "\\\\evil.com",
      "https://evil.com",
    ])
      expect(slugProblem(bad), bad).not.toBeNull();
    // The redirect's own path check: only /<letters, digits, hyphens>.
    for (const path of [
      "//evil.com",
      "/%2F%2Fevil.com",
      "/%2f%2fevil.com",
      "/\\evil.com",
      "/a/b",
      "/..",
      "/",
    ])
      expect(SLUG_PATH_PATTERN.test(path), path).toBe(false);
    expect(SLUG_PATH_PATTERN.exec("/spring-2027")?.[1]).toBe("spring-2027");
  });

  it("makes a generated slug of 7 characters from bytes, skipping those ≥ 252", () => {
    // 0 → a, 25 → z, 26 → 0, 35 → 9, 36 → a (36 mod 36), 251 → 251 mod 36 = 35 → 9; 252 and 255 skipped.
    expect(slugFromBytes(new Uint8Array([0, 25, 252, 26, 35, 255, 36, 251, 1]))).toBe("az09a9b");
    expect(slugFromBytes(new Uint8Array([1, 2, 3]))).toBeNull();
    // "openapi" is reserved: o=14, p=15, e=4, n=13, a=0, p=15, i=8.
    expect(slugFromBytes(new Uint8Array([14, 15, 4, 13, 0, 15, 8]))).toBeNull();
  });
});

describe("destinations", () => {
  it("take http(s) URLs without credentials only", () => {
    expect(destinationProblem("https://shop.example/spring?ref=1")).toBeNull();
    expect(destinationProblem("http://shop.example")).toBeNull();
    expect(destinationProblem("javascript:alert(1)")).toMatch(/http/);
    expect(destinationProblem("JavaScript:alert(1)")).toMatch(/http/);
    expect(destinationProblem("data:text/html,<script>alert(1)</script>")).toMatch(/http/);
    expect(destinationProblem("ftp://shop.example")).toMatch(/http/);
    expect(destinationProblem("https://user:pass@shop.example/")).toMatch(/user name or password/);
    expect(destinationProblem("https://user@shop.example/")).toMatch(/user name or password/);
    expect(destinationProblem("//evil.com")).toMatch(/absolute URL/);
    expect(destinationProblem("/spring")).toMatch(/absolute URL/);
    expect(destinationProblem(`https://shop.example/${"a".repeat(2000)}`)).toMatch(/at most 2000/);
  });

  it("get the four UTM parameters after their own, which stay as written", () => {
    expect(withUtm("https://shop.example/spring", UTM)).toBe(
      "https://shop.example/spring?utm_source=instagram&utm_medium=influencer&utm_campaign=spring-bake&utm_content=tiny_baker",
    );
    // "a b" written as %20 and "c+d" stay byte for byte; the fragment goes last.
    expect(withUtm("https://shop.example/p?q=a%20b&r=c+d#buy", UTM)).toBe(
      "https://shop.example/p?q=a%20b&r=c+d&utm_source=instagram&utm_medium=influencer&utm_campaign=spring-bake&utm_content=tiny_baker#buy",
    );
    // The brand's own utm_source is theirs: kept, and not added twice.
    expect(withUtm("https://shop.example/?utm_source=newsletter", UTM)).toBe(
      "https://shop.example/?utm_source=newsletter&utm_medium=influencer&utm_campaign=spring-bake&utm_content=tiny_baker",
    );
    // A handle with characters a query must escape.
    expect(withUtm("https://shop.example", { ...UTM, content: "a&b=c" })).toContain("utm_content=a%26b%3Dc");
  });

  it("name the campaign as a slug", () => {
    expect(campaignSlug("Spring bake")).toBe("spring-bake");
    expect(campaignSlug("Été 2027: Crème brûlée!")).toBe("ete-2027-creme-brulee");
    expect(campaignSlug("!!!")).toBe("campaign");
  });
});

describe("bots", () => {
  const CHROME =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
  it("flags HEAD, link-preview fetchers, crawlers and no user agent; a browser is a person", () => {
    expect(botReason("GET", CHROME)).toBeNull();
    expect(botReason("HEAD", CHROME)).toBe("head");
    expect(
      botReason("GET", "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"),
    ).toBe("preview");
    expect(botReason("GET", "WhatsApp/2.23.20.0 A")).toBe("preview");
    expect(botReason("GET", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)")).toBe("preview");
    expect(botReason("GET", "Twitterbot/1.0")).toBe("preview");
    expect(botReason("GET", "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)")).toBe(
      "preview",
    );
    expect(botReason("GET", "TelegramBot (like TwitterBot)")).toBe("preview");
    expect(botReason("GET", "Mozilla/5.0 (compatible; Bytespider; spider-feedback@bytedance.com)")).toBe(
      "preview",
    );
    expect(botReason("GET", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")).toBe(
      "bot",
    );
    expect(botReason("GET", "curl/8.5.0")).toBe("bot");
    expect(botReason("GET", "")).toBe("no_user_agent");
    expect(botReason("GET", null)).toBe("no_user_agent");
  });

  it("keeps the referrer's host only", () => {
    expect(referrerDomain("https://l.instagram.com/?u=https%3A%2F%2Fx&e=secret")).toBe("l.instagram.com");
    expect(referrerDomain("HTTPS://WWW.TikTok.com/@tiny_baker/video/1")).toBe("www.tiktok.com");
    expect(referrerDomain("android-app://com.instagram.android")).toBeNull();
    expect(referrerDomain("not a url")).toBeNull();
    expect(referrerDomain(null)).toBeNull();
  });
});
