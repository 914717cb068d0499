// Country and language codes as people type them (src/core/iso-codes.ts). The
// expected suggestions are worked out by hand from the ISO lists: the two-letter
// country codes one letter away from "XX" are AX, CX, MX and SX (none starts with X
// once Kosovo's user-assigned XK is left out), of which the first three are named.
import { describe, expect, it } from "vitest";
import { readCountryCode, readLanguageCode } from "../../src/core/iso-codes.js";

describe("readCountryCode", () => {
  it("reads a code in either case, trimmed", () => {
    expect(readCountryCode(" de ")).toEqual({ ok: true, code: "DE", note: null });
    expect(readCountryCode("GB")).toEqual({ ok: true, code: "GB", note: null });
  });

  it('reads "UK" as GB and says so', () => {
    expect(readCountryCode("uk")).toEqual({
      ok: true,
      code: "GB",
      note: "UK was read as GB (United Kingdom), its ISO 3166-1 code",
    });
  });

  it('refuses "XX" with the codes one letter away', () => {
    expect(readCountryCode("XX")).toEqual({
      ok: false,
      message:
        '"XX" is not a two-letter country code (ISO 3166-1); did you mean AX (Åland Islands), CX (Christmas Island) or MX (Mexico)?',
    });
  });

  it("suggests the two-letter code of a three-letter code or a name", () => {
    expect(readCountryCode("DEU")).toMatchObject({
      ok: false,
      message: expect.stringContaining("did you mean DE (Germany)?"),
    });
    expect(readCountryCode("Germany")).toMatchObject({
      ok: false,
      message: expect.stringContaining("did you mean DE (Germany)?"),
    });
  });

  it("refuses a user-assigned code (XK) and an empty one", () => {
    expect(readCountryCode("XK").ok).toBe(false);
    expect(readCountryCode("")).toEqual({
      ok: false,
      message: "An empty code is not a two-letter country code (ISO 3166-1)",
    });
  });
});

describe("readLanguageCode", () => {
  it("reads a code in either case", () => {
    expect(readLanguageCode("EN")).toEqual({ ok: true, code: "en", note: null });
    // uk is Ukrainian: only countries read UK as something else.
    expect(readLanguageCode("uk")).toEqual({ ok: true, code: "uk", note: null });
  });

  it('refuses "xx" with the one code one letter away (xh, Xhosa)', () => {
    expect(readLanguageCode("xx")).toEqual({
      ok: false,
      message: '"xx" is not a two-letter language code (ISO 639-1); did you mean xh (Xhosa)?',
    });
  });

  it("suggests the language for a country code typed instead (jp → ja) and for a name", () => {
    expect(readLanguageCode("jp")).toEqual({
      ok: false,
      message: '"jp" is not a two-letter language code (ISO 639-1); did you mean ja (Japanese)?',
    });
    expect(readLanguageCode("English")).toMatchObject({
      ok: false,
      message: expect.stringContaining("did you mean en (English)?"),
    });
  });
});
