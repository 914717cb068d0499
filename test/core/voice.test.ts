// Voice by hand: an invented Italian food creator who also writes in English, her audience
// and her replies; every expected value is counted from the fixture in the comment beside it
// (src/core/voice.ts, docs/methodology.md 5e).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { callsToActionIn } from "../../src/core/call-to-action.js";
import { emojiIn } from "../../src/core/emoji.js";
import { evenSample, strideFor } from "../../src/core/even-sample.js";
import { LANGUAGE_DETECTOR, languageOf } from "../../src/core/language-mix.js";
import type { Comment, Post } from "../../src/core/types.js";
import { computeVoice } from "../../src/core/voice.js";

const MINUTE = 60_000;
const T0 = Date.parse("2026-05-04T08:00:00Z");
const CREATOR = "cucina_di_marta";
const isCreator = (c: Comment) => c.authorUsername === CREATOR;

function post(id: string, daysAgo: number, caption: string | null): Post {
  return {
    platformPostId: id,
    shortcode: null,
    takenAt: T0 - daysAgo * 1440 * MINUTE,
    kind: "image",
    caption,
    likes: 120,
    comments: 8,
    views: null,
    isAd: false,
    sponsors: null,
    location: null,
  };
}

function comment(
  id: string,
  postId: string,
  author: string,
  text: string,
  minutes: number,
  parentId: string | null = null,
): Comment {
  return {
    platformCommentId: id,
    platformPostId: postId,
    parentId,
    authorId: null,
    authorUsername: author,
    text,
    createdAt: T0 + minutes * MINUTE,
    likes: null,
  };
}

// Caption lengths in code points (an emoji is one; ❤️ is two: the heart and U+FE0F).
const POSTS: Post[] = [
  // 59: "Pasta al limone " 16 + 🍋🍋 2 + " Ricetta nel link in bio!" 25 + " #pasta #ricette" 16
  post("p1", 1, "Pasta al limone 🍋🍋 Ricetta nel link in bio! #pasta #ricette"),
  // 76: 29 + " 🥞" 2 + " Tag a friend you would bring!" 30 + " #brunch #Pasta" 15
  post("p2", 2, "Who else loves Sunday brunch? 🥞 Tag a friend you would bring! #brunch #Pasta"),
  // 74: "Nuova ricetta ogni venerdì." 27 + " Cosa volete vedere?" 20 + " Fatemi sapere nei commenti" 27
  post("p3", 3, "Nuova ricetta ogni venerdì. Cosa volete vedere? Fatemi sapere nei commenti"),
  // 8: "Ciao! " 6 + ❤️ 2
  post("p4", 4, "Ciao! ❤️"),
  // No caption text: not read.
  post("p5", 5, ""),
  post("p6", 6, null),
  // 78: 45 + " 48 ore di lievitazione" 23 + " 🍕❤" 3 + " #pizza" 7
  post("p7", 7, "Il segreto per una pizza perfetta è il tempo: 48 ore di lievitazione 🍕❤ #pizza"),
];

const COMMENTS: Comment[] = [
  // Listed out of time order on purpose: the result must not depend on it.
  comment("r4", "p3", CREATOR, "Certo! Quale piatto vorresti?", 400, "c9"),
  comment("c1", "p1", "lucia.r", "Che buona questa pasta, la provo stasera!", 10),
  comment("c2", "p1", "tom_cooks", "Looks delicious, saving this for later", 20),
  comment("c3", "p1", "fan_1", "😍😍😍", 30),
  // 16 letters, but 9 once the @mention is left out: too short to judge.
  comment("c4", "p1", "fan_2", "@giulia_b guarda qui", 40),
  comment("r1", "p1", CREATOR, "@lucia.r grazie! Poi mi dici com’è venuta?", 100, "c1"),
  comment("r2", "p1", CREATOR, "Thank you Tom! 🙏", 200, "c2"),
  comment("c5", "p2", "mia_hh", "Sieht super lecker aus, danke für das Rezept", 15),
  comment("c6", "p2", "jen.k", "Where did you get that pan?", 25),
  comment("c7", "p2", "fan_3", "wow", 35),
  comment("r3", "p2", CREATOR, "@jen.k it is from a small shop in Bologna", 300, "c6"),
  comment("c8", "p3", "fan_4", "Fammi vedere il tiramisù la prossima volta", 12),
  comment("c9", "p3", "vegan_vale", "Puoi fare una ricetta vegana?", 22),
  // The creator's own top-level comment: neither a reply nor the audience.
  comment("k1", "p3", CREATOR, "Buon appetito a tutti!", 5),
  comment("c10", "p7", "fan_5", "Quanto tempo deve lievitare l'impasto?", 18),
  comment("c11", "p7", "fan_6", "I need to try this pizza dough recipe", 28),
  // Answers a comment that is not among those read.
  comment("r5", "p7", CREATOR, "Grazie a tutti ❤️", 500, "c404"),
];

