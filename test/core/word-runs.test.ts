// Comment and caption text of any length is read without a stack overflow: the probe's
// comment of 50 MB made normalizeText throw "Maximum call stack size exceeded" (its
// regexes backtrack once per character of a run of emoji or of one letter), and every
// audit of that creator failed until a re-import. The loops that replace the regexes
// must still give what the regexes gave, checked here on Unicode texts.
import { describe, expect, it } from "vitest";
import { callsToActionIn } from "../../src/core/call-to-action.js";
import { classifyText, normalizeText } from "../../src/core/comment-rules.js";
import { spacedWords, squeezeLetterRuns } from "../../src/core/word-runs.js";

// Four times the length at which the regexes overflowed (about 5 million characters).
const LONG = 20_000_000;

describe("text of any length", () => {
  // The shapes that overflowed: one letter repeated (the squeeze), emoji (outside the
  // BMP, the word split), and a mention of letters outside the BMP.
  it.each([
    ["one letter", "a".repeat(LONG), "aa"],
    ["one accented letter", "É".repeat(LONG), "éé"],
    ["emoji", "😀".repeat(LONG / 2), ""],
    ["a mention of mathematical letters", `@${"𝐚".repeat(LONG / 2)} ok`, "ok"],
  ])("normalizeText reads a comment of 20 million characters of %s", (_name, text, norm) => {
    expect(normalizeText(text)).toBe(norm);
  });

  it("classifies a comment of 20 million characters: emoji only, a mention only", () => {
    expect(classifyText("😀".repeat(LONG / 2)).generic).toBe("emoji_only");
    // One account mentioned is a friend tag (not generic); two accounts alone are mention-only.
    expect(classifyText(`@${"𝐚".repeat(LONG / 2)}`)).toMatchObject({ generic: null, friendTag: true });
    expect(classifyText(`@${"𝐚".repeat(LONG / 4)} @${"𝐛".repeat(LONG / 4)}`).generic).toBe("mention_only");
  });

  it("finds a call to action at the end of a caption of 20 million characters of emoji", () => {
    expect(callsToActionIn(`${"😀".repeat(LONG / 2)} link in bio`)).toEqual(["link in bio"]);
  });
});

describe("the loops give what the regexes gave", () => {
  // The definitions, written with the regexes alone, as independent oracles (safe on short texts).
  const byRegex = (text: string) =>
    text
      .toLowerCase()
      .replace(/@[\p{L}\p{N}._]+|[^\p{L}\p{N}@]+|@/gu, " ")
      .replace(/ {2,}/g, " ")
      .trim()
      .replace(/(\p{L})\1\1+/gu, "$1$1");
  const spacedByRegex = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, " ").trim();

  // Letters, digits and marks in and out of the BMP, emoji, separators, @ . _ and a lone surrogate.
  const alphabet = [..."aAéÉßİ٣5 @._!-😀👍🏽𝐚𝟏ǅ\t\n\u0301"].concat("\ud800", "🇫🇷");
  let seed = 11;
  const rand = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const cases = ["Où est-ce ?? Çaaa alors", "@𝐚𝐛 hi", "x@y.z", "ŁÓDŹ!!!", "aaa😀😀😀𝐚𝐚𝐚", "١٢٣ 123"];
  for (let i = 0; i < 5000; i++)
    cases.push(
      Array.from(
        { length: Math.floor(rand() * 24) },
        () => alphabet[Math.floor(rand() * alphabet.length)],
      ).join(""),
    );

  it("normalizeText on 5,000 random Unicode texts", () => {
    for (const text of cases) expect(normalizeText(text), JSON.stringify(text)).toBe(byRegex(text));
  });

  it("spacedWords (mentions kept) and squeezeLetterRuns", () => {
    for (const text of cases) {
      expect(spacedWords(text), JSON.stringify(text)).toBe(spacedByRegex(text));
      expect(squeezeLetterRuns(text), JSON.stringify(text)).toBe(text.replace(/(\p{L})\1\1+/gu, "$1$1"));
    }
  });
});
