// The comment spam classifier: features worked by hand, each rule on spam it must catch
// and on friendly Instagram comments it must leave alone, the three labels, and the
// committed model reproduced byte for byte by a fresh training run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { syntheticComments } from "../../src/bench/classify-comments.js";
import {
  COMMENT_MODEL_VERSION,
  classifyComment,
  POSSIBLE_SPAM_THRESHOLD,
  SPAM_THRESHOLD,
  spamProbability,
  spamRules,
} from "../../src/core/comment-spam.js";
import {
  commentFeatures,
  featureHash,
  featureHashKeys,
  featureScale,
  foldText,
  words,
} from "../../src/core/comment-spam-features.js";
import { spamLevel } from "../../src/core/spam-level.js";
import { SPAM_RULE_NAMES, type SpamRuleName, spamRulesFolded } from "../../src/core/spam-rules.js";
import {
  chooseThresholds,
  cleanYouTubeText,
  dedupKey,
  readCommentRows,
} from "../../src/train/train-comment-model.js";
import {
  buildCommentModelFiles,
  COMMENT_CARD_PATH,
  COMMENT_WEIGHTS_PATH,
} from "../../src/train/write-comment-model.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const datasets = process.env.VOUCH_DATASETS ?? path.resolve(repoRoot, "../shared/datasets");

describe("commentFeatures", () => {
  it("lists hand features, then each word, its stem and its pair with the word before", () => {
    // 18 characters → #len1 (16–40); one "!" → #excl1; capitals C, M, Y are 3 of 14
    // letters (under half) → no #caps; no link, digits or money. No word is longer than
    // 5, so no stems ("check" is exactly 5).
    expect(commentFeatures("Check out MY page!")).toEqual([
      "#len1",
      "#excl1",
      "check",
      "out",
      "check out",
      "my",
      "out my",
      "page",
      "my page",
    ]);
  });

  it("drops apostrophes, stems long words (digits too) and sees runs of digits and money", () => {
    // 36 characters → #len1; "123456" is a run of 6 digits → #digits; "$1" → #money.
    // "subscribers" (11) and "123456" (6) are longer than 5 → "subsc~", "12345~".
    expect(commentFeatures("Subscribers don't pay $10 for 123456")).toEqual([
      "#digits",
      "#money",
      "#len1",
      "subscribers",
      "subsc~",
      "dont",
      "subscribers dont",
      "pay",
      "dont pay",
      "10",
      "pay 10",
      "for",
      "10 for",
      "123456",
      "12345~",
      "for 123456",
    ]);
  });

  it("counts a repeated word once, links are a hand feature, capitals none", () => {
    // 24 characters → #len1; "www." → #url; 3 "!" → #excl3. No feature for capitals: one
    // training source is all lower case, so shouting would tell the sources apart.
    expect(commentFeatures("WOW WOW www.SHOP.com!!!")).toEqual([
      "#url",
      "#len1",
      "#excl3",
      "wow",
      "wow wow",
      "www",
      "wow www",
      "shop",
      "www shop",
      "com",
      "shop com",
    ]);
  });

  it("folds styled letters (NFKC, small capitals) and lower-cases; emoji separate words", () => {
    expect(foldText("𝐃𝐌 𝐦𝐞 ＮＯＷ")).toBe("dm me now");
    expect(foldText("ᴡᴏᴡ ᴛʜɪꜱ ɪꜱ ʀᴇᴀʟ")).toBe("wow this is real");
    expect(words(foldText("rock'n’roll😍Café 2day"))).toEqual(["rocknroll", "café", "2day"]);
  });

  it("reads a space that stands for an apostrophe as one (the Instagram file lost them)", () => {
    // "don t" → "dont" as "don't" is; "it s", "i m", "you re", "we ll", "i ve", "i d" too.
    expect(words("i don t think it s bad, i m sure you re fine, we ll see, i ve been, i d go")).toEqual([
      "i",
      "dont",
      "think",
      "its",
      "bad",
      "im",
      "sure",
      "youre",
      "fine",
      "well",
      "see",
      "ive",
      "been",
      "id",
      "go",
    ]);
    // Not an ending after a word that cannot take it, nor one followed by more letters:
    // "a t shirt" (no n before t), "vitamin d" (no pronoun), "size m" (not "i"), "can take".
    expect(words("a t shirt, vitamin d, size m, you can take")).toEqual([
      "a",
      "t",
      "shirt",
      "vitamin",
      "d",
      "size",
      "m",
      "you",
      "can",
      "take",
    ]);
  });

  it("an @account or #tag gives its character 2- to 4-grams, padded with spaces, and @ a #mention", () => {
    // "@ab_c." → the name "ab_c" (trailing dot dropped), padded " ab_c ": 2-grams " a", "ab",
    // "b_", "_c", "c "; 3-grams " ab", "ab_", "b_c", "_c "; 4-grams " ab_", "ab_c", "b_c ".
    // 13 characters → #len0. "x@y.z" is an e-mail address (a name character before the @).
    const f = commentFeatures("hi @ab_c. x@y.z");
    expect(f.filter((k) => k.startsWith("#"))).toEqual(["#len0", "#mention"]);
    expect(f.filter((k) => k.startsWith("|")).sort()).toEqual(
      ["| a", "|ab", "|b_", "|_c", "|c ", "| ab", "|ab_", "|b_c", "|_c ", "| ab_", "|ab_c", "|b_c "].sort(),
    );
    // A #tag gives n-grams too, but no #mention; one name character is no tag.
    const t = commentFeatures("#go @x");
    expect(t).toContain("|go");
    expect(t).not.toContain("#mention");
  });

  it("the @mentions that open a comment address a reply: #reply, no n-grams, no #mention", () => {
    // "@anna @ben_t" open the comment; "@trade_fx" after the text is a mention as above.
    const f = commentFeatures("@anna @ben_t we went in May, ask @trade_fx");
    expect(f.filter((k) => k.startsWith("#"))).toEqual(["#len2", "#mention", "#reply"]);
    const grams = f.filter((k) => k.startsWith("|"));
    expect(grams).toContain("|fx ");
    expect(grams.some((k) => k.includes("ann") || k.includes("ben"))).toBe(false);
    // A #tag first is no reply; "@a" (one character) is no mention, so what follows is not leading.
    expect(commentFeatures("#tbt @anna")).toContain("#mention");
    expect(commentFeatures("@a @anna hi")).toContain("#mention");
  });

  it("a currency sign before a digit is money, also with a space between", () => {
    expect(commentFeatures("i got $ 3 200")).toContain("#money");
    expect(commentFeatures("€1 000 back")).toContain("#money");
    expect(commentFeatures("$ and 5")).not.toContain("#money");
  });

  it("damps long comments: the weight sum is divided by log2(1 + features)", () => {
    expect(featureScale(1)).toBe(1);
    expect(featureScale(3)).toBe(0.5);
    expect(featureScale(7)).toBeCloseTo(1 / 3, 12);
  });

  it("the fast inference path sees exactly the features of the string path", () => {
    const texts = [
      ...syntheticComments(3000, 11),
      "Don't",
      "𝒜𝒷𝒸𝒹𝑒𝒻𝑔 long",
      "İstanbul ß ǅ",
      "a\u0301b",
      "ab\ud83d",
      "x\ud835",
      "１２３４５６",
      "ᴡᴏᴡ ᴛʜɪꜱ @ᴛʀᴀᴅᴇ_ꜰx",
      "i don t know, it s @anna.b's #1 #tag_x.. a@b.c",
      `@${"x".repeat(300)}`,
      "@😀ab #ab😀 don\u2019t",
      "",
    ];
    for (const t of texts) {
      const viaStrings = commentFeatures(t).map((k) => featureHash(k).join(":"));
      expect(featureHashKeys(t).sort(), t).toEqual(viaStrings.sort());
    }
  });
});

