// Disclosure findings by hand (src/core/disclosure.ts, docs/methodology.md 5f): which rule
// fires for which caption, what it quotes, and the sponsored share and hygiene of a small
// set of posts worked out by hand. Brands and people are invented.
import { describe, expect, it } from "vitest";
import {
  CAPTION_CUT,
  checkDisclosure,
  computeDisclosure,
  DISCLOSURE_RULES,
  type DisclosureFinding,
} from "../../src/core/disclosure.js";
import { detectSponsored } from "../../src/core/sponsored.js";
import type { Post } from "../../src/core/types.js";

const HOUR = 3_600_000;
const T0 = Date.parse("2026-10-01T09:00:00Z");

function post(id: number, caption: string | null, extra: Partial<Post> = {}): Post {
  return {
    platformPostId: `p${id}`,
    shortcode: `Cx${id}`,
    takenAt: T0 + id * HOUR,
    kind: "image",
    caption,
    likes: 10,
    comments: 1,
    views: null,
    isAd: null,
    sponsors: null,
    location: null,
    ...extra,
  };
}

const check = (p: Post) => checkDisclosure(p, detectSponsored(p));
const rules = (findings: DisclosureFinding[]) => findings.map((f) => `${f.rule}:${f.severity}`);

// 20 hashtags of 4 characters and a space each: "#t01 #t02 … #t20 " is 100 characters.
const TWENTY_TAGS = Array.from({ length: 20 }, (_, i) => `#t${String(i + 1).padStart(2, "0")} `).join("");

describe("checkDisclosure: where the label stands", () => {
  it('"#ad" at the start: clear, no finding', () => {
    expect(check(post(1, "#ad My new favourite serum from @glowco ✨"))).toEqual([]);
  });

  it('"#ad" buried after 20 hashtags: the FTC hashtag rule and the ASA up-front rule, quoting the caption', () => {
    // "Glow day " (9) + 100 characters of hashtags: "#ad" starts at 109 and ends at 112,
    // inside the first 125 characters, so only the burial is reported.
    const caption = `Glow day ${TWENTY_TAGS}#ad`;
    const findings = check(post(1, caption));
    expect(rules(findings)).toEqual(["ftc-not-buried-in-hashtags:violation", "asa-label-up-front:violation"]);
    expect(findings[0]).toMatchObject({ postId: "p1", shortcode: "Cx1", authority: "FTC" });
    expect(findings[0]?.message).toContain('"#ad" comes after 20 hashtags');
    // The caption is 112 characters, shorter than a quote: it is quoted whole.
    expect(findings[0]?.quote).toBe(caption);
    expect(findings[1]).toMatchObject({ authority: "ASA/CAP", quote: caption });
  });

  it("19 hashtags before it and the label first of them: not buried", () => {
    expect(check(post(1, `#ad Glow day ${TWENTY_TAGS}`))).toEqual([]);
    const nineteen = TWENTY_TAGS.slice(5); // drops "#t01 "
    expect(check(post(1, `Glow day ${nineteen}and more words #ad`))).toEqual([]);
  });

  it('"#ad" last of a closing block of 3 hashtags is buried; first of the block is not', () => {
    expect(rules(check(post(1, "Sunset walk in my new trainers #travel #sunset #ad")))).toEqual([
      "ftc-not-buried-in-hashtags:violation",
      "asa-label-up-front:violation",
    ]);
    expect(check(post(1, "Sunset walk in my new trainers #ad #travel #sunset"))).toEqual([]);
    // Two hashtags are no block.
    expect(check(post(1, "Sunset walk in my new trainers #sunset #ad"))).toEqual([]);
  });

  it('a label at character 130, past the "more" cut: visible-without-more violation', () => {
    // "La la land. " is 12 characters: ten of them and "Sunny day " put "#ad" at 120 + 10 = 130.
    const caption = `${"La la land. ".repeat(10)}Sunny day #ad`;
    const findings = check(post(1, caption));
    expect(rules(findings)).toEqual(["ftc-visible-without-more:violation", "asa-label-up-front:violation"]);
    expect(findings[0]?.message).toContain(`"#ad" ends after character 133, past the first ${CAPTION_CUT}`);
    expect(findings[0]?.quote).toBe(caption);
  });

  it("a label ending at character 125 is visible; characters are code points, not UTF-16 units", () => {
    // 120 + "🌸 " (2 code points, 3 UTF-16 units) = 122: "#ad" covers 122–124 and ends at 125.
    // Counted in UTF-16 units it would end at 126, past the cut.
    expect(check(post(1, `${"La la land. ".repeat(10)}🌸 #ad`))).toEqual([]);
    expect(rules(check(post(1, `${"La la land. ".repeat(10)}🌸🌸 #ad`)))).toEqual([
      "ftc-visible-without-more:violation",
      "asa-label-up-front:violation",
    ]);
  });
});

