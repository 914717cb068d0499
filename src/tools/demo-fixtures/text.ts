// The words the demo creators' audiences are made of: first names and initials for
// handles and full names, and the text helpers that fill comment templates.

/** Fills "{slot}" placeholders; a slot without a value stays as written. */
export const fill = (template: string, slots: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(slots[k] ?? `{${k}}`));

export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The same normalization the audit uses to spot one text on several posts. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/@[\p{L}\p{N}._]+/gu, " ")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/(\p{L})\1{2,}/gu, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

export const FIRST = [
  "mara",
  "tomek",
  "ines",
  "jonah",
  "priya",
  "lukas",
  "elif",
  "ren",
  "sofia",
  "dario",
  "nell",
  "kofi",
  "ana",
  "bastian",
  "yuki",
  "leila",
  "oren",
  "maja",
  "teo",
  "hana",
  "felix",
  "noor",
  "iris",
  "milo",
  "zara",
  "emeka",
  "linnea",
  "pablo",
  "sana",
  "jules",
  "ada",
  "ravi",
  "greta",
  "tariq",
  "cleo",
  "anouk",
  "kai",
  "lotte",
  "matteo",
  "aylin",
  "finn",
  "rosa",
  "idris",
  "vera",
  "sami",
  "elin",
  "hugo",
  "nadia",
  "joaquin",
  "freya",
  "bea",
  "caspar",
  "dilan",
  "eskil",
  "fenna",
  "gio",
  "halle",
  "ilka",
  "jarno",
  "kira",
];
export const LAST_INITIAL = [..."abcdefghjklmnoprstvwz"];
