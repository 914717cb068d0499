// Writes the two demo Vouch snapshots (format vouch.snapshot/v1) in fixtures/demo/:
//   sunny_trails.json  a healthy travel micro-creator: steady likes, specific and varied
//                      comments from many people, replies to about half of them;
//   glowup_daily.json  bought-looking engagement: erratic likes with spikes, mostly
//                      generic comments, a pod of ~10 accounts posting the same lines
//                      minutes after each post, almost no replies.
// Every name and text is invented. Output is deterministic (seeded mulberry32 PRNG),
// so running it again gives the same files. Run with: node scripts/make-demo-fixtures.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "demo");
const CAPTURED_AT = Date.parse("2026-11-01T10:00:00Z");
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------- random helpers

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRng(seed) {
  const next = mulberry32(seed);
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    logNormal: (median, sigma) => median * Math.exp(sigma * rng.normal()),
    /** Log-normal draw redrawn until it falls in [lo, hi], so no value piles up at a bound. */
    logNormalIn: (median, sigma, lo, hi) => {
      for (let i = 0; i < 100; i++) {
        const x = rng.logNormal(median, sigma);
        if (x >= lo && x <= hi) return x;
      }
      return clamp(median, lo, hi);
    },
    shuffle: (list) => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    sample: (list, k) => rng.shuffle(list).slice(0, k),
    digits: (n) => Array.from({ length: n }, () => Math.floor(next() * 10)).join(""),
  };
  return rng;
}

