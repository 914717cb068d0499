import { describe, expect, it } from "vitest";
import { genericKind, normalizeText } from "../../src/core/comment-rules.js";

describe("genericKind", () => {
  it.each([
    ["🔥🔥🔥", "emoji_only"],
    ["😍 ❤️", "emoji_only"],
    ["!!!", "emoji_only"],
    ["", "emoji_only"],
    ["@friend_one", "mention_only"],
    ["@a.b @c_d 🔥", "mention_only"],
    ["Wow", "stock_praise"],
    ["WOOOW!!", "stock_praise"],
    ["nice pic 🔥", "stock_praise"],
    ["Love it!", "stock_praise"],
    ["@anna love this", "stock_praise"],
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
