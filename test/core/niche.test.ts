// Niches by hand: five invented creators, each score added up from the weights in
// src/core/niche.ts (caption word 1, hashtag 2, bio 3, category 5; at most 6 per post and
// 6 from the bio per niche) and docs/methodology.md, 5d.
import { describe, expect, it } from "vitest";
import { detectNiches, type NicheResult } from "../../src/core/niche.js";
import taxonomy from "../../src/core/niches.json" with { type: "json" };
import type { Post } from "../../src/core/types.js";

const T0 = Date.parse("2026-03-01T09:00:00Z");

function posts(...captions: (string | null)[]): Post[] {
  return captions.map((caption, i) => ({
    platformPostId: `p${i + 1}`,
    shortcode: null,
    takenAt: T0 - i * 86_400_000,
    kind: "image",
    caption,
    likes: 100,
    comments: 10,
    views: null,
    isAd: false,
    sponsors: null,
    location: null,
  }));
}

const byId = (r: NicheResult) => Object.fromEntries(r.niches.map((n) => [n.id, n]));
const terms = (r: NicheResult, id: string) => byId(r)[id]?.evidence.map((e) => `${e.source}:${e.term}`);

describe("detectNiches: a German fitness creator", () => {
  const r = detectNiches({
    posts: posts(
      // fitness: fitnessstudio (word, 1) + #krafttraining (2) + #gymlife (2) = 5
      "Heute Beintag im Fitnessstudio 💪 #krafttraining #gymlife",
      // fitness: trainingsplan + ganzkorper + cardio (3 words) + #workout (2) = 5
      "Mein Trainingsplan für die Woche: 3x Ganzkörper, 2x Cardio. Wer macht mit? #workout",
      // fitness: protein-pancakes (read whole: protein*, 1) + training (1) + #fitfood = fit + food (2) = 4
      // food: rezept (1) + #fitfood's food (2) = 3
      "Protein-Pancakes nach dem Training 🥞 Rezept in der Bio! #fitfood",
      // pets: hund (1)
      "Sonntag = Ruhetag. Spaziergang mit dem Hund statt Hanteln 🐶",
      // fitness: workout (1) + #fitnessmotivation (2) + #abnehmen (2) = 5
      "Neue Challenge: 30 Tage Workout zu Hause! Schreibt mir in den Kommentaren 👇 #fitnessmotivation #abnehmen",
    ),
    // bio (3 each): krafttraining → fitness, gesunde → wellness, rezepte → food
    bio: "Personal Trainerin aus Köln 🏋️‍♀️ Krafttraining & gesunde Rezepte",
    category: "Fitness trainer",
  });

  it("ranks fitness first with its score worked out by hand", () => {
    // fitness: posts 5 + 5 + 4 + 5 = 19, bio 3, category 5 → 27 over 4 posts.
    // food: post 3 + bio 3 = 6, one post but also in the bio → listed.
    // wellness (bio only, 3) is under the minimum score 4; pets (1) too.
    expect(r.niches.map((n) => [n.id, n.score, n.posts])).toEqual([
      ["fitness", 27, 4],
      ["food", 6, 1],
    ]);
    expect(r.niches[0]?.share).toBeCloseTo(27 / 33, 10);
    expect(r.niches[1]?.share).toBeCloseTo(6 / 33, 10);
    expect(r.captionsRead).toBe(5);
    expect(r.notEnoughData).toBeNull();
  });

  it("lists the words that gave the niche: category, bio, hashtags, then captions", () => {
    // Every word was seen once, so the order is by source, then alphabetical; ten at most.
    expect(terms(r, "fitness")).toEqual([
      "category:Fitness trainer",
      "bio:krafttraining",
      "hashtag:#abnehmen",
      "hashtag:#fitfood",
      "hashtag:#fitnessmotivation",
      "hashtag:#gymlife",
      "hashtag:#krafttraining",
      "hashtag:#workout",
      "caption:cardio",
      "caption:fitnessstudio",
    ]);
    const food = byId(r).food?.evidence;
    expect(food).toContainEqual({ term: "rezept", keyword: "rezept*", source: "caption", count: 1 });
    expect(food).toContainEqual({ term: "rezepte", keyword: "rezept*", source: "bio", count: 1 });
    expect(food).toContainEqual({ term: "#fitfood", keyword: "food*", source: "hashtag", count: 1 });
  });

  it("maps the business category", () => {
    expect(r.category).toEqual({ name: "Fitness trainer", niches: ["fitness"], known: true });
  });
});

