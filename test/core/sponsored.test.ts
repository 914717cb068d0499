// Sponsored-post signals by hand (src/core/sponsored.ts, src/core/disclosure-labels.ts,
// docs/methodology.md 5f): what makes a post sponsored, what is only "possible", word edges,
// the five languages, and offsets counted in code points. Brands and people are invented.
import { describe, expect, it } from "vitest";
import { LABEL_WORDS } from "../../src/core/disclosure-labels.js";
import { detectSponsored, type SponsoredSignal } from "../../src/core/sponsored.js";
import type { Post } from "../../src/core/types.js";

function post(caption: string | null, extra: Partial<Post> = {}): Post {
  return {
    platformPostId: "p1",
    shortcode: "Cx1",
    takenAt: Date.parse("2026-10-01T09:00:00Z"),
    kind: "image",
    caption,
    likes: 10,
    comments: 1,
    views: null,
    isAd: null,
    sponsors: null,
    location: null,
    ...extra,
  };
}

/** The signals as "kind:match@index", the form the expectations below are written in. */
const brief = (signals: SponsoredSignal[]) => signals.map((s) => `${s.kind}:${s.match}@${s.index}`);

describe("detectSponsored: Instagram's own fields", () => {
  it("the paid-partnership label is certain, outside the caption (index null)", () => {
    const r = detectSponsored(post("Sunday reset 🌿", { sponsors: ["glowco_skin"] }));
    expect(r).toMatchObject({ sponsored: true, confidence: "certain" });
    expect(r.signals[0]).toEqual({
      kind: "paid_partnership",
      match: "Paid partnership with glowco_skin",
      index: null,
      strength: "certain",
      label: null,
    });
  });

  it("is_ad is certain; an empty sponsor list or is_ad false is no signal", () => {
    expect(detectSponsored(post(null, { isAd: true }))).toMatchObject({
      sponsored: true,
      confidence: "certain",
    });
    expect(detectSponsored(post("Sunday reset", { sponsors: [], isAd: false }))).toEqual({
      sponsored: false,
      confidence: null,
      signals: [],
    });
  });
});

