// The comment spam classifier: features worked by hand, each rule on spam it must catch
// and on friendly Instagram comments it must leave alone, the three labels, and the
// committed model reproduced byte for byte by a fresh training run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { syntheticComments } from "../../src/bench/classify-comments.js";
import {
  COMMENT_MODEL_VERSION,
  classifyComment,
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
import { SPAM_RULE_NAMES, type SpamRuleName, spamRulesFolded } from "../../src/core/spam-rules.js";
import { COMMENT_FILES, cleanYouTubeText, dedupKey } from "../../src/train/train-comment-model.js";
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

  it("counts a repeated word once, and shouts and links are hand features", () => {
    // 24 characters → #len1; 16 letters, all capitals but the w, w, w, c, o, m of the
    // address (10 of 16 ≥ half) → #caps; "www." → #url; 3 "!" → #excl3.
    expect(commentFeatures("WOW WOW www.SHOP.com!!!")).toEqual([
      "#url",
      "#len1",
      "#caps",
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

  it("folds styled letters (NFKC) and lower-cases; emoji separate words", () => {
    expect(foldText("𝐃𝐌 𝐦𝐞 ＮＯＷ")).toBe("dm me now");
    expect(words(foldText("rock'n’roll😍Café 2day"))).toEqual(["rocknroll", "café", "2day"]);
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

  it("the keyword gate changes nothing (every example and every training comment)", () => {
    const texts = [...Object.values(FIRES).flat(), ...FRIENDLY, ...trainingTexts()];
    for (const t of texts) {
      const folded = foldText(t);
      expect(spamRulesFolded(folded), t).toEqual(spamRulesFolded(folded, false));
    }
  });
});

describe("classifyComment", () => {
  it("a rule makes spam and is named; pSpam stays the model's", () => {
    const r = classifyComment("Check out my page 🔥");
    expect(r.label).toBe("spam");
    expect(r.reasons).toContain("self_promotion");
    expect(r.pSpam).toBe(spamProbability("Check out my page 🔥"));
  });

  it("the model alone makes spam at or above the threshold (reason: model)", () => {
    // YouTube-style channel spam: no Instagram rule names it, the model knows it well.
    const text = "Hey guys check out my new video and please subscribe!!";
    const r = classifyComment(text);
    expect(spamRules(text)).toEqual([]);
    expect(r.pSpam).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(r).toEqual({ pSpam: r.pSpam, label: "spam", reasons: ["model"] });
  });

  it.each([
    ["nice pic 🔥", "stock_praise"],
    ["😍😍😍", "emoji_only"],
    ["@anna.b", "mention_only"],
  ])("%j is generic (%s) when it is not spam", (text, kind) => {
    const r = classifyComment(text);
    expect(r.pSpam).toBeLessThan(SPAM_THRESHOLD);
    expect(r).toEqual({ pSpam: r.pSpam, label: "generic", reasons: [kind] });
  });

  it.each(["Where did you buy this dress?", "what camera do you use?", "DM'd you the recipe 😂"])(
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
    expect(COMMENT_MODEL_VERSION).toBe(`comment-spam-v1+${committed.hash}`);
  });
});

describe("training", () => {
  it("cleans YouTube's HTML and deduplicates on lower case and collapsed spaces", () => {
    expect(cleanYouTubeText('Hi &amp; <a href="http://x.y/z">http://x.y/z</a><br />ok&#39;\ufeff')).toBe(
      "Hi & http://x.y/z ok'",
    );
    expect(dedupKey("Check  OUT\nthis")).toBe(dedupKey("check out this"));
  });

  it("re-running the training reproduces the committed weights and model card byte for byte", async () => {
    const { text, card } = await buildCommentModelFiles(datasets);
    expect(text).toBe(readFileSync(path.join(repoRoot, COMMENT_WEIGHTS_PATH), "utf8"));
    expect(card).toBe(readFileSync(path.join(repoRoot, COMMENT_CARD_PATH), "utf8"));
  });
});

function trainingTexts(): string[] {
  return COMMENT_FILES.flatMap((f) =>
    (
      parse(readFileSync(path.join(datasets, "comments", f.file), "utf8"), { columns: true, bom: true }) as {
        CONTENT: string;
      }[]
    ).map((r) => cleanYouTubeText(r.CONTENT)),
  );
}