// Five captions and eight judged comments: the defaults (5 and 20 determined texts) are
// lowered so that this small fixture shows shares.
const OPTIONS = { minCaptionLanguages: 3, minAudienceLanguages: 5 };

describe("computeVoice: captions", () => {
  const v = computeVoice(POSTS, COMMENTS, isCreator, OPTIONS).captions;

  it("reads the five posts with caption text", () => {
    expect(v.read).toBe(5); // p1, p2, p3, p4, p7; p5 is empty, p6 null
    expect(v.medianLength).toBe(74); // lengths 8, 59, 74, 76, 78
  });

  it("counts questions and calls to action", () => {
    expect(v.questionShare).toBe(2 / 5); // p2 and p3 ask
    // p1 "link in bio", p2 "tag a friend", p3 "fatemi sapere" + "nei commenti"; p4 and p7 none.
    expect(v.callToActionShare).toBe(3 / 5);
    expect(v.callsToAction).toEqual([
      { phrase: "fatemi sapere", captions: 1 },
      { phrase: "link in bio", captions: 1 },
      { phrase: "nei commenti", captions: 1 },
      { phrase: "tag a friend", captions: 1 },
    ]);
  });

  it("counts emoji, ❤️ and ❤ as one", () => {
    expect(v.emojiShare).toBe(4 / 5); // all but p3
    expect(v.emojiPerCaption).toBe(6 / 5); // 🍋🍋, 🥞, ❤️, 🍕❤
    // Ties in code-unit order: ❤ (U+2764) before 🍋 (U+1F34B); 🍕 before 🥞.
    expect(v.topEmoji).toEqual([
      { emoji: "❤", count: 2 },
      { emoji: "🍋", count: 2 },
      { emoji: "🍕", count: 1 },
      { emoji: "🥞", count: 1 },
    ]);
  });

  it("counts hashtags by the posts that use them, case folded", () => {
    expect(v.hashtagsPerCaption).toBe(5 / 5); // #pasta #ricette, #brunch #Pasta, #pizza
    expect(v.topHashtags).toEqual([
      { tag: "pasta", posts: 2 },
      { tag: "brunch", posts: 1 },
      { tag: "pizza", posts: 1 },
      { tag: "ricette", posts: 1 },
    ]);
  });

  it("tells the caption languages, skipping a caption too short to judge", () => {
    // p1, p3, p7 Italian; p2 English; "Ciao!" has 4 letters, under 10.
    expect(v.languages).toEqual({
      texts: 5,
      undetermined: 1,
      languages: [
        { code: "it", name: "Italian", texts: 3, share: 0.75 },
        { code: "en", name: "English", texts: 1, share: 0.25 },
      ],
    });
  });
});

describe("computeVoice: the audience's languages", () => {
  const v = computeVoice(POSTS, COMMENTS, isCreator, OPTIONS).audience;

  it("reads the comments of other accounts with at least 10 letters", () => {
    // 11 comments by others (c1–c11); c3 (emoji), c4 (9 letters without the mention) and c7
    // ("wow") are too short, so 8 are sampled: Italian c1 c8 c9 c10, English c2 c6 c11, German c5.
    expect(v).toEqual({
      commentsByOthers: 11,
      sampleSize: 8,
      undetermined: 0,
      languages: [
        { code: "it", name: "Italian", texts: 4, share: 0.5 },
        { code: "en", name: "English", texts: 3, share: 0.375 },
        { code: "de", name: "German", texts: 1, share: 0.125 },
      ],
    });
  });

  it("is the same whatever order the comments come in", () => {
    const reversed = computeVoice(POSTS, [...COMMENTS].reverse(), isCreator, OPTIONS);
    expect(reversed).toEqual(computeVoice(POSTS, COMMENTS, isCreator, OPTIONS));
  });
});