/** Spam each rule must catch: English first, then German, French, Spanish, Italian. */
const FIRES: Record<SpamRuleName, string[]> = {
  link: [
    "Get 50% off at https://shop.example/deal",
    "visit www.mystore.net today",
    "more on example.com",
    "free gift 👉 bit.ly/3abcd",
    "join t.me/cryptosignals",
    "wa.me/4915112345678",
    "Link in bio 🔥",
    "the link is in my bio!!",
    "Link in der Bio 👆",
    "lien dans ma bio",
    "enlace en mi perfil",
    "link nella bio",
  ],
  dm_request: [
    "DM me for details 💌",
    "dm us now",
    "Message me if you want to earn",
    "inbox me babe",
    "Send me a DM",
    "check your DMs 📩",
    "contact me on WhatsApp",
    "𝐃𝐌 𝐦𝐞 𝐧𝐨𝐰",
    "Schreib mir eine Nachricht",
    "Écris-moi en privé",
    "Escríbeme al privado",
    "Scrivimi in direct",
  ],
  self_promotion: [
    "Check out my page 🔥",
    "check my profile pls",
    "visit my channel",
    "Follow me!",
    "follow back?",
    "f4f",
    "l4l 💕",
    "like4like",
    "follow4follow",
    "Subscribe to my channel",
    "Folgt mir für mehr",
    "abonne-toi",
    "sígueme",
    "seguimi",
    "visita mi perfil",
  ],
  crypto_investment: [
    "I earn $500 per day with bitcoin trading",
    "Invest in crypto with @mr_trader and get 10x returns",
    "Thanks to Mrs Anna I made $5,000 weekly",
    "passive income is the key, ask me how",
    "My account manager changed my life",
    "WhatsApp +1 555 123 4567",
    "I invested $1000 and got $8500 back",
    "forex signals every morning, join now",
  ],
  follower_selling: [
    "Buy followers cheap",
    "We sell real followers",
    "cheap likes here",
    "Promote your page with us",
    "Want to get more followers?",
    "wanna grow your page?",
    "boost your engagement today",
    "Collab? DM us",
    "DM us for a feature",
    "Promo? DM",
    "Send a pic to @brand.official to be featured",
    "We'd love you as our brand ambassador, DM @brand",
  ],
};

