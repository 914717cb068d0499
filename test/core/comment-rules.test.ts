import { describe, expect, it } from "vitest";
import { classifyText, duplicateKey, genericKind, normalizeText } from "../../src/core/comment-rules.js";

describe("genericKind", () => {
  it.each([
    ["🔥🔥🔥", "emoji_only"],
    ["😍 ❤️", "emoji_only"],
    ["!!!", "emoji_only"],
    ["", "emoji_only"],
    ["@friend_one @friend_two", "mention_only"],
    ["@a.b @c_d 🔥", "mention_only"],
    ["Wow", "stock_praise"],
    ["WOOOW!!", "stock_praise"],
    ["nice pic 🔥", "stock_praise"],
    ["Love it!", "stock_praise"],
    ["Coooool", "stock_praise"],
    ["Looks goooood", "stock_praise"],
    ["woow", "stock_praise"],
    ["Keeep it up 💪", "stock_praise"],
    ["sooo goood", "stock_praise"],
    ["Prettyyy", "stock_praise"],
  ])("%j is generic (%s)", (text, kind) => {
    expect(genericKind(text)).toBe(kind);
  });

  it.each([
    "Those croissants look perfect, what flour do you use?",
    "same here",
    "Wow, what lens did you use?",
    "nice pic, where is this?",
    "@anna this is the place I told you about",
    "Soooo good, what temperature did you bake it at?",
  ])("%j is not generic: it says something", (text) => {
    expect(genericKind(text)).toBeNull();
  });

  // A friend tag: one account mentioned, or mentions with words of the commenter's own.
  it.each([
    ["@name look at this!", "mentions with words"],
    ["@anna love this", "mentions with stock words: a friend asked to look"],
    ["@bob @carl we have to go here", "two accounts with words"],
    ["@friend_one", "one account"],
    ["@friend_one 🔥😍", "one account with emoji"],
    ["@Friend_One @friend_one", "one account twice"],
  ])("%j is a friend tag, not generic (%s)", (text) => {
    expect(classifyText(text)).toMatchObject({ generic: null, friendTag: true });
  });

  it("tells a friend tag from mentions of several accounts alone and from text without a mention", () => {
    expect(classifyText("@a @b @c")).toMatchObject({ generic: "mention_only", friendTag: false });
    expect(classifyText("love this")).toMatchObject({ generic: "stock_praise", friendTag: false });
    // A lone "@" mentions no one.
    expect(classifyText("@ 🔥")).toMatchObject({ generic: "emoji_only", friendTag: false });
  });

  it("keeps bare and stock-worded friend tags out of duplicate texts, not those with words of their own", () => {
    expect(duplicateKey(classifyText("@ann 🔥"))).toBe("");
    expect(duplicateKey(classifyText("@bob love this"))).toBe("");
    expect(duplicateKey(classifyText("@bob look at this"))).toBe("look at this");
    expect(duplicateKey(classifyText("🔥🔥"))).toBe("");
    expect(duplicateKey(classifyText("Great recipe!"))).toBe("great recipe");
  });
});

describe("normalizeText", () => {
  it("lowercases, drops mentions, emoji and punctuation, squeezes long letter runs to two", () => {
    expect(normalizeText("  Sooo GOOD!!! 🔥 @pal  ")).toBe("soo good");
    expect(normalizeText("Où est-ce ?? Çaaa alors")).toBe("où est ce çaa alors");
    // Digits are not squeezed: 1000 is not 100.
    expect(normalizeText("1000 likes")).toBe("1000 likes");
    // Two equal letters stay: "cool" is not "col".
    expect(normalizeText("Cool")).toBe("cool");
  });

  it("gives the same result on ASCII texts (its fast loop) as the Unicode regexes", () => {
    // The definition, written with the regexes alone, as an independent oracle.
    const byRegex = (text: string) => {
      let s = text.toLowerCase().replace(/@[\p{L}\p{N}._]+|[^\p{L}\p{N}@]+|@/gu, " ");
      s = s.replace(/ {2,}/g, " ").trim();
      return s.replace(/(\p{L})\1\1+/gu, "$1$1");
    };
    const cases = [
      "Hi @Anna.B_1! Love it",
      "a@b.com rocks",
      "@ lone",
      "@@x",
      "WOOOW!!",
      "x..y__z",
      "  ",
      "",
      "A1b2C3",
    ];
    // And 5,000 random texts over letters, digits, spaces, @, . and _ and punctuation.
    const alphabet = "aAbBzZ09 @._!?-#\t\n";
    let seed = 7;
    const rand = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 5000; i++)
      cases.push(
        Array.from(
          { length: Math.floor(rand() * 20) },
          () => alphabet[Math.floor(rand() * alphabet.length)],
        ).join(""),
      );
    for (const text of cases) expect(normalizeText(text), JSON.stringify(text)).toBe(byRegex(text));
  });
});