describe("detectNiches: an Italian food creator", () => {
  const r = detectNiches({
    posts: posts(
      // ricetta + forno (2) + #ricettefacili (2) + #cucinaitaliana (2) = 6 (the cap)
      "La mia ricetta della nonna: lasagne al forno 🍝 #ricettefacili #cucinaitaliana",
      // colazione (1) + #colazione (2) = 3; "sana" gives wellness 1
      "Colazione veloce e sana: pancake allo yogurt. Salvalo per dopo! #colazione",
      // pranzo (1)
      "Pranzo in terrazza con vista sul mare ☀️ Voi cosa mangiate oggi?",
      // buonissimo + ricetta (2), accents folded: Tiramisù, più
      "Tiramisù senza uova, più leggero ma buonissimo! Ricetta completa nel link in bio 👆",
      // #pizza (2)
      "Weekend a Napoli con gli amici 🍕 #pizza #napoli",
    ),
    // ricette (3)
    bio: "Cucino per passione 🇮🇹 Ricette semplici ogni giorno",
    category: "Digital creator",
  });

  it("finds food in every post", () => {
    // 6 + 3 + 1 + 2 + 2 = 14 from posts, + 3 from the bio = 17; food is the only niche listed.
    expect(r.niches.map((n) => [n.id, n.score, n.posts, n.share])).toEqual([["food", 17, 5, 1]]);
  });

  it("counts a stem's every form and reads hashtags as words", () => {
    const food = byId(r).food?.evidence ?? [];
    // "ricetta" in posts 1 and 4: one evidence line seen twice, first by count.
    expect(food[0]).toEqual({ term: "ricetta", keyword: "ricett*", source: "caption", count: 2 });
    expect(food).toContainEqual({ term: "#ricettefacili", keyword: "ricett*", source: "hashtag", count: 1 });
    expect(food).toContainEqual({
      term: "#cucinaitaliana",
      keyword: "cucinaitaliana",
      source: "hashtag",
      count: 1,
    });
  });

  it("knows that 'Digital creator' says nothing about a niche", () => {
    expect(r.category).toEqual({ name: "Digital creator", niches: [], known: true });
  });
});

describe("detectNiches: a French travel creator", () => {
  const r = detectNiches({
    posts: posts(
      // travel: voyage (1) + #voyage (2) + #travelgram (2) = 5
      "Voyage à Lisbonne : trois jours de découvertes ✈️ #voyage #travelgram",
      // travel: plages (1) + #vacances (2) = 3; outdoors: montagne (1)
      "Les plus belles plages de Bretagne 🌊 Vous préférez la mer ou la montagne ? #vacances",
      // outdoors: randonnée → randonnee (1) + #randonnee (2) + #montagne (2) = 5
      "Randonnée au lever du soleil, ça valait le réveil à 5h 🏔️ #randonnee #montagne",
      // travel: trip (1) + #roadtrip (2) = 3
      "Mon itinéraire complet pour un road trip en Écosse est sur le blog, lien en bio ! #roadtrip #ecosse",
      // nothing
      "Bonne année ! Où voulez-vous que je parte en 2026 ? Dites-moi en commentaire 👇",
      // travel: Hôtel → hotel (1)
      "Hôtel de charme à Annecy 🏨 #weekend",
    ),
    // voyage → travel (3), montagnes → outdoors (3)
    bio: "Blogueuse voyage ✈️ | Europe & montagnes",
    category: null,
  });

  it("ranks travel over outdoors", () => {
    // travel: 5 + 3 + 3 + 1 = 12 over 4 posts, + bio 3 = 15.
    // outdoors: 1 + 5 = 6 over 2 posts, + bio 3 = 9. Shares 15/24 and 9/24.
    expect(r.niches.map((n) => [n.id, n.score, n.posts, n.share])).toEqual([
      ["travel", 15, 4, 15 / 24],
      ["outdoors", 9, 2, 9 / 24],
    ]);
    expect(r.category).toBeNull();
  });

  it("folds accents: Randonnée and Hôtel match randonnee* and hotel*", () => {
    expect(terms(r, "outdoors")).toContain("caption:randonnee");
    expect(terms(r, "travel")).toContain("caption:hotel");
  });
});

