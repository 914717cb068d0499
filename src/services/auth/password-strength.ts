// How guessable a new password is, by zxcvbn-ts with its common dictionaries (the most
// used passwords, keyboard layouts, common words): a score from 0 to 4 from the guesses
// an attacker would need. MIN_PASSWORD_SCORE 3 is zxcvbn's "safely unguessable" (about
// 10^8 guesses or more), so "aaaaaaaaaa" and "1234567890", ten characters long, are
// refused with the reason, while a few unrelated words pass. The dictionaries (about
// 1 MB) are loaded on the first check, not when the CLI starts.
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

export const MIN_PASSWORD_SCORE = 3;

/** zxcvbn's warnings in words, as "this password …". */
const WARNINGS: Record<string, string> = {
  straightRow: "is a row of keys on the keyboard",
  keyPattern: "is a pattern of keys on the keyboard",
  simpleRepeat: "repeats one character (like aaaa)",
  extendedRepeat: "repeats a group of characters (like abcabc)",
  sequences: "is a sequence (like 1234 or abcd)",
  recentYears: "is or ends in a recent year",
  dates: "is a date",
  topTen: "is one of the ten most used passwords",
  topHundred: "is one of the hundred most used passwords",
  common: "is a commonly used password",
  similarToCommon: "is a commonly used password with small changes",
  wordByItself: "is a single word",
  namesByThemselves: "is a name",
  commonNames: "is a common name",
  userInputs: "uses your email, name or workspace name",
  pwned: "has appeared in data breaches",
};

let factory: Promise<ZxcvbnFactory> | null = null;

function estimator(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common")]).then(
    ([core, common]) =>
      new core.ZxcvbnFactory({ graphs: common.adjacencyGraphs, dictionary: { ...common.dictionary } }),
  );
  return factory;
}

/**
 * Why a password is too easy to guess, as a sentence for the password field, or null
 * when it is strong enough. `userInputs` (email, names) count as known to an attacker.
 */
export async function passwordWeakness(
  password: string,
  userInputs: readonly string[] = [],
): Promise<string | null> {
  const result = (await estimator()).check(
    password,
    userInputs.filter(Boolean).map((s) => s.toLowerCase()),
  );
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = WARNINGS[result.feedback.warning ?? ""] ?? "is too easy to guess";
  return `this password ${why}; a few unrelated words make a strong one`;
}