describe("checkDisclosure: the words", () => {
  it('"#sp" only: not clear enough for the FTC (violation), advised against by the ASA (warning)', () => {
    const caption = "Morning glow with my new serum ✨ #sp #skincare";
    const findings = check(post(1, caption));
    expect(rules(findings)).toEqual(["ftc-clear-words:violation", "asa-unclear-label:warning"]);
    expect(findings[0]?.message).toContain('The only disclosure is "#sp"');
    expect(findings[0]?.quote).toBe(caption);
  });

  it('German "Anzeige" at the start: clear, no finding', () => {
    expect(check(post(1, "Anzeige | Mein neues Lieblingsserum von @glowco ✨"))).toEqual([]);
    expect(check(post(1, "Anzeige Mein neues Lieblingsserum von @glowco"))).toEqual([]);
  });

  it('"Sponsored by" up front: clear to the FTC; the ASA advises against it (a warning only)', () => {
    expect(rules(check(post(1, "Sponsored by @glowco: my morning routine")))).toEqual([
      "asa-unclear-label:warning",
    ]);
  });

  it("\"#gifted\": not among the FTC's clear words nor the ASA's, warnings", () => {
    expect(rules(check(post(1, "#gifted New bag from @lumo_bags")))).toEqual([
      "ftc-clear-words:warning",
      "asa-unclear-label:warning",
    ]);
  });
});

describe("checkDisclosure: no label", () => {
  it("a discount code without any label: sponsored, and a violation under both (ASA: codes are ads)", () => {
    const caption = "Use code GLOW15 for 15% off at @glowco";
    const findings = check(post(1, caption));
    expect(rules(findings)).toEqual([
      "ftc-disclose-connection:violation",
      "asa-affiliate-and-codes:violation",
    ]);
    expect(findings[0]?.message).toContain('a discount code ("code GLOW15")');
    expect(findings[1]?.quote).toBe(caption);
  });

  it('"ad" inside words and "#adidas" are no label: the coded post stays undisclosed', () => {
    const caption = "Weekend adventure, made in my new #adidas trainers. Use code TRAIL10";
    expect(rules(check(post(1, caption)))).toEqual([
      "ftc-disclose-connection:violation",
      "asa-affiliate-and-codes:violation",
    ]);
  });

  it("an affiliate link without a label", () => {
    expect(rules(check(post(1, "My desk lamp: amzn.to/3xYzAbC")))).toEqual([
      "ftc-disclose-connection:violation",
      "asa-affiliate-and-codes:violation",
    ]);
  });

  it('"Paid partnership" from Instagram and nothing in the caption: warnings under both', () => {
    const findings = check(post(1, "Sunday reset 🌿", { sponsors: ["glowco"] }));
    expect(rules(findings)).toEqual(["ftc-platform-label-not-enough:warning", "asa-unclear-label:warning"]);
    expect(findings[0]?.message).toContain('Instagram shows "Paid partnership with glowco"');
    expect(findings[0]?.quote).toBe("Sunday reset 🌿");
  });

  it("with Instagram's label, a buried caption label is a warning, not a violation", () => {
    const findings = check(
      post(1, "Sunset walk in my new trainers #travel #sunset #ad", { sponsors: ["trailco"] }),
    );
    expect(rules(findings)).toEqual(["ftc-not-buried-in-hashtags:warning", "asa-label-up-front:warning"]);
    expect(findings[0]?.message).toContain("so this is a warning rather than a violation");
  });

  it("a post marked is_ad with an empty caption: findings without a quote", () => {
    const findings = check(post(1, "", { isAd: true }));
    expect(rules(findings)).toEqual([
      "ftc-disclose-connection:violation",
      "asa-obviously-identifiable:violation",
    ]);
    expect(findings.map((f) => f.quote)).toEqual([null, null]);
  });

  it("a post that is not sponsored gets no finding: a friend's @mention", () => {
    expect(check(post(1, "Coffee with @anna_b ☕"))).toEqual([]);
  });
});

