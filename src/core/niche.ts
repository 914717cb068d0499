// What is the creator about? A ranked list of niches from the words of their captions,
// hashtags, bio and business category, matched against one taxonomy file (niches.json,
// five languages) with the words that gave each niche. Keyword matching, not a model:
// every niche can be checked by reading its evidence. See docs/methodology.md, 5d.
import { foldKeywordText, hashtagsOf, proseOf, wordsOf } from "./keyword-text.js";
import taxonomy from "./niches.json" with { type: "json" };
import type { Post } from "./types.js";

export type NicheSource = "caption" | "hashtag" | "bio" | "category";

export interface NicheEvidence {
  /** What the creator wrote, folded: a word, "#hashtag" or the category. */
  term: string;
  /** The taxonomy keyword it matched ("rezept*" is a stem: any ending). */
  keyword: string;
  source: NicheSource;
  /** Times seen (before the per-post and bio caps of the score). */
  count: number;
}

export interface Niche {
  id: string;
  label: string;
  score: number;
  /** score / the summed scores of all listed niches. */
  share: number;
  /** Posts whose caption or hashtags matched. */
  posts: number;
  evidence: NicheEvidence[];
}

export interface NicheResult {
  method: string;
  postsRead: number;
  /** Posts with caption text. */
  captionsRead: number;
  /** The business category and the niches it maps to; known = false when the taxonomy does not list it. */
  category: { name: string; niches: string[]; known: boolean } | null;
  /** Listed niches, highest score first. */
  niches: Niche[];
  notEnoughData: string | null;
}

export interface NicheOptions {
  minCaptions: number;
  minScore: number;
  minPosts: number;
  evidenceLimit: number;
}

export const DEFAULT_NICHE_OPTIONS: NicheOptions = {
  /** Fewer captions than this and the list rests mostly on bio and category: said in notEnoughData. */
  minCaptions: 5,
  /** A niche is listed from this score… */
  minScore: 4,
  /** …and when seen in this many posts, or in the bio or category. */
  minPosts: 2,
  evidenceLimit: 10,
};

/**
 * Points per match. A hashtag is a label the creator chose, a caption word may be in
 * passing; the bio and the business category describe the whole account.
 */
export const NICHE_WEIGHTS = { caption: 1, hashtag: 2, bio: 3, category: 5 } as const;
/** Most points one post, or the bio, gives one niche: thirty hashtags on one post are one post. */
export const NICHE_POST_CAP = 6;
export const NICHE_BIO_CAP = 6;
/** A stem this long may match inside a word or hashtag ("sommerurlaub", "#solotravel"). */
export const INSIDE_MIN_LENGTH = 6;

export const NICHE_METHOD = `niche-keywords-v1+${taxonomy.version}`;

// ---- The taxonomy as a trie of folded terms.