/** Friendly Instagram comments no rule may fire on (the ones the issue names first). */
const FRIENDLY = [
  "Where did you buy this dress?",
  "I follow your recipes every week",
  "what camera do you use?",
  "DM'd you the recipe 😂", // past tense, to the creator: conversation
  "I'll DM you later!",
  "Can you DM me the recipe?", // a follower asking the creator: not a call to every reader
  "could you please dm me the link",
  "dm me the recipe pls",
  "Can you share the link to that lamp?",
  "check out my recreation of this! 😍",
  "Can't wait to see my order arrive",
  "I follow you since 2019 ❤️",
  "How did you get so many followers?",
  "so many likes, well deserved",
  "He actually did buy views, everyone knows",
  "I need more of your recipes",
  "free shipping?",
  "This blender is worth the investment",
  "I invested $200 in this camera and it was worth it",
  "I made this for $20 a week ago",
  "We're trading places for the weekend",
  "bitcoin art is so cool",
  "e.g. the blue one, i.e. the best",
  "It was 3.5 stars at most",
  "Loved it.So good",
  "Message received, thank you!",
  "Danke, ich folge dir schon lange",
  "Merci pour la recette !",
  "¿Dónde compraste este vestido?",
  "Che bella foto!",
];

describe("spamRules", () => {
  for (const rule of SPAM_RULE_NAMES) {
    it.each(FIRES[rule])(`${rule} fires on %j`, (text) => {
      expect(spamRules(text)).toContain(rule);
    });
  }

  it.each(FRIENDLY)("no rule fires on %j", (text) => {
    expect(spamRules(text)).toEqual([]);
  });

  it("the keyword gate changes nothing (every example and every training comment)", async () => {
    const texts = [...Object.values(FIRES).flat(), ...FRIENDLY, ...(await trainingTexts())];
    for (const t of texts) {
      const folded = foldText(t);
      expect(spamRulesFolded(folded), t).toEqual(spamRulesFolded(folded, false));
    }
  });
});