const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
const isoTime = (ms) => new Date(Math.round(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
const fill = (template, slots) => template.replace(/\{(\w+)\}/g, (_, k) => String(slots[k] ?? `{${k}}`));

/** The same normalization the audit uses to spot one text on several posts. */
function normalize(text) {
  return text
    .toLowerCase()
    .replace(/@[\p{L}\p{N}._]+/gu, " ")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/(\p{L})\1{2,}/gu, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** Unique numeric-looking ids with a fixed prefix. */
function idMaker(rng, prefix, length) {
  const seen = new Set();
  return () => {
    for (;;) {
      const id = prefix + rng.digits(length);
      if (!seen.has(id)) {
        seen.add(id);
        return id;
      }
    }
  };
}

function shortcodeMaker(rng) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  const seen = new Set();
  return () => {
    for (;;) {
      let code = rng.pick(["C", "D"]);
      for (let i = 0; i < 10; i++) code += rng.pick([...alphabet]);
      if (!seen.has(code)) {
        seen.add(code);
        return code;
      }
    }
  };
}

/** Distinct handles from a generator function, never one of `taken`. */
function uniqueHandles(count, make, taken = new Set()) {
  const out = [];
  const seen = new Set(taken);
  while (out.length < count) {
    const h = make();
    if (!seen.has(h)) {
      seen.add(h);
      out.push(h);
    }
  }
  return out;
}

/** ~2 posts a week over the 12 weeks before capture, newest first, at daytime hours. */
function postTimes(rng, count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const daysBack = 1.6 + i * 3.45 + (rng.next() - 0.5) * 1.4;
    const day = Math.floor((CAPTURED_AT - daysBack * DAY) / DAY) * DAY;
    times.push(day + rng.int(7, 18) * HOUR + rng.int(0, 59) * MINUTE + rng.int(0, 59) * 1000);
  }
  return times;
}

// ---------------------------------------------------------------- shared name parts

const FIRST = [
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
const LAST_INITIAL = [..."abcdefghjklmnoprstvwz"];
const capital = (s) => s[0].toUpperCase() + s.slice(1);

// ================================================================ sunny_trails

const SUNNY_PLACES = [
  { place: "Lofoten", country: "Norway", feature: "Reinebringen" },
  { place: "Madeira", country: "Portugal", feature: "Pico do Arieiro" },
  { place: "the Dolomites", country: "Italy", feature: "the Seceda ridge" },
  { place: "Skye", country: "Scotland", feature: "the Old Man of Storr" },
  { place: "Picos de Europa", country: "Spain", feature: "the Cares gorge" },
  { place: "the Julian Alps", country: "Slovenia", feature: "Lake Bohinj" },
  { place: "São Miguel", country: "the Azores", feature: "Sete Cidades" },
  { place: "Cinque Terre", country: "Italy", feature: "the Vernazza path" },
  { place: "Zermatt", country: "Switzerland", feature: "the Five Lakes walk" },
  { place: "Kotor", country: "Montenegro", feature: "the fortress steps" },
  { place: "Cappadocia", country: "Türkiye", feature: "Love Valley" },
  { place: "Vágar", country: "the Faroes", feature: "Gásadalur" },
  { place: "western Crete", country: "Greece", feature: "the Samaria Gorge" },
  { place: "the Tatras", country: "Poland", feature: "Morskie Oko" },
  { place: "Hallstatt", country: "Austria", feature: "the Salzberg viewpoint" },
  { place: "the Algarve", country: "Portugal", feature: "the Seven Hanging Valleys" },
  { place: "Plitvice", country: "Croatia", feature: "the upper lakes" },
  { place: "Sintra", country: "Portugal", feature: "Pena Park" },
  { place: "Eryri", country: "Wales", feature: "the Pyg Track" },
  { place: "Mallorca", country: "Spain", feature: "the Tramuntana ridge" },
  { place: "Saxon Switzerland", country: "Germany", feature: "the Bastei bridge" },
  { place: "Zagori", country: "Greece", feature: "the Vikos Gorge" },
  { place: "Bled", country: "Slovenia", feature: "Ojstrica" },
  { place: "Val d'Orcia", country: "Italy", feature: "the cypress road" },
];
const OTHER_PLACES = [
  "Tenerife",
  "La Palma",
  "Gran Canaria",
  "the Cotswolds",
  "the Lake District",
  "Connemara",
  "Dingle",
  "Bergen",
  "Tromsø",
  "Abisko",
  "Lapland",
  "Tallinn",
  "Riga",
  "Kraków",
  "Zakopane",
  "Ljubljana",
  "Piran",
  "Rovinj",
  "Hvar",
  "Mostar",
  "Ohrid",
  "Theth",
  "Meteora",
  "Naxos",
  "Milos",
  "Corfu",
  "Sardinia",
  "Corsica",
  "the Amalfi coast",
  "Lake Como",
  "Chamonix",
  "Interlaken",
  "Lauterbrunnen",
  "the Black Forest",
  "the Basque coast",
  "Asturias",
  "Galicia",
  "the Douro valley",
  "Porto",
  "Seville",
  "Granada",
  "Provence",
  "the Vosges",
  "Iceland's south coast",
  "Snæfellsnes",
  "Kerry",
  "Orkney",
  "the Jura",
  "Annecy",
  "Salzburg",
  "the Ötztal",
  "Montserrat",
];
const MONTHS = [
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "February",
];
const SLIDES = ["first", "second", "third", "fourth", "fifth", "last"];
const GEAR = [
  "the rolltop backpack",
  "that tripod",
  "the trail runners",
  "that rain shell",
  "the down jacket",
  "the little drone",
  "the 35mm lens",
  "the wide-angle lens",
  "those hiking poles",
  "the water filter",
  "the camera cube",
  "the sling bag",
];
const FOODS = [
  "fish soup",
  "local cheese",
  "custard tarts",
  "grilled octopus",
  "honey cake",
  "bakery breakfast",
  "dumplings",
  "lentil stew",
  "fresh trout",
  "sourdough",
  "fig jam",
  "bean stew",
  "almond biscuits",
];
const DAYS_AVAILABLE = ["2 days", "3 days", "4 days", "a long weekend", "a week", "5 days"];

// Comment templates, each with the creator's usual answers to it.
const SUNNY_QUESTIONS = [
  [
    "How did you get to {feature}? Car or public transport?",
    [
      "We rented a car for two days, but there's a bus from the main town that gets you close to {feature} too!",
      "Bus most of the way, then about {n} minutes on foot. Totally doable without a car 🙌",
    ],
  ],
  [
    "Is there a bus to {feature} or do you really need a car?",
    [
      "There's a bus in summer! Off season a car is much easier",
      "Bus works, just check the last one back, it leaves early",
    ],
  ],
  [
    "Parking near {feature}: easy or a nightmare?",
    [
      "Parking fills up by 9, so go early or take the shuttle from the {place} side",
      "Easy before 8, a nightmare after 10 😅",
    ],
  ],
  [
    "Okay {place} just jumped to the top of my list. How far is it from {other}?",
    [
      "About {h} hours by train and bus from {other}, and a really pretty ride",
      "Yay! Roughly {h} hours by car from {other}, worth the drive",
    ],
  ],
  [
    "{Is} {place} very crowded in {month}? Thinking of going then",
    [
      "{month} is lovely! Busy around midday but quiet before 9 and after 5",
      "A bit busy at the famous spots, but walk 20 minutes and you're alone",
    ],
  ],
  [
    "{feature} at sunrise has been on my list forever. Did you go early to beat the crowds?",
    ["We started at 5:30 and had {feature} almost to ourselves ☀️", "Yes, up at 5! Painful but so worth it"],
  ],
  [
    "Did you need to book {feature} in advance or just show up?",
    [
      "No booking when we went, but check the park site before you go, it changes in summer",
      "We booked the day before online, it was easy",
    ],
  ],
  [
    "That {slide} shot of {feature}! What time of day was it?",
    ["That was just after 7pm, golden hour at {feature} is something else", "Early morning, around 6:30 🌅"],
  ],
  [
    "When is the best month for {place} in your opinion?",
    [
      "I'd pick {month}: mild, green and not many people",
      "Late spring or early autumn for me, summer gets hot and busy",
    ],
  ],
  [
    "How many days would you give {place}? I only have {days}",
    [
      "{days} is enough for the highlights! I'd do {feature} on day one while you're fresh",
      "{days} works if you focus on {feature} and one or two villages",
    ],
  ],
  [
    "Did you compare {place} with {other}? Trying to choose between them for {month}",
    [
      "Both are great, but {place} is calmer and {other} has more going on in the evenings",
      "For {month} I'd go {place}, {other} is better in high summer",
    ],
  ],
  [
    "Saving this for my {month} trip to {country} 🙌 any must-see besides {feature}?",
    [
      "Don't skip the small villages around {place}, some of my favourite stops. Putting a list in highlights!",
      "The coast road and any bakery you pass 😄 have the best trip!",
    ],
  ],
  [
    "Would you combine {place} with {other} in one trip or is that too much?",
    ["Doable if you have a car, otherwise I'd keep {other} for another trip"],
  ],
  [
    "Where did you stay around {place}? Any guesthouse you'd recommend?",
    [
      "We stayed in a small family guesthouse 10 min from the centre, I'll DM you the name!",
      "A tiny apartment above a bakery, best alarm clock ever. Sending you the link",
    ],
  ],
  [
    "Love that you post the practical stuff too. What did {place} cost per day roughly?",
    ["Around {cost} euros a day for two including the room, cheaper than I expected"],
  ],
  [
    "Any vegetarian-friendly spots in {place}?",
    ["Yes! The café by the harbour had great veggie options, and the bakeries are a safe bet"],
  ],
  [
    "Tip for anyone going to {place}: try the {food}, best thing I ate on that trip",
    ["Yesss the {food} was so good, we went back twice 😄", "Agree 100%, thanks for adding this!"],
  ],
  [
    "{Is} {place} expensive compared to {other}?",
    ["A bit cheaper than {other} in my experience, especially food"],
  ],
  [
    "Which lens did you use for the {slide} shot of {feature}?",
    [
      "That one is the 24mm, handheld. The light at {feature} did all the work honestly",
      "The 35mm! It's on my camera 90% of the time",
    ],
  ],
  [
    "What's {gear} you're carrying? Looks perfect for a trip like {place}",
    ["It's a small brand from a local shop, I'll add it to my packing list highlight!"],
  ],
  [
    "The colours in the {slide} photo of {feature} are unreal, is that straight out of camera?",
    ["Almost! Just a tiny warmth tweak, {place} really looks like that in the evening"],
  ],
  [
    "Do you edit on your phone or laptop? The {place} set looks so consistent",
    ["Phone for quick ones, laptop for carousels like this. Light edit, mostly contrast"],
  ],
  [
    "Was {gear} worth carrying up to {feature}?",
    [
      "Worth every gram up there, I'll post a full packing list soon",
      "Honestly no 😅 next time I'm going lighter",
    ],
  ],
  [
    "The clip from {feature} is so calming, what's the song?",
    ["It's a track by a small indie artist, the name is in the audio 🎶"],
  ],
  [
    "Was the hike to {feature} hard? I'm okay fit but not a mountain goat 😅",
    [
      "Steep in places but short, take it slow and you'll be fine! Good shoes matter more than fitness",
      "Moderate! About {h} hours up with breaks, nothing technical",
    ],
  ],
  [
    "{Is} {place} okay to do solo? Going alone in {month}",
    ["I felt really safe on my own in {place}, people were super friendly"],
  ],
  [
    "How was the weather in {place}? Packing for {month} and confused",
    ["Layers! The weather changed three times a day in {place}, a rain shell is a must"],
  ],
  [
    "How cold was it up at {feature}? The wind looks brutal",
    ["Freezing for about 20 minutes at the top, then it calmed down 😅 bring a hat"],
  ],
  [
    "Is the trail to {feature} marked well or did you use an offline map?",
    ["Well marked, but I had an offline map just in case, signal drops near {feature}"],
  ],
  [
    "We're taking the kids to {country} in {month}, would {place} work with a 6 year old?",
    ["Yes, the lower path is easy and kids love the water. Skip the steep bits with little ones"],
  ],
  [
    "Can you drink the tap water in {place}? Always wonder about that",
    ["Tap water was totally fine for us there 👍"],
  ],
  [
    "I was in {place} in {month} and it rained every single day, so jealous of this light",
    ["Oh no! You'll have to go back for a sunny round 😄"],
  ],
  [
    "This makes me miss {country} so much. We did {place} and {other} back to back a few years ago",
    ["That sounds like a dream combo, {other} is next on my list!"],
  ],
  [
    "Your {place} tips in stories were so useful, used them last {month}!",
    ["Ahh that makes me so happy, hope you had a great trip!"],
  ],
  [
    "The {slide} slide with {feature} in the background is my new wallpaper",
    ["Haha thank you, that one was worth the early alarm"],
  ],
  [
    "Going to {place} next {month} because of your posts, wish me luck with the weather",
    ["You'll love it! Send me a photo from {feature} 🙌"],
  ],
];
const SUNNY_OPENERS = [
  "",
  "",
  "",
  "",
  "Wow, ",
  "Okay ",
  "Ahh ",
  "Honestly ",
  "Question: ",
  "Hi! ",
  "So good! ",
];
/** "Okay " + "Your tips…" → "Okay your tips…"; "Question: " and "Hi! " keep the capital. */
const withOpener = (opener, text) =>
  opener === "" || /[!:] $/.test(opener) || /^I\b/.test(text) || !/^[A-Z][a-z]/.test(text)
    ? opener + text
    : opener + text[0].toLowerCase() + text.slice(1);
const SUNNY_CLOSERS = ["", "", "", "", " 🙏", " 😍", " thanks!", " ✨", " 🌿", "!!", " 🥾"];
// Short phrases many people write: they may repeat across posts, as in real comment sections.
const SUNNY_COMMON = [
  "Adding this to my bucket list!",
  "Need to go here",
  "Take me with you next time 😅",
  "This is my dream trip",
];
const SUNNY_GENERIC = [
  "😍",
  "😍😍",
  "🔥",
  "❤️",
  "🙌",
  "👏👏",
  "Wow",
  "wow!!",
  "Nice pic",
  "Stunning!",
  "Beautiful 😍",
  "amazing",
  "so beautiful",
  "Gorgeous",
  "love this",
];
const SUNNY_GENERIC_REPLIES = [
  "Thank you! ☀️",
  "🙏❤️",
  "Thanks so much 🥰",
  "☀️☀️",
  "Thank you, glad you like it!",
];
const SUNNY_REPLY_OPENERS = ["", "", "", "Thank you! ", "Hi {first}! ", "Ahh thanks! "];
const SUNNY_THREAD_REPLIES = [
  "we went in {month} and {place} was pretty quiet, you'll love it",
  "we took the bus from {other} to {place}, about {h} hours and easy",
  "I did {place} solo last year and felt totally safe",
  "get there before 8, {feature} gets busy fast",
  "bring layers, it gets windy near {feature} even in {month}",
  "same question about {place}! following",
  "the guesthouse by the church in {place} was lovely when we stayed",
  "+1 on the {food} in {place}",
  "we did {feature} with a 7 year old in {month}, no problem at all",
  "there's a cheaper car park about 15 minutes' walk below {feature}",
];
const SUNNY_FOLLOW_UPS = [
  "thank you, this helps so much for my {place} trip!",
  "amazing, adding {feature} to the plan 🙏",
  "perfect, thanks! {place} here I come",
  "good to know about {feature}, thank you!",
];

function sunnyHandle(rng) {
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

function makeSunny() {
  const rng = makeRng(20261101);
  const creator = { id: "7100001", username: "sunny_trails" };
  const followers = 14_213;
  const nextPostId = idMaker(rng, "34", 17);
  const nextShortcode = shortcodeMaker(rng);
  const nextCommentId = idMaker(rng, "179", 14);
  const nextUserId = idMaker(rng, "", 11);

  const pool = uniqueHandles(420, () => sunnyHandle(rng), new Set([creator.username])).map((username) => ({
    username,
    id: nextUserId(),
  }));
  const loyal = pool.slice(0, 6);
  const crowd = pool.slice(6);
  const times = postTimes(rng, 24);
  // Each loyal fan turns up on 5–10 of the 24 posts: familiar faces, not a pod.
  const loyalPosts = new Map(
    loyal.map((u) => [u.username, new Set(rng.sample([...times.keys()], rng.int(5, 10)))]),
  );

  const usedTexts = new Set();
  /** A text whose normalized form no other comment in this file has yet. */
  const fresh = (make) => {
    let text = make();
    for (let i = 0; i < 30 && usedTexts.has(normalize(text)); i++) text = make();
    usedTexts.add(normalize(text));
    return text;
  };
  const kinds = rng.shuffle([
    ...Array(10).fill("carousel"),
    ...Array(8).fill("image"),
    ...Array(6).fill("reel"),
  ]);
  const captionLines = [
    "Worth every step of the climb.",
    "Slow mornings, long walks, cold coffee at the top.",
    "Saving the full route and costs in my highlights.",
    "I could come back here every year.",
    "Came for the view, stayed for the bakery.",
    "Tip: go on a weekday and start early.",
    "Rain all morning, then this.",
    "The quiet side of a busy place.",
  ];

  const posts = times.map((takenAt, index) => {
    const spot = SUNNY_PLACES[index];
    const kind = kinds[index];
    const m = rng.logNormalIn(1, 0.24, 0.66, 1.42);
    const likes = Math.round(530 * m * (kind === "reel" ? 1.08 : 1));
    const topCount = clamp(Math.round(27 * m + rng.normal() * 4), 15, 40);
    const slotsBase = () => ({
      ...spot,
      Is: /^the .*s$/.test(spot.place) ? "Are" : "Is",
      other: rng.pick(OTHER_PLACES),
      month: rng.pick(MONTHS),
      slide: rng.pick(SLIDES),
      gear: rng.pick(GEAR),
      food: rng.pick(FOODS),
      days: rng.pick(DAYS_AVAILABLE),
      n: rng.int(10, 45),
      h: rng.int(2, 4),
      cost: rng.int(8, 16) * 10,
    });

    // Commenters: mostly distinct people from the big pool, plus the loyal fans for this post.
    const authors = loyal.filter((u) => loyalPosts.get(u.username).has(index));
    for (const u of rng.sample(crowd, topCount)) if (authors.length < topCount) authors.push(u);
    const comments = [];
    for (const author of rng.shuffle(authors)) {
      let delay = 0;
      for (let i = 0; i < 20; i++) {
        delay = rng.chance(0.03)
          ? rng.int(3, 9) * MINUTE
          : rng.logNormalIn(300, 1.1, 12, 5 * 24 * 60) * MINUTE;
        if (takenAt + delay + 7 * HOUR < CAPTURED_AT) break;
      }
      const createdAt = takenAt + delay + rng.int(0, 59) * 1000;
      let slots = null;
      let text;
      let topic = null;
      let replyP;
      const roll = rng.next();
      if (roll < 0.125) {
        text = rng.pick(SUNNY_GENERIC);
        replyP = 0.25;
      } else if (roll < 0.155) {
        text = rng.pick(SUNNY_COMMON);
        replyP = 0.3;
      } else {
        topic = rng.pick(SUNNY_QUESTIONS);
        text = fresh(() => {
          slots = slotsBase();
          return withOpener(rng.pick(SUNNY_OPENERS), fill(topic[0], slots)) + rng.pick(SUNNY_CLOSERS);
        });
        replyP = 0.5;
      }
      const comment = {
        id: nextCommentId(),
        author: { id: author.id, username: author.username },
        text,
        createdAt: isoTime(createdAt),
        likes: rng.chance(0.6) ? rng.int(0, 3) : rng.int(3, 14),
        replies: [],
      };
      const replies = [];
      let creatorReplyAt = null;
      if (rng.chance(replyP)) {
        creatorReplyAt = createdAt + rng.logNormalIn(100, 0.75, 20, 360) * MINUTE + rng.int(0, 59) * 1000;
        const first = capital(author.username.split(/[._0-9]/)[0] || "there");
        const body = topic
          ? fill(rng.pick(SUNNY_REPLY_OPENERS), { first }) + fill(rng.pick(topic[1]), slots)
          : rng.pick(SUNNY_GENERIC_REPLIES);
        replies.push({
          id: nextCommentId(),
          author: { ...creator },
          text: rng.chance(0.55) ? `@${author.username} ${body}` : body,
          at: creatorReplyAt,
          likes: rng.int(0, 4),
        });
        if (topic && rng.chance(0.15)) {
          replies.push({
            id: nextCommentId(),
            author: { id: author.id, username: author.username },
            text: fresh(() => `@${creator.username} ${fill(rng.pick(SUNNY_FOLLOW_UPS), slotsBase())}`),
            at: creatorReplyAt + rng.logNormalIn(90, 0.9, 5, 600) * MINUTE,
            likes: rng.int(0, 2),
          });
        }
      }
      if (topic && rng.chance(0.12)) {
        const other = rng.pick(crowd.filter((u) => u !== author));
        replies.push({
          id: nextCommentId(),
          author: { id: other.id, username: other.username },
          text: fresh(() => `@${author.username} ${fill(rng.pick(SUNNY_THREAD_REPLIES), slotsBase())}`),
          at: createdAt + rng.logNormalIn(150, 0.9, 8, 1440) * MINUTE,
          likes: rng.int(0, 5),
        });
      }
      comment.replies = replies
        .filter((r) => r.at < CAPTURED_AT)
        .sort((a, b) => a.at - b.at)
        .map(({ at, ...r }) => ({ ...r, createdAt: isoTime(at) }));
      comments.push({ at: createdAt, comment });
    }
    comments.sort((a, b) => a.at - b.at);
    const listed = comments.reduce((n, c) => n + 1 + c.comment.replies.length, 0);
    const isAd = index === 9;
    return {
      id: nextPostId(),
      shortcode: nextShortcode(),
      takenAt: isoTime(takenAt),
      kind,
      caption: `${capital(spot.feature)}, ${spot.place} ${rng.pick(["🌄", "🥾", "🌿", "☀️", "🗺️"])} ${rng.pick(captionLines)}${isAd ? " Gear from @fjellpack_gear, who sponsored this trip." : ""} #slowtravel #${spot.country.replace(/^the /, "").replace(/\W/g, "").toLowerCase()}`,
      likes,
      commentCount: listed + rng.int(0, 3),
      ...(kind === "reel" ? { views: Math.round(rng.logNormal(27_000, 0.35)) } : {}),
      isAd,
      ...(isAd ? { sponsors: ["fjellpack_gear"] } : {}),
      location: `${capital(spot.place)}, ${capital(spot.country)}`,
      comments: comments.map((c) => c.comment),
    };
  });

  // Follower sample: ordinary people, some of whom comment.
  const fromPool = rng.sample(pool, 70);
  const fresher = uniqueHandles(
    130,
    () => sunnyHandle(rng),
    new Set([creator.username, ...pool.map((u) => u.username)]),
  );
  const sample = [...fromPool, ...fresher.map((username) => ({ username, id: nextUserId() }))];
  const followersSample = rng.shuffle(sample).map((u) => {
    const f = u.username.split(/[._0-9]/).find((p) => FIRST.includes(p));
    return {
      username: u.username,
      id: u.id,
      followers: Math.round(clamp(rng.logNormal(420, 1.1), 12, 48_000)),
      following: Math.round(clamp(rng.logNormal(480, 0.6), 40, 2_400)),
      posts: Math.round(clamp(rng.logNormal(110, 1.0), 0, 2_500)),
      hasAvatar: rng.chance(0.95),
      isPrivate: rng.chance(0.3),
      isVerified: false,
      fullName: f && rng.chance(0.85) ? `${capital(f)} ${rng.pick(LAST_INITIAL).toUpperCase()}.` : null,
      bioLength: rng.chance(0.65) ? rng.int(12, 150) : 0,
    };
  });

  return {
    format: "vouch.snapshot/v1",
    capturedAt: isoTime(CAPTURED_AT),
    account: { platform: "instagram", username: creator.username, id: creator.id },
    profile: {
      followers,
      following: 608,
      posts: 318,
      fullName: "Sunny Trails | slow travel",
      bio: "Slow travel & long walks 🥾 Europe and beyond. Honest tips, real costs, no fluff.",
      externalUrl: "https://sunnytrails.example",
      isVerified: false,
      isBusiness: true,
      category: "Digital creator",
    },
    posts,
    followersSample,
  };
}

// ================================================================ glowup_daily

const GLOW_POD_LINES = [
  "This is so inspiring",
  "Love this vibe so much",
  "Such a great post babe",
  "Obsessed with this look",
  "You always look so good",
  "Need this in my life",
  "Goals as always girl",
  "This made my day honestly",
  "Such good energy here",
  "Absolutely loving this one",
  "Can't get enough of this",
  "You never miss babe",
  "Serving looks as always",
  "So glowy I love it",
  "Keep shining queen",
];
const GLOW_GENERIC = [
  "😍",
  "😍😍😍",
  "🔥🔥",
  "❤️❤️",
  "💯",
  "👏👏👏",
  "😻",
  "🙌🙌",
  "💖✨",
  "Nice pic",
  "nice pic!!",
  "Amazing",
  "amazing 😍",
  "Wow",
  "woooow",
  "Gorgeous",
  "so cute",
  "Beautiful",
  "Stunning 🔥",
  "Love it",
  "Perfect",
  "queen 👑",
  "Nice",
  "Great post",
  "love this",
  "cute",
  "wow 🔥",
];
const GLOW_SPAM = [
  "Check your DM 💌",
  "DM us for a collab!",
  "Send this pic to @glowpromo.hub to get featured ⭐",
  "Promote it on @beauty.reach.spot 🚀",
  "Follow back? 🙏",
  "Great vibes here",
  "Where did you get this?",
  "What shade is this?",
  "Which serum is this??",
  "So pretty, check my page too",
  "Collab? Check DM",
  "Ambassadors wanted! DM @glam.partners.co",
];
const GLOW_CREATOR_REPLIES = ["Thank you love 💕", "ty babe ✨", "🥰🥰", "thank youuu", "💕💕"];
const GLOW_CAPTIONS = [
  "Morning glow routine ☀️ #skincare #glowup #selfcare",
  "New fave lip combo 💋 #makeup #glowup",
  "Sunday reset 🧖‍♀️ #selfcare #skincareroutine",
  "Glass skin in 5 steps ✨ #kbeauty #glowup",
  "Golden hour does the work 🌅 #glow #makeuplook",
  "My night routine, saved you the trial and error 🌙 #skincare",
  "That post-facial glow 💆‍♀️ #glowup #selfcare",
  "Soft glam for date night 💄 #makeup #softglam",
  "3 products I can't live without 🛍️ #beautyfaves",
  "Hydration check 💧 #skincare #hydration",
  "No-makeup makeup 🌸 #naturalbeauty",
  "Pamper night essentials 🛁 #selfcare",
];

function glowHandle(rng) {
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

function makeGlowup() {
  const rng = makeRng(7200002);
  const creator = { id: "7200002", username: "glowup_daily" };
  const followers = 18_934;
  const nextPostId = idMaker(rng, "34", 17);
  const nextShortcode = shortcodeMaker(rng);
  const nextCommentId = idMaker(rng, "178", 14);
  const nextUserId = idMaker(rng, "", 11);

  const podNames = [
    "glowsquad.amira",
    "beautypod.lena",
    "radiant_rhea.x",
    "skinlove.tessa",
    "lushlook.nika",
    "brightbabe.mila",
    "dewy.daria_",
    "shinebright.kim",
    "glamcircle.ivy",
    "velvet.vibes.jo",
  ];
  const pod = podNames.map((username) => ({
    username,
    id: nextUserId(),
    lines: rng.sample(GLOW_POD_LINES, 4),
  }));
  const crowd = uniqueHandles(320, () => glowHandle(rng), new Set([creator.username, ...podNames])).map(
    (username) => ({ username, id: nextUserId() }),
  );
  const times = postTimes(rng, 24);
  const kinds = rng.shuffle([
    ...Array(9).fill("image"),
    ...Array(8).fill("reel"),
    ...Array(7).fill("carousel"),
  ]);
  const spikes = new Set([2, 5, 9, 15, 20]);

  const posts = times.map((takenAt, index) => {
    const kind = kinds[index];
    const likes = spikes.has(index)
      ? rng.int(2_600, 4_900)
      : Math.round(245 * rng.logNormalIn(1, 0.12, 0.8, 1.25));
    const topCount = rng.int(20, 50);
    const comments = [];
    const authors = [];
    for (const member of pod) if (rng.chance(0.93)) authors.push({ member, user: member });
    for (const user of rng.sample(crowd, topCount - authors.length)) authors.push({ member: null, user });

    for (const { member, user } of authors) {
      let text;
      let delay;
      if (member) {
        text = rng.chance(0.9) ? rng.pick(member.lines) : rng.pick(["🔥🔥🔥", "😍😍", "💖💖"]);
        delay = rng.int(60, 8 * 60) * 1000;
      } else {
        const roll = rng.next();
        if (roll < 0.62) text = rng.pick(GLOW_GENERIC);
        else if (roll < 0.8)
          text = Array.from({ length: rng.int(1, 3) }, () => `@${rng.pick(crowd).username}`).join(" ");
        else text = rng.pick(GLOW_SPAM);
        delay = rng.chance(0.4)
          ? rng.int(2 * 60, 10 * 60) * 1000
          : rng.logNormalIn(100, 1.3, 11, Math.min(3 * 24 * 60, (CAPTURED_AT - takenAt - HOUR) / MINUTE)) *
            MINUTE;
      }
      const createdAt = takenAt + delay;
      const comment = {
        id: nextCommentId(),
        author: { id: user.id, username: user.username },
        text,
        createdAt: isoTime(createdAt),
        likes: rng.chance(0.85) ? 0 : rng.int(1, 3),
        replies: [],
      };
      if (rng.chance(0.028)) {
        const at = createdAt + rng.logNormalIn(600, 0.8, 30, 4_000) * MINUTE;
        if (at < CAPTURED_AT)
          comment.replies.push({
            id: nextCommentId(),
            author: { ...creator },
            text: rng.pick(GLOW_CREATOR_REPLIES),
            createdAt: isoTime(at),
            likes: 0,
          });
      }
      comments.push({ at: createdAt, comment });
    }
    comments.sort((a, b) => a.at - b.at);
    const listed = comments.reduce((n, c) => n + 1 + c.comment.replies.length, 0);
    return {
      id: nextPostId(),
      shortcode: nextShortcode(),
      takenAt: isoTime(takenAt),
      kind,
      caption: `${GLOW_CAPTIONS[index % GLOW_CAPTIONS.length]} Use code GLOW15 🛒`,
      likes,
      commentCount: listed + rng.int(0, 6),
      ...(kind === "reel"
        ? { views: spikes.has(index) ? rng.int(6_000, 9_000) : Math.round(rng.logNormal(4_200, 0.5)) }
        : {}),
      isAd: false,
      location: rng.chance(0.2) ? "Miami, Florida" : null,
      comments: comments.map((c) => c.comment),
    };
  });

  // Follower sample: about two thirds look like mass-follow accounts.
  const handles = uniqueHandles(200, () => glowHandle(rng), new Set([creator.username, ...podNames]));
  const followersSample = handles.map((username) => {
    if (rng.chance(0.66))
      return {
        username,
        id: nextUserId(),
        followers: rng.int(0, 160),
        following: rng.int(1_500, 7_500),
        posts: rng.int(0, 4),
        hasAvatar: rng.chance(0.12),
        isPrivate: rng.chance(0.2),
        isVerified: false,
        fullName: null,
        bioLength: rng.chance(0.85) ? 0 : rng.int(5, 30),
      };
    return {
      username,
      id: nextUserId(),
      followers: Math.round(clamp(rng.logNormal(380, 1.0), 20, 20_000)),
      following: Math.round(clamp(rng.logNormal(600, 0.6), 50, 2_500)),
      posts: Math.round(clamp(rng.logNormal(90, 1.0), 1, 2_000)),
      hasAvatar: rng.chance(0.9),
      isPrivate: rng.chance(0.3),
      isVerified: false,
      fullName: rng.chance(0.6)
        ? `${capital(rng.pick(FIRST))} ${rng.pick(LAST_INITIAL).toUpperCase()}.`
        : null,
      bioLength: rng.chance(0.6) ? rng.int(10, 140) : 0,
    };
  });

  return {
    format: "vouch.snapshot/v1",
    capturedAt: isoTime(CAPTURED_AT),
    account: { platform: "instagram", username: creator.username, id: creator.id },
    profile: {
      followers,
      following: 2_917,
      posts: 611,
      fullName: "GlowUp Daily ✨",
      bio: "Daily glow tips 💄 | DM for collabs 💌 | Use code GLOW15",
      externalUrl: "https://glowupdaily.example",
      isVerified: false,
      isBusiness: true,
      category: "Health/beauty",
    },
    posts,
    followersSample,
  };
}

// ---------------------------------------------------------------- write

mkdirSync(OUT_DIR, { recursive: true });
for (const [name, make] of [
  ["sunny_trails.json", makeSunny],
  ["glowup_daily.json", makeGlowup],
]) {
  const json = `${JSON.stringify(make(), null, 2)}\n`;
  writeFileSync(join(OUT_DIR, name), json);
  console.log(`wrote fixtures/demo/${name} (${Math.round(Buffer.byteLength(json) / 1024)} KB)`);
}
