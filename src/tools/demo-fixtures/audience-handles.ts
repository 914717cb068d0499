// The handles of the demo creators' audiences: sunny_trails' followers look like people
// with hobbies ("mara.hikes", "the.ines.roams"); glowup_daily's crowd like bought and
// mass-follow accounts ("glow_vibes48213", "user20394817").
import type { Rng } from "./random.js";
import { FIRST, LAST_INITIAL } from "./text.js";

/** A handle for someone in sunny_trails' audience. */
export function sunnyHandle(rng: Rng): string {
  const words = [
    "wanders",
    "hikes",
    "outdoors",
    "roams",
    "travels",
    "trails",
    "photos",
    "maps",
    "abroad",
    "onfoot",
    "peaks",
    "coast",
    "journeys",
    "roadtrips",
    "backpacks",
    "explores",
    "daytrips",
    "nomad",
    "lens",
    "camper",
    "summits",
    "compass",
    "wayfarer",
    "sketches",
    "bakes",
    "climbs",
    "paddles",
    "cycles",
    "reads",
    "runs",
    "garden",
    "kitchen",
    "film",
    "ceramics",
    "ink",
    "islands",
    "alps",
    "northwards",
  ];
  const f = rng.pick(FIRST);
  const w = rng.pick(words);
  switch (rng.int(0, 6)) {
    case 0:
      return `${f}.${w}`;
    case 1:
      return `${f}_${w}`;
    case 2:
      return `${f}${w}`;
    case 3:
      return `${w}.with.${f}`;
    case 4:
      return `${f}_${rng.pick(LAST_INITIAL)}${rng.int(10, 99)}`;
    case 5:
      return `${f}.${rng.pick(LAST_INITIAL)}${rng.pick(LAST_INITIAL)}`;
    default:
      return `the.${f}.${w}`;
  }
}

/** A handle for an account in glowup_daily's bought-looking crowd. */
export function glowHandle(rng: Rng): string {
  const a = [
    "glam",
    "beauty",
    "glow",
    "skin",
    "makeup",
    "lash",
    "brow",
    "nail",
    "style",
    "fit",
    "vibe",
    "luxe",
    "babe",
    "queen",
    "chic",
    "pretty",
    "bloom",
    "shine",
    "trend",
    "insta",
  ];
  const b = [
    "vibes",
    "lover",
    "daily",
    "hub",
    "world",
    "addict",
    "life",
    "zone",
    "babe",
    "diary",
    "mood",
    "spot",
  ];
  switch (rng.int(0, 4)) {
    case 0:
      return `${rng.pick(a)}_${rng.pick(b)}${rng.int(100, 99999)}`;
    case 1:
      return `${rng.pick(a)}.${rng.pick(b)}.${rng.int(10, 9999)}`;
    case 2:
      return `${rng.pick(FIRST)}${rng.pick(a)}${rng.int(1000, 999999)}`;
    case 3:
      return `user${rng.digits(8)}`;
    default:
      return `${rng.pick(FIRST)}_${rng.pick(b)}_${rng.int(10, 999)}`;
  }
}