describe("detectNiches: a Spanish beauty creator", () => {
  const r = detectNiches({
    posts: posts(
      // skincare (1) + #skincare (2) + #cuidadodelapiel (2) = 5
      "Mi rutina de skincare de noche 🌙 #skincare #cuidadodelapiel",
      // maquillaje (1) + #maquillaje (2) = 3
      "Maquillaje natural para el día a día ✨ ¿Qué base usáis vosotras? #maquillaje",
      // sérum → serum (1)
      "Probando el nuevo sérum de vitamina C 🍊 Os cuento en una semana",
      // #manicura (2) + #nailart (2) = 4; "Uñas" folds to "unas" ("some"), deliberately not a keyword
      "Uñas para la boda de mi hermana 💅 #manicura #nailart",
      // maquillaje (1) + #grwm (2) = 3
      "Café y maquillaje rápido antes del trabajo ☕ #grwm",
    ),
    // belleza (3) + piel (3) = 6, the bio cap
    bio: "Maquilladora profesional 💄 Belleza y cuidado de la piel",
    category: "Health/beauty",
  });

  it("maps Health/beauty to beauty and wellness", () => {
    // beauty: 5 + 3 + 1 + 4 + 3 = 16, bio 6, category 5 → 27.
    // wellness: the category alone, 5 → listed (at least 4, and from the profile).
    expect(r.niches.map((n) => [n.id, n.score, n.posts])).toEqual([
      ["beauty", 27, 5],
      ["wellness", 5, 0],
    ]);
    expect(r.category).toEqual({ name: "Health/beauty", niches: ["wellness", "beauty"], known: true });
    expect(byId(r).wellness?.evidence).toEqual([
      { term: "Health/beauty", keyword: "health/beauty", source: "category", count: 1 },
    ]);
  });
});

describe("detectNiches: an English creator of several interests", () => {
  const r = detectNiches({
    posts: posts(
      // home: cleaning + kitchen (2) + #cleaningmotivation (2) = 4; food: #mealprep (2)
      "Sunday reset: cleaning the kitchen and meal prep for the week #mealprep #cleaningmotivation",
      // books: book + reading (2) + #bookstagram (2) = 4
      "New book haul! What are you reading this month? 📚 #bookstagram",
      // pets: dog (1) + #dogsofinstagram (2) = 3
      "Morning walk with the dog before work 🐕 #dogsofinstagram",
      // food: recipe (1) + #homecooking (cooking* inside, 2) + #ilovefood (i + love + food, 2) = 5
      "Tried a new recipe tonight, turned out better than expected #homecooking #ilovefood",
      // outdoors: hike (1) + #hiking (2) + #outdoors (2) = 5
      "Weekend hike to the lake, my legs hate me now 😅 #hiking #outdoors",
      // books: book (1) + #bookworm (2) = 3
      "Another Sunday, another book and a coffee ☕ #bookworm #sundayreads",
    ),
    // books, dogs, cooking: 3 each to books, pets, food
    bio: "Books, dogs and home cooking in Leeds 🏡",
    category: "Personal blog",
  });

  it("lists niches seen in two posts or in the bio, ties by id", () => {
    // books 4 + 3 + 3 = 10 (2 posts); food 2 + 5 + 3 = 10 (2 posts): tied, so by id.
    // pets 3 + 3 = 6 (one post, and the bio). home 4 and outdoors 5 come from one post each
    // and not from the bio: not listed.
    expect(r.niches.map((n) => [n.id, n.score, n.posts])).toEqual([
      ["books", 10, 2],
      ["food", 10, 2],
      ["pets", 6, 1],
    ]);
    expect(r.niches.map((n) => n.share)).toEqual([10 / 26, 10 / 26, 6 / 26]);
    expect(r.category).toEqual({ name: "Personal blog", niches: [], known: true });
  });
});