describe("checkDisclosure: quotes", () => {
  it("a long caption is quoted around the problem, at most 160 characters, with ellipses", () => {
    const before = "Slow morning, long walk by the river and a coffee. ".repeat(4); // 51 × 4 = 204
    const after = " Back tomorrow with the full routine and more pictures of the walk. ".repeat(3);
    const findings = check(post(1, `${before}Use code GLOW15 for 15% off.${after}`));
    const quote = findings[0]?.quote ?? "";
    expect(quote.startsWith("…")).toBe(true);
    expect(quote.endsWith("…")).toBe(true);
    expect(quote).toContain("Use code GLOW15 for 15% off.");
    expect([...quote].length).toBeLessThanOrEqual(162);
  });
});

describe("computeDisclosure", () => {
  // Ten posts, p10 the newest. Worked by hand:
  //   p10 "#ad" first                → sponsored, clear label, no finding
  //   p9  Instagram's label only     → sponsored, unclear, two warnings (clean)
  //   p8  "#sp" only                 → sponsored, unclear, FTC violation
  //   p7  discount code, no label    → sponsored, undisclosed, two violations
  //   p6  a friend's @mention        → not sponsored, not listed
  //   p5  "Sponsored by" up front    → sponsored, clear (FTC), an ASA warning (clean)
  //   p4  plain                      → not sponsored
  //   p3  "#ad" last of 3 hashtags   → sponsored, a clear word buried: violations, so unclear
  //   p2  plain                      → not sponsored
  //   p1  "link in bio to shop"      → possibly sponsored: listed, not judged
  // sponsored = 6 of 10 → 0.6; clean = p10, p9, p5 → hygiene 3 / 6 = 0.5.
  const POSTS = [
    post(1, "New drop, link in bio to shop"),
    post(2, "Rainy Sunday"),
    post(3, "Sunset walk in my new trainers #travel #sunset #ad"),
    post(4, "Pasta night"),
    post(5, "Sponsored by @glowco: my morning routine"),
    post(6, "Coffee with @anna_b ☕"),
    post(7, "Use code GLOW15 for 15% off at @glowco"),
    post(8, "Morning glow with my new serum ✨ #sp #skincare"),
    post(9, "Sunday reset 🌿", { sponsors: ["glowco"] }),
    post(10, "#ad My new favourite serum from @glowco ✨"),
  ];
  // Shuffled: the function orders by time itself.
  const SHUFFLED = [
    POSTS[4],
    POSTS[9],
    POSTS[0],
    POSTS[7],
    POSTS[2],
    POSTS[5],
    POSTS[8],
    POSTS[1],
    POSTS[6],
    POSTS[3],
  ];

  it("counts, shares and the findings of a small set", () => {
    const d = computeDisclosure(SHUFFLED as Post[]);
    expect(d).toMatchObject({
      postsRead: 10,
      sponsoredPosts: 6,
      sponsoredShare: 0.6,
      possiblySponsored: 1,
      // p10 and p5; p3's clear "#ad" breaks the placement rules, so it is disclosed unclearly
      // (one verdict per post, disclosure-v2) beside p9 and p8.
      disclosedClearly: 2,
      disclosedUnclearly: 3,
      undisclosed: 1,
      unchecked: 0,
      hygiene: 0.5,
      notEnoughData: [],
      options: { recentPosts: 50, minPosts: 10 },
    });
    expect(d.posts.map((p) => p.postId)).toEqual(["p10", "p9", "p8", "p7", "p5", "p3", "p1"]);
    expect(d.posts[0]).toMatchObject({
      shortcode: "Cx10",
      takenAt: "2026-10-01T19:00:00.000Z",
      sponsored: true,
      confidence: "likely",
      label: { word: "#ad", match: "#ad", index: 0, ftc: "clear", asa: "clear" },
      disclosure: "clear",
      findings: [],
    });
    expect(d.posts[1]).toMatchObject({ confidence: "certain", label: null, disclosure: "unclear" });
    expect(d.posts.at(-1)).toMatchObject({
      postId: "p1",
      sponsored: false,
      confidence: "possible",
      findings: [],
    });
    // One verdict per post: never "clear" beside a violation, though the label keeps its word.
    expect(d.posts.find((p) => p.postId === "p3")).toMatchObject({
      label: { word: "#ad", ftc: "clear", asa: "clear" },
      disclosure: "unclear",
    });
    for (const p of d.posts)
      if (p.disclosure === "clear") expect(p.findings.filter((f) => f.severity === "violation")).toEqual([]);
    // Newest post first, FTC before ASA within a post.
    expect(d.findings.map((f) => `${f.postId} ${f.rule}`)).toEqual([
      "p9 ftc-platform-label-not-enough",
      "p9 asa-unclear-label",
      "p8 ftc-clear-words",
      "p8 asa-unclear-label",
      "p7 ftc-disclose-connection",
      "p7 asa-affiliate-and-codes",
      "p5 asa-unclear-label",
      "p3 ftc-not-buried-in-hashtags",
      "p3 asa-label-up-front",
    ]);
    expect(d.method).toContain("disclosure-v2");
  });

  it("reads only the latest recentPosts; below minPosts the share is null with a message", () => {
    // Latest 5: p10, p9, p8, p7, p6 → 4 sponsored; clean p10 and p9 → hygiene 2 / 4.
    const d = computeDisclosure(SHUFFLED as Post[], { recentPosts: 5 });
    expect(d).toMatchObject({ postsRead: 5, sponsoredPosts: 4, sponsoredShare: null, hygiene: 0.5 });
    expect(d.notEnoughData).toEqual(["disclosure: 5 post(s) read, the sponsored share needs at least 10"]);
  });

  it("no posts: nothing to divide by", () => {
    const d = computeDisclosure([]);
    expect(d).toMatchObject({
      postsRead: 0,
      sponsoredPosts: 0,
      sponsoredShare: null,
      hygiene: null,
      findings: [],
    });
  });

  it("no sponsored post: share 0, hygiene null", () => {
    const plain = Array.from({ length: 10 }, (_, i) => post(i, "Rainy Sunday"));
    expect(computeDisclosure(plain)).toMatchObject({ sponsoredShare: 0, hygiene: null, posts: [] });
  });

  it("a sponsored post whose caption is unknown is counted but not checked", () => {
    const posts = [post(1, null, { sponsors: ["glowco"] }), post(2, "#ad Serum day")];
    const d = computeDisclosure(posts, { minPosts: 2 });
    expect(d).toMatchObject({
      sponsoredPosts: 2,
      unchecked: 1,
      disclosedClearly: 1,
      hygiene: 1,
      sponsoredShare: 1,
    });
    expect(d.posts[1]).toMatchObject({ postId: "p1", disclosure: "unknown", findings: [] });
    expect(d.notEnoughData).toEqual([
      "disclosure: 1 sponsored post(s) without a known caption, their disclosure was not checked",
    ]);
  });

  it("every finding names a rule of DISCLOSURE_RULES with its authority", () => {
    const d = computeDisclosure(SHUFFLED as Post[]);
    for (const f of d.findings) expect(f.authority).toBe(DISCLOSURE_RULES[f.rule].authority);
  });
});