describe("computeVoice: the creator's replies", () => {
  const v = computeVoice(POSTS, COMMENTS, isCreator, OPTIONS).replies;

  it("counts replies, their length, questions back and mentions", () => {
    expect(v.count).toBe(5); // r1–r5; k1 is top level
    expect(v.medianLength).toBe(29); // 16 (r2), 17 (r5), 29 (r4), 41 (r3), 42 (r1)
    expect(v.questionShare).toBe(2 / 5); // r1 and r4 end with "?"
    // r5 answers a comment not read, so 4 replies have a known commenter; r1 and r3 @mention them.
    expect(v.withKnownCommenter).toBe(4);
    expect(v.mentionShare).toBe(2 / 4);
  });

  it("gives example replies with the comment each answers, oldest first", () => {
    expect(v.examples.map((e) => e.id)).toEqual(["r1", "r2", "r3", "r4", "r5"]);
    expect(v.examples[0]).toEqual({
      id: "r1",
      postId: "p1",
      text: "@lucia.r grazie! Poi mi dici com’è venuta?",
      createdAt: "2026-05-04T09:40:00.000Z", // T0 + 100 minutes
      answers: { id: "c1", author: "lucia.r", text: "Che buona questa pasta, la provo stasera!" },
    });
    expect(v.examples[4]?.answers).toBeNull();
  });

  it("spreads fewer examples over the replies' time span", () => {
    // Two of five: indices floor(0.5 × 5/2) = 1 and floor(1.5 × 5/2) = 3.
    const two = computeVoice(POSTS, COMMENTS, isCreator, { ...OPTIONS, exampleLimit: 2 }).replies;
    expect(two.examples.map((e) => e.id)).toEqual(["r2", "r4"]);
  });
});

describe("computeVoice: not enough data", () => {
  it("says what is missing and leaves the figures unknown", () => {
    const v = computeVoice([post("p1", 1, "Ciao")], [], isCreator);
    expect(v.notEnoughData).toEqual([
      "voice: 1 caption(s) with text, need at least 5",
      "caption languages: 0 caption(s) in a language that could be told, need at least 5",
      "audience languages: 0 comment(s) by others in a language that could be told, need at least 20",
      "creator replies: 0 repl(ies) by the creator, need at least 5",
    ]);
    expect(v.captions).toMatchObject({
      read: 1,
      medianLength: null,
      questionShare: null,
      callToActionShare: null,
      emojiShare: null,
      emojiPerCaption: null,
      hashtagsPerCaption: null,
    });
    expect(v.captions.languages).toEqual({ texts: 1, undetermined: 1, languages: null });
    expect(v.audience).toEqual({ commentsByOthers: 0, sampleSize: 0, undetermined: 0, languages: null });
    expect(v.replies).toEqual({
      count: 0,
      medianLength: null,
      questionShare: null,
      mentionShare: null,
      withKnownCommenter: 0,
      examples: [],
    });
  });

  it("has no message when the fixture has enough at the defaults but the languages", () => {
    const v = computeVoice(POSTS, COMMENTS, isCreator);
    // 4 captions and 8 comments were judged: under the default 5 and 20.
    expect(v.notEnoughData).toEqual([
      "caption languages: 4 caption(s) in a language that could be told, need at least 5",
      "audience languages: 8 comment(s) by others in a language that could be told, need at least 20",
    ]);
  });
});