describe("detectNiches: reading words and hashtags", () => {
  /** Evidence of one caption, every match listed (no minimum). */
  const read = (caption: string) => {
    const r = detectNiches(
      { posts: posts(caption), bio: null, category: null },
      { minScore: 0, minPosts: 1 },
    );
    return r.niches.flatMap((n) => n.evidence.map((e) => `${n.id}:${e.term}:${e.keyword}`)).sort();
  };

  it("splits hashtags into known words", () => {
    expect(read("#skincareroutine")).toEqual(["beauty:#skincareroutine:skincare*"]);
    expect(read("#solotravel")).toEqual(["travel:#solotravel:travel*"]);
    expect(read("#petitdejeuner")).toEqual(["food:#petitdejeuner:petit-dejeuner"]);
    expect(read("#naturephotography")).toEqual([
      "outdoors:#naturephotography:nature",
      "photography:#naturephotography:photograph*",
    ]);
    expect(read("#food_blogger")).toEqual(["food:#foodblogger:food*"]);
  });

  it("does not read short words inside other words", () => {
    // car + toon, car + pet (a listed exception), art + ichoke, pet + it: none is a niche.
    expect(read("#cartoon #carpet #artichoke #petit")).toEqual([]);
    // Preise (prices) contains reise, but a five-letter stem only matches where a word starts.
    expect(read("Die Preise sind gestiegen")).toEqual([]);
  });

  it("folds accents, case, ß and hyphens", () => {
    expect(read("FUSSBALL, Fußball")).toEqual(["sports:fussball:fussball*"]);
    expect(read("Un moment de bien-être")).toEqual(["wellness:bienetre:bien-etre"]);
    expect(read("RECETA, Receta, récéta")).toEqual(["food:receta:receta*"]);
    // A compound reads its parts: Sommer + urlaub*, a six-letter stem inside the word.
    expect(read("Sommerurlaub")).toEqual(["travel:sommerurlaub:urlaub*"]);
  });

  it("ignores @mentions and links", () => {
    expect(read("Photo by @travel.with.anna https://example.com/recipes")).toEqual([]);
  });

  it("counts repeats as evidence but caps one post at 6 points", () => {
    const r = detectNiches(
      { posts: posts("#travel #travel #travel #travel #wanderlust"), bio: null, category: null },
      { minPosts: 1 },
    );
    // 5 hashtags × 2 = 10, capped at 6.
    expect(r.niches[0]).toMatchObject({ id: "travel", score: 6, posts: 1 });
    expect(r.niches[0]?.evidence[0]).toEqual({
      term: "#travel",
      keyword: "travel*",
      source: "hashtag",
      count: 4,
    });
  });
});

describe("detectNiches: not enough data and unknown categories", () => {
  it("says so below 5 captions, and skips posts without caption text", () => {
    const r = detectNiches({ posts: posts("Travel day ✈️", null, "  "), bio: null, category: "Space agency" });
    expect(r.postsRead).toBe(3);
    expect(r.captionsRead).toBe(1);
    expect(r.notEnoughData).toBe(
      "niches: 1 caption(s) with text, need at least 5; the list rests on few posts",
    );
    expect(r.niches).toEqual([]);
    expect(r.category).toEqual({ name: "Space agency", niches: [], known: false });
  });
});

describe("the taxonomy file", () => {
  it("has at least 18 niches, each with keywords in en, de, fr, es and it", () => {
    expect(taxonomy.niches.length).toBeGreaterThanOrEqual(18);
    for (const n of taxonomy.niches)
      for (const lang of ["en", "de", "fr", "es", "it"] as const)
        expect(n.words[lang].length, `${n.id} ${lang}`).toBeGreaterThan(0);
    const ids = taxonomy.niches.map((n) => n.id);
    for (const id of ["fitness", "food", "wellness", "travel", "beauty", "fashion", "parenting", "tech"])
      expect(ids).toContain(id);
    for (const id of ["gaming", "finance", "pets", "home", "sports"]) expect(ids).toContain(id);
  });
});