describe("classifyComment", () => {
  it("a rule alone makes possibly spam and is named; pSpam stays the model's", () => {
    // Rules are not sure enough to count (their precision on Instagram is below 0.95).
    const r = classifyComment("Check out my page 🔥");
    expect(r.pSpam).toBeLessThan(SPAM_THRESHOLD);
    expect(r.label).toBe("possible_spam");
    expect(r.reasons).toContain("self_promotion");
    expect(r.pSpam).toBe(spamProbability("Check out my page 🔥"));
  });

  it("spamLevel: spam at the sure threshold, possibly spam at the lower one or by a rule", () => {
    const t = { possible: 0.4, sure: 0.7 };
    expect(spamLevel(0.7, 0, t)).toBe("spam");
    expect(spamLevel(0.69, 2, t)).toBe("possible_spam");
    expect(spamLevel(0.4, 0, t)).toBe("possible_spam");
    expect(spamLevel(0.39, 1, t)).toBe("possible_spam");
    expect(spamLevel(0.39, 0, t)).toBeNull();
  });

  it("a friendly question the old model called spam is ok now", () => {
    // pSpam 0.83 under comment-spam-v1 (issue 11); the Instagram comments taught the model
    // that "please" and questions are no spam there.
    const r = classifyComment("Recipe please! My layers always collapse");
    expect(r.pSpam).toBeLessThan(POSSIBLE_SPAM_THRESHOLD);
    expect(r.label).toBe("ok");
  });

  it("the model alone makes spam at or above the threshold (reason: model)", () => {
    // YouTube-style channel spam: no Instagram rule names it, the model knows it well.
    const text = "Hey guys check out my new video and please subscribe!!";
    const r = classifyComment(text);
    expect(spamRules(text)).toEqual([]);
    expect(r.pSpam).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(r).toEqual({ pSpam: r.pSpam, label: "spam", reasons: ["model"] });
  });

  it("the thresholds are ordered: possibly spam below spam", () => {
    expect(POSSIBLE_SPAM_THRESHOLD).toBeGreaterThan(0);
    expect(POSSIBLE_SPAM_THRESHOLD).toBeLessThanOrEqual(SPAM_THRESHOLD);
    expect(SPAM_THRESHOLD).toBeLessThan(1);
  });

  it.each([
    ["nice pic 🔥", "stock_praise"],
    ["😍😍😍", "emoji_only"],
    ["@anna.b @ben_c", "mention_only"],
  ])("%j is generic (%s) when it is not spam", (text, kind) => {
    const r = classifyComment(text);
    expect(r.pSpam).toBeLessThan(SPAM_THRESHOLD);
    expect(r).toEqual({ pSpam: r.pSpam, label: "generic", reasons: [kind] });
  });

  // "@anna.b" tags one account: a friend tag, not generic (audit-v6).
  it.each(["Where did you buy this dress?", "what camera do you use?", "DM'd you the recipe 😂", "@anna.b"])(
    "%j is ok",
    (text) => {
      const r = classifyComment(text);
      expect(r).toEqual({ pSpam: r.pSpam, label: "ok", reasons: [] });
    },
  );

  it("pSpam is a probability for any text", () => {
    const texts = [
      "",
      " ",
      "!!!",
      "a".repeat(10_000),
      "😀".repeat(500),
      "x\ud835",
      ...syntheticComments(500, 3),
    ];
    for (const t of texts) {
      const p = spamProbability(t);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it("names the model version with the weights' hash", () => {
    const committed = JSON.parse(readFileSync(path.join(repoRoot, COMMENT_WEIGHTS_PATH), "utf8")) as {
      hash: string;
    };
    expect(COMMENT_MODEL_VERSION).toBe(`comment-spam-v2+${committed.hash}`);
  });
});

describe("training", () => {
  it("cleans YouTube's HTML and deduplicates on lower case and collapsed spaces", () => {
    expect(cleanYouTubeText('Hi &amp; <a href="http://x.y/z">http://x.y/z</a><br />ok&#39;\ufeff')).toBe(
      "Hi & http://x.y/z ok'",
    );
    expect(dedupKey("Check  OUT\nthis")).toBe(dedupKey("check out this"));
  });

  it("chooses the possibly-spam threshold by the worst source's MCC and the spam one by Instagram's precision", () => {
    // Instagram: pSpam 0.95, 0.9, 0.85, 0.5, 0.45, 0.1 with labels 1, 1, 0, 1, 0, 0. Its MCC
    // is 6/√72 = 0.707 for a threshold in (0.45, 0.5] (tp 3, fp 1, tn 2) and in (0.85, 0.9]
    // (tp 2, fn 1, tn 3), lower elsewhere (3/√45 = 0.447, 1/3, 0).
    const p = [0.95, 0.9, 0.85, 0.5, 0.45, 0.1];
    const y = [1, 1, 0, 1, 0, 0];
    const ig = p.map(() => "instagram" as const);
    // Alone, both ranges are best: the middle of 0.46 … 0.90 is 0.68. Precision is 1 from
    // 0.95 down to 0.86 and 2/3 at 0.85, so the lowest threshold sure at ≥ 0.95 is 0.86.
    expect(chooseThresholds(p, y, ig, 0.95)).toEqual({ possible: 0.68, sure: 0.86, sureReached: true });
    // YouTube pSpam 0.7 (spam) and 0.3 (not): MCC 1 for a threshold in (0.3, 0.7], else 0.
    // The worst of the two sources is best (0.707) only at 0.46 … 0.50: possible 0.48. The
    // spam threshold reads Instagram only: still 0.86.
    expect(chooseThresholds([...p, 0.7, 0.3], [...y, 1, 0], [...ig, "youtube", "youtube"], 0.95)).toEqual({
      possible: 0.48,
      sure: 0.86,
      sureReached: true,
    });
  });

  it("re-running the training reproduces the committed weights and model card byte for byte", async () => {
    const { text, card } = await buildCommentModelFiles(datasets, repoRoot);
    expect(text).toBe(readFileSync(path.join(repoRoot, COMMENT_WEIGHTS_PATH), "utf8"));
    expect(card).toBe(readFileSync(path.join(repoRoot, COMMENT_CARD_PATH), "utf8"));
    // About 20 s alone; a loaded 2-core machine (other suites in parallel) has taken over 60 s.
  }, 240_000);
});

async function trainingTexts(): Promise<string[]> {
  return (await readCommentRows(datasets)).rows.map((r) => r.text);
}