interface Entry {
  /** As written in niches.json. */
  keyword: string;
  stem: boolean;
  /** Niches for a match in words and hashtags alike. */
  wordNiches: Set<number>;
  /** Niches for a match in hashtags only. */
  tagNiches: Set<number>;
  /** Both of the above: a hashtag's niches, filled once the file is read. */
  hashtagNiches: number[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  exact: Entry | null;
  stem: Entry | null;
}

interface RawNiche {
  id: string;
  label: string;
  words: Record<string, string[]>;
  tags: Record<string, string[]>;
  categories: string[];
}

const LANGUAGES = ["en", "de", "fr", "es", "it"] as const;

function newNode(): TrieNode {
  return { next: new Map(), exact: null, stem: null };
}

/** Folded as texts are, without the hyphens and underscores a term may be written with. */
function foldTerm(term: string): string {
  return foldKeywordText(term).replace(/[-_]/g, "");
}

function loadTaxonomy(raw: unknown) {
  const t = raw as { version?: unknown; joiners?: unknown; neutralCategories?: unknown; niches?: unknown };
  const niches = t.niches as RawNiche[];
  const strings = (v: unknown) =>
    Array.isArray(v) && v.every((s) => typeof s === "string" && /^\S+$/.test(s));
  const ok =
    typeof t.version === "string" &&
    strings(t.joiners) &&
    Array.isArray(t.neutralCategories) &&
    Array.isArray(niches) &&
    new Set(niches.map((n) => n.id)).size === niches.length &&
    niches.every(
      (n) =>
        typeof n.id === "string" &&
        typeof n.label === "string" &&
        Array.isArray(n.categories) &&
        LANGUAGES.every((l) => strings(n.words?.[l]) && strings(n.tags?.[l])),
    );
  if (!ok)
    throw new Error(
      "niches.json: expected {version, joiners, neutralCategories, niches[]} with en/de/fr/es/it",
    );

  const root = newNode();
  const entries: Entry[] = [];
  const entryFor = (term: string): Entry => {
    const stem = term.endsWith("*");
    const folded = foldTerm(stem ? term.slice(0, -1) : term);
    let node = root;
    for (let k = 0; k < folded.length; k++) {
      const ch = folded[k] as string;
      let child = node.next.get(ch);
      if (!child) {
        child = newNode();
        node.next.set(ch, child);
      }
      node = child;
    }
    const slot = stem ? "stem" : "exact";
    let entry = node[slot];
    if (!entry) {
      entry = { keyword: term, stem, wordNiches: new Set(), tagNiches: new Set(), hashtagNiches: [] };
      node[slot] = entry;
      entries.push(entry);
    }
    return entry;
  };
  for (const j of t.joiners as string[]) entryFor(j);
  const categories = new Map<string, number[]>();
  for (const c of t.neutralCategories as string[]) categories.set(foldKeywordText(c), []);
  niches.forEach((n, i) => {
    for (const l of LANGUAGES) {
      for (const w of n.words[l] ?? []) entryFor(w).wordNiches.add(i);
      for (const w of n.tags[l] ?? []) entryFor(w).tagNiches.add(i);
    }
    for (const c of n.categories) {
      const key = foldKeywordText(c);
      categories.set(key, [...(categories.get(key) ?? []), i]);
    }
  });
  for (const e of entries) e.hashtagNiches = [...new Set([...e.wordNiches, ...e.tagNiches])];
  return { root, niches: niches.map((n) => ({ id: n.id, label: n.label })), categories };
}

const TAXONOMY = loadTaxonomy(taxonomy);

// ---- Matching one word or hashtag.

interface Match {
  entry: Entry;
  niches: readonly number[];
}

/** Taxonomy entries that start at `from` in `s`, longest first, with where each ends. */
function entriesAt(s: string, from: number): { entry: Entry; end: number }[] {
  const found: { entry: Entry; end: number }[] = [];
  let node: TrieNode | undefined = TAXONOMY.root;
  for (let i = from; i < s.length && node; ) {
    node = node.next.get(s[i] as string);
    i++;
    if (!node) break;
    if (node.stem) found.push({ entry: node.stem, end: i });
    if (node.exact) found.push({ entry: node.exact, end: i });
  }
  return found.reverse();
}

/**
 * Can s[from…] be read as known words to its end? A stem may end the reading anywhere
 * ("pet" + "it" fails: after the joiner "i", "t" is no word; "i" + "love" + "food…" reads).
 */
function segmentable(s: string, from: number, memo: Map<number, boolean>): boolean {
  if (from === s.length) return true;
  const known = memo.get(from);
  if (known !== undefined) return known;
  memo.set(from, false);
  const ok = entriesAt(s, from).some((c) => c.entry.stem || segmentable(s, c.end, memo));
  memo.set(from, ok);
  return ok;
}

/**
 * Reads a folded word or hashtag as a chain of known words, left to right, longest first.
 * A stem matches where a word starts (the token's start or the end of the previous match),
 * or anywhere when it has INSIDE_MIN_LENGTH letters; an exact word or joiner only where a
 * word starts, and must end the token — or, in a hashtag, be followed by known words to
 * its end (#mycat = my + cat; #ilovefood = i + love + food…; #cartoon is not car + toon).
 */
function matchToken(s: string, hashtag: boolean): Match[] {
  const matches: Match[] = [];
  const memo = new Map<number, boolean>();
  let p = 0;
  let atWordStart = true;
  while (p < s.length) {
    let taken: { entry: Entry; end: number } | null = null;
    for (const c of entriesAt(s, p)) {
      // A caption word skips joiners and hashtag-only terms (#fashionista is a tag, "fashionista" a fashion* word).
      if (!hashtag && c.entry.wordNiches.size === 0) continue;
      if (c.entry.stem) {
        if (atWordStart || c.end - p >= INSIDE_MIN_LENGTH) taken = c;
      } else if (atWordStart && (c.end === s.length || (hashtag && segmentable(s, c.end, memo)))) {
        taken = c;
      }
      if (taken) break;
    }
    if (!taken) {
      p++;
      atWordStart = false;
      continue;
    }
    const { entry } = taken;
    const niches = hashtag ? entry.hashtagNiches : [...entry.wordNiches];
    if (niches.length > 0) matches.push({ entry, niches });
    p = taken.end;
    atWordStart = true;
  }
  return matches;
}

// ---- Scoring.

interface Tally {
  score: number;
  posts: number;
  fromProfile: boolean;
  evidence: Map<string, NicheEvidence>;
}

/** The niches of an account's posts, bio and business category, ranked. Pure. */
export function detectNiches(
  input: { posts: readonly Post[]; bio: string | null; category: string | null },
  options: Partial<NicheOptions> = {},
): NicheResult {
  const opts = { ...DEFAULT_NICHE_OPTIONS, ...options };
  const tallies: Tally[] = TAXONOMY.niches.map(() => ({
    score: 0,
    posts: 0,
    fromProfile: false,
    evidence: new Map(),
  }));
  const cache = new Map<string, Match[]>();
  const matchesOf = (token: string, hashtag: boolean) => {
    const key = hashtag ? `#${token}` : token;
    let m = cache.get(key);
    if (!m) {
      m = matchToken(token, hashtag);
      cache.set(key, m);
    }
    return m;
  };

  /**
   * Points of one caption or the bio per niche, before the cap, recording the evidence. Caption
   * words and hashtags score differently; bio words and hashtags alike.
   */
  const readText = (text: string, from: "caption" | "bio") => {
    const points = new Map<number, number>();
    const add = (token: string, term: string, hashtag: boolean) => {
      const source: NicheSource = from === "bio" ? "bio" : hashtag ? "hashtag" : "caption";
      for (const { entry, niches } of matchesOf(token, hashtag)) {
        for (const i of niches) {
          points.set(i, (points.get(i) ?? 0) + NICHE_WEIGHTS[source]);
          const ev = (tallies[i] as Tally).evidence;
          const key = `${source}\u0000${term}\u0000${entry.keyword}`;
          const e = ev.get(key);
          if (e) e.count++;
          else ev.set(key, { term, keyword: entry.keyword, source, count: 1 });
        }
      }
    };
    for (const tag of hashtagsOf(text)) {
      const folded = foldTerm(tag);
      if (folded) add(folded, `#${folded}`, true);
    }
    for (const word of wordsOf(foldKeywordText(proseOf(text)))) {
      if (!word.includes("-")) {
        add(word, word, false);
        continue;
      }
      // "bien-être" reads as bienetre; only when the joined word says nothing, its parts do.
      const joined = word.replaceAll("-", "");
      if (matchesOf(joined, false).length > 0) add(joined, joined, false);
      else for (const part of word.split("-")) add(part, part, false);
    }
    return points;
  };

  let captionsRead = 0;
  for (const post of input.posts) {
    const caption = post.caption?.trim();
    if (!caption) continue;
    captionsRead++;
    for (const [i, pts] of readText(caption, "caption")) {
      const t = tallies[i] as Tally;
      t.score += Math.min(pts, NICHE_POST_CAP);
      t.posts++;
    }
  }

  if (input.bio?.trim()) {
    for (const [i, pts] of readText(input.bio, "bio")) {
      const t = tallies[i] as Tally;
      t.score += Math.min(pts, NICHE_BIO_CAP);
      t.fromProfile = true;
    }
  }

  let category: NicheResult["category"] = null;
  const categoryName = input.category?.trim();
  if (categoryName) {
    const folded = foldKeywordText(categoryName);
    const mapped = TAXONOMY.categories.get(folded);
    category = {
      name: categoryName,
      niches: (mapped ?? []).map((i) => TAXONOMY.niches[i]?.id ?? ""),
      known: mapped !== undefined,
    };
    for (const i of mapped ?? []) {
      const t = tallies[i] as Tally;
      t.score += NICHE_WEIGHTS.category;
      t.fromProfile = true;
      t.evidence.set("category", { term: categoryName, keyword: folded, source: "category", count: 1 });
    }
  }

  const listed = tallies
    .map((t, i) => ({ t, meta: TAXONOMY.niches[i] as { id: string; label: string } }))
    .filter(({ t }) => t.score >= opts.minScore && (t.posts >= opts.minPosts || t.fromProfile));
  const total = listed.reduce((sum, { t }) => sum + t.score, 0);
  const niches = listed
    .map(({ t, meta }) => ({
      id: meta.id,
      label: meta.label,
      score: t.score,
      share: t.score / total,
      posts: t.posts,
      evidence: [...t.evidence.values()].sort(byEvidence).slice(0, opts.evidenceLimit),
    }))
    .sort((a, b) => b.score - a.score || b.posts - a.posts || compare(a.id, b.id));

  return {
    method: NICHE_METHOD,
    postsRead: input.posts.length,
    captionsRead,
    category,
    niches,
    notEnoughData:
      captionsRead < opts.minCaptions
        ? `niches: ${captionsRead} caption(s) with text, need at least ${opts.minCaptions}; the list rests on few posts`
        : null,
  };
}

const SOURCE_ORDER: Record<NicheSource, number> = { category: 0, bio: 1, hashtag: 2, caption: 3 };

/** Most seen first; then category, bio, hashtags, captions; then alphabetically. */
function byEvidence(a: NicheEvidence, b: NicheEvidence): number {
  return (
    b.count - a.count ||
    SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] ||
    compare(a.term, b.term) ||
    compare(a.keyword, b.keyword)
  );
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