describe("the deterministic sample", () => {
  it("steps through a group by about 0.618 of its length, coprime with it", () => {
    expect(strideFor(10)).toBe(7); // round(6.18) = 6 shares 2 with 10; 7 does not
    expect(strideFor(3)).toBe(2);
    expect(strideFor(2)).toBe(1);
  });

  it("lets the groups take turns, skipping what is not accepted", () => {
    const a = Array.from({ length: 10 }, (_, i) => `a${i}`);
    const b = ["b0", "b1", "b2"];
    // a is walked 0 7 4 1 8 5 2 9 6 3, b is walked 0 2 1.
    expect(evenSample([a, b], 6, () => true)).toEqual(["a0", "b0", "a7", "b2", "a4", "b1"]);
    // With the odd items of a refused: a0 b0, (a7) a4 b2, (a1) a8 b1, (a5) a2, (a9) a6, (a3).
    const even = (s: string) => !s.startsWith("a") || Number(s.slice(1)) % 2 === 0;
    expect(evenSample([a, b], 100, even)).toEqual(["a0", "b0", "a4", "b2", "a8", "b1", "a2", "a6"]);
  });

  it("takes what a small group has and fills the rest from the others", () => {
    const groups = [100, 100, 5].map((n, g) => Array.from({ length: n }, (_, i) => `${g}:${i}`));
    const sample = evenSample(groups, 60, () => true);
    const from = (g: number) => sample.filter((s) => s.startsWith(`${g}:`)).length;
    // Five full turns take 15; then groups 0 and 1 alternate, group 0 first: 23 and 22 more.
    expect([from(0), from(1), from(2)]).toEqual([28, 27, 5]);
  });
});

describe("helpers", () => {
  it("counts emoji as a reader sees them", () => {
    expect(emojiIn("👩‍👩‍👧 👋🏽 🇮🇹 ❤️ ❤ © 2026 ™ ok")).toEqual(["👩‍👩‍👧", "👋🏽", "🇮🇹", "❤", "❤"]);
    expect(emojiIn("no emoji here")).toEqual([]);
  });

  it("finds calls to action in five languages, on word edges", () => {
    expect(callsToActionIn("Link in der Bio 👆")).toEqual(["link in der bio"]);
    expect(callsToActionIn("Code promo : LUCIE10")).toEqual(["code promo"]);
    expect(callsToActionIn("¡Déjame tu opinión en los comentarios!")).toEqual([
      "en los comentarios",
      "dejame",
    ]);
    expect(callsToActionIn("#linkinbio")).toEqual(["linkinbio"]);
    // "salvare" is not "salva questo"; "Guarda che bello" (Italian "look") is not Spanish "save".
    expect(callsToActionIn("Guarda che bello, da salvare")).toEqual([]);
  });

  it("judges a language only with 10 letters outside mentions, hashtags and links", () => {
    expect(languageOf("Das sieht richtig lecker aus", 10)).toBe("de");
    expect(languageOf("so lecker", 10)).toBeNull();
    expect(languageOf("@ein_langer_name #nochmehrbuchstaben https://example.com/lang", 10)).toBeNull();
  });

  it("names the eld version it runs", () => {
    const pkg = JSON.parse(readFileSync("node_modules/eld/package.json", "utf8")) as { version: string };
    expect(LANGUAGE_DETECTOR).toBe(`eld-${pkg.version}-extrasmall`);
  });
});

describe("computeVoice on a large account", () => {
  // Its speed is measured by `npm run bench` (the audit with the trust score), not here.
  it("reads 100,000 comments on 50 posts through a sample of 1,000", () => {
    const texts = [
      "Love this recipe, can't wait to try it!",
      "Das sieht mega lecker aus",
      "🔥🔥🔥",
      "@anna look",
      "Che bello questo posto, voglio andarci",
      "¿Dónde compraste esa chaqueta?",
      "wow",
      "Trop beau, merci pour le partage !",
    ];
    const posts = Array.from({ length: 50 }, (_, i) => post(`p${i}`, i, `Post ${i} 🍝 #food link in bio`));
    const comments: Comment[] = [];
    for (let i = 0; i < 100_000; i++) {
      // Scrambled times and a text type per post, so some posts have only short comments.
      const replyTo = i % 37 === 0 && i >= 50 ? `c${i - 50}` : null;
      const author = replyTo ? CREATOR : `fan${i % 997}`;
      comments.push(
        comment(
          `c${i}`,
          `p${i % 50}`,
          author,
          `${texts[i % texts.length]} ${i}`,
          (i * 7919) % 100_000,
          replyTo,
        ),
      );
    }
    const v = computeVoice(posts, comments, isCreator);
    expect(v.audience.sampleSize).toBe(1000);
    // The same input gives the same sample: no randomness.
    expect(computeVoice(posts, comments, isCreator).audience).toEqual(v.audience);
  });
});