describe("detectSponsored: labels", () => {
  it('"#ad" at the start is a label at offset 0', () => {
    const r = detectSponsored(post("#ad My new favourite serum from @glowco ✨"));
    expect(r).toMatchObject({ sponsored: true, confidence: "likely" });
    // "#ad My new favourite serum from " is 3 + 1 + 28 = 32 characters before "@glowco".
    expect(brief(r.signals)).toEqual(["ad_label:#ad@0", "brand_tag:@glowco@32"]);
    expect(r.signals[0]?.label).toBe("#ad");
  });

  it('"ad" inside a word, "#adidas" and "#adventure" are no label', () => {
    for (const caption of [
      "Weekend adventure, made with love #adidas #adventure #roadtrip",
      "Road trip to Madrid: ad-free playlist on repeat",
      "Ad infinitum, per aspera ad astra",
      "I saw an ad for this place. Now I work in advertising.",
      "Bad day, glad it's over #badday",
    ]) {
      const r = detectSponsored(post(caption));
      expect(
        r.signals.filter((s) => s.kind === "ad_label"),
        caption,
      ).toEqual([]);
      expect(r.sponsored, caption).toBe(false);
    }
  });

  it("a plain label word counts where a label stands: first in its clause and set off", () => {
    const cases: [string, string][] = [
      ["AD | New serum from @glowco", "AD@0"],
      ["AD New serum", "AD@0"],
      ["Love this serum. Ad", "Ad@17"],
      ["New serum 💧 (ad)", "ad@13"],
      ["Advertisement: my new routine", "Advertisement@0"],
    ];
    for (const [caption, expected] of cases) {
      const labels = detectSponsored(post(caption)).signals.filter((s) => s.kind === "ad_label");
      expect(
        labels.map((s) => `${s.match}@${s.index}`),
        caption,
      ).toEqual([expected]);
    }
  });

  it("labels in German, French, Spanish and Italian", () => {
    const cases: [string, string][] = [
      ["Anzeige | Mein neues Lieblingsserum von @glowco", "Anzeige"],
      ["Werbung: Mein Morgen mit @glowco", "Werbung"],
      ["Dieser Beitrag enthält Werbung für @glowco", "enthält Werbung"],
      ["Mein Serum, gesponsert von @glowco", "gesponsert von"],
      ["Publicité : ma routine du matin", "Publicité"],
      ["Ma routine, sponsorisée par @glowco", "sponsorisée par"],
      ["Publicidad | Mi rutina de mañana", "Publicidad"],
      ["Mi rutina, patrocinado por @glowco", "patrocinado por"],
      ["Pubblicità | La mia routine", "Pubblicità"],
      ["La mia routine in collaborazione con @glowco", "in collaborazione con"],
    ];
    for (const [caption, expected] of cases) {
      const r = detectSponsored(post(caption));
      expect(r.sponsored, caption).toBe(true);
      expect(r.signals.find((s) => s.kind === "ad_label")?.match, caption).toBe(expected);
    }
  });

  it("a negation is no label: not sponsored, #notsponsored, unbezahlte Werbung", () => {
    for (const caption of [
      "Not sponsored, I just love it",
      "This is not an ad 💛 bought it myself",
      "Bought with my own money #notsponsored",
      "Unbezahlte Werbung, alles selbst gekauft #werbung",
      "Werbung wegen Markennennung: mein Lieblingscafé",
      "Non è pubblicità, solo amore",
    ]) {
      const r = detectSponsored(post(caption));
      expect(r.sponsored, caption).toBe(false);
      expect(
        r.signals.filter((s) => s.kind === "ad_label"),
        caption,
      ).toEqual([]);
    }
  });

  it("#gifted and 'thanks to @brand for the free …' are likely; 'thanks @anna' alone is only possible", () => {
    const gifted = detectSponsored(post("New bag #gifted"));
    expect(gifted).toMatchObject({ sponsored: true, confidence: "likely" });
    expect(brief(gifted.signals)).toEqual(["gifted:#gifted@8"]);

    const stay = detectSponsored(post("Thanks to @seaview_hotel for the free stay!"));
    expect(stay.sponsored).toBe(true);
    expect(stay.signals[0]).toMatchObject({
      kind: "ad_label",
      match: "Thanks to @seaview_hotel for the free",
      index: 0,
      label: "thanks to @brand for the free …",
    });

    // A photo credit: the "Thanks Acme" form, a poor label if the post were sponsored, no sign that it is.
    const credit = detectSponsored(post("Thanks @anna.b for the pic 📸"));
    expect(credit).toMatchObject({ sponsored: false, confidence: "possible" });
  });

  it('"#sp" makes a post sponsored; "#collab", "#partner" and "#pr" alone do not', () => {
    expect(detectSponsored(post("Morning glow with my new serum ✨ #sp #skincare"))).toMatchObject({
      sponsored: true,
      confidence: "likely",
    });
    for (const caption of [
      "Our #collab with @anna.b",
      "Ten years with my #partner",
      "New deadlift #pr today",
    ]) {
      expect(detectSponsored(post(caption)), caption).toMatchObject({
        sponsored: false,
        confidence: "possible",
      });
    }
  });
});

describe("detectSponsored: discount codes", () => {
  it("a code after a code word, in five languages, with the exact text and offset", () => {
    const cases: [string, string, number][] = [
      // "Use " is 4 characters.
      ["Use code GLOW15 for 15% off at @glowco", "code GLOW15", 4],
      ["Mit dem Rabattcode ANNA10 spart ihr 10%", "Rabattcode ANNA10", 8],
      ["-20% avec le code promo LUNA20 sur @glowco", "code promo LUNA20", 13],
      ["Usa mi código de descuento SOL10", "código de descuento SOL10", 7],
      // "discount" words accept a lower-case code with a digit.
      ["codice sconto giulia10 su @glowco", "codice sconto giulia10", 0],
      ['My code is "GLOWY" 💛', 'code is "GLOWY', 3],
    ];
    for (const [caption, match, index] of cases) {
      const codes = detectSponsored(post(caption)).signals.filter((s) => s.kind === "discount_code");
      expect(
        codes.map((s) => [s.match, s.index]),
        caption,
      ).toEqual([[match, index]]);
    }
  });

  it("a code without any label makes the post sponsored (ASA/CAP: codes are ads)", () => {
    expect(detectSponsored(post("Use code GLOW15 for 15% off"))).toMatchObject({
      sponsored: true,
      confidence: "likely",
    });
  });

  it("zip codes, dress codes, QR codes and lower-case words are no codes", () => {
    for (const caption of [
      "Our zip code 10115 is the best",
      "Dress code BLACK tonight",
      "Scan the QR code ABC123 at the door",
      "The code is below, in the comments",
      "Barcode ABC123 on the box",
      "Use code wisely",
    ]) {
      expect(
        detectSponsored(post(caption)).signals.filter((s) => s.kind === "discount_code"),
        caption,
      ).toEqual([]);
    }
  });
});

