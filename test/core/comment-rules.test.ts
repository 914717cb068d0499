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
});