describe("detectSponsored: affiliate links", () => {
  it("affiliate hosts, referral parameters and LTK are likely", () => {
    const cases: [string, string][] = [
      ["Get it here: amzn.to/3xYzAbC", "amzn.to/3xYzAbC"],
      ["Dress: rstyle.me/n/abc123", "rstyle.me/n/abc123"],
      ["Shop: https://liketoknow.it/anna_b", "https://liketoknow.it/anna_b"],
      ["Details go.magik.ly/ml/1xyz", "go.magik.ly/ml/1xyz"],
      ["Link https://bit.ly/3abc?utm_source=ig", "https://bit.ly/3abc?utm_source=ig"],
      ["Use https://example.com/serum?ref=anna10", "https://example.com/serum?ref=anna10"],
      ["Everything on my shop my LTK", "shop my LTK"],
    ];
    for (const [caption, match] of cases) {
      const r = detectSponsored(post(caption));
      expect(brief(r.signals.filter((s) => s.kind === "affiliate_link")), caption).toEqual([
        `affiliate_link:${match}@${caption.indexOf(match)}`,
      ]);
      expect(r.sponsored, caption).toBe(true);
    }
  });

  it('"link in bio to shop" and a tracking parameter alone are only possible', () => {
    for (const caption of ["Link in bio to shop ✨", "Read more https://example.com/post?utm_source=ig"]) {
      expect(detectSponsored(post(caption)), caption).toMatchObject({
        sponsored: false,
        confidence: "possible",
      });
    }
  });

  it("an ordinary link is no signal", () => {
    expect(detectSponsored(post("Recipe on https://example.com/bread")).signals).toEqual([]);
  });
});

describe("detectSponsored: brand tags", () => {
  it("a friend's @mention alone is possible and not sponsored (creators tag friends)", () => {
    const r = detectSponsored(post("Coffee with @anna_b ☕"));
    expect(r).toEqual({
      sponsored: false,
      confidence: "possible",
      signals: [{ kind: "brand_tag", match: "@anna_b", index: 12, strength: "possible", label: null }],
    });
  });

  it("an e-mail address is no mention; a handle ending a sentence loses its full stop", () => {
    expect(brief(detectSponsored(post("Write to hello@anna.studio or tag @anna_b.")).signals)).toEqual([
      "brand_tag:@anna_b@34",
    ]);
  });
});

describe("detectSponsored: characters as Instagram counts them", () => {
  it("offsets are in code points: an emoji outside the BMP is one character", () => {
    // "🌸🌸 " is 3 code points (5 UTF-16 units).
    const r = detectSponsored(post("🌸🌸 #ad"));
    expect(brief(r.signals)).toEqual(["ad_label:#ad@3"]);
  });

  it("styled letters and decomposed accents fold, and the match quotes them as written", () => {
    expect(brief(detectSponsored(post("𝐀𝐃 | new serum")).signals)).toEqual(["ad_label:𝐀𝐃@0"]);
    // "Publicite" + U+0301: the accent is its own code point and belongs to the match.
    const decomposed = "Publicite\u0301 : ma routine";
    expect(brief(detectSponsored(post(decomposed)).signals)).toEqual([`ad_label:Publicite\u0301@0`]);
  });
});

describe("LABEL_WORDS", () => {
  it("names each label once and covers the five languages", () => {
    const words = LABEL_WORDS.map((l) => l.word);
    expect(new Set(words).size).toBe(words.length);
    expect(new Set(LABEL_WORDS.map((l) => l.lang))).toEqual(new Set(["en", "de", "fr", "es", "it"]));
  });
});
