// The comment classifier's speed: classifyComment over 100,000 synthetic Instagram-like
// comments (short praise, emoji, mentions, questions, longer sentences, a tenth spam),
// median of 5 timed runs after one warm-up; also the model, the spam rules and the
// generic rule (which classifyComment runs on every comment that is not spam) alone. The
// goal is well under 1 s for 100,000: an audit labels every comment it reads.
// Texts are built before timing (no parsing is measured) from a fixed seed.
import { pathToFileURL } from "node:url";
import { classifyText } from "../core/comment-rules.js";
import { classifyComment, spamProbability, spamRules } from "../core/comment-spam.js";
import { mulberry32 } from "../train/random.js";

const COUNT = 100_000;
const RUNS = 5;

const PRAISE = [
  "nice pic",
  "love this",
  "so cute",
  "gorgeous",
  "wow",
  "amazing",
  "goals",
  "stunning 😍",
  "beautiful",
];
const EMOJI = ["🔥", "😍", "❤️", "👏", "😂", "🙌", "💯", "✨"];
const WORDS =
  "the this that recipe dress camera light colour trip beach coffee cake morning weekend lens filter outfit hair dog city sunset song video look style place shoes bag food".split(
    " ",
  );
const QUESTIONS = [
  "where did you buy this",
  "what camera do you use",
  "is this recipe vegan",
  "how long did it take",
  "where is this place",
  "can you share the recipe",
];
const SENTENCES = [
  "I tried this yesterday and it turned out great, thanks for the tip",
  "We went there last summer and the food was incredible",
  "You look amazing in this outfit, the blue really suits you",
  "This made my day, my kids loved it too",
  "Can't wait to see what you make next week",
];
const SPAM = [
  "Check out my page for more amazing content",
  "DM us for a collab 💌",
  "Earn $500 per day with bitcoin trading, ask me how",
  "Follow me and I'll follow back",
  "Buy real followers cheap at growfast.com",
  "Send a pic to @brand.ambassadors to be featured",
];

function pick<T>(xs: readonly T[], rnd: () => number): T {
  return xs[Math.floor(rnd() * xs.length)] as T;
}

/** COUNT comments from a fixed seed; each gets a random tail so few texts repeat. */
export function syntheticComments(count = COUNT, seed = 7): string[] {
  const rnd = mulberry32(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = rnd();
    const tail = rnd() < 0.5 ? ` ${pick(EMOJI, rnd)}` : ` ${pick(WORDS, rnd)}`;
    if (r < 0.25) out.push(`${pick(PRAISE, rnd)}${tail}`);
    else if (r < 0.35) out.push(`${pick(EMOJI, rnd)}${pick(EMOJI, rnd)}${pick(EMOJI, rnd)}`);
    else if (r < 0.42) out.push(`@friend_${Math.floor(rnd() * 5000)} ${pick(EMOJI, rnd)}`);
    else if (r < 0.62) out.push(`${pick(QUESTIONS, rnd)}? ${pick(WORDS, rnd)}${tail}`);
    else if (r < 0.9) out.push(`${pick(SENTENCES, rnd)} ${pick(WORDS, rnd)} ${pick(WORDS, rnd)}${tail}`);
    else out.push(`${pick(SPAM, rnd)} ${Math.floor(rnd() * 1000)}`);
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Median wall time and median CPU time (user + system) of RUNS runs, in ms. On a busy
 * machine the wall time includes waiting for a core; the CPU time is the work itself.
 */
function timeRuns(fn: () => void): { wall: number; cpu: number } {
  fn(); // warm-up: JIT
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const ms = (t: { wall: number; cpu: number }) => `${t.wall.toFixed(0)} ms (CPU ${t.cpu.toFixed(0)} ms)`;

export async function benchComments(): Promise<void> {
  const texts = syntheticComments();
  const labels = { spam: 0, possible_spam: 0, generic: 0, ok: 0 };
  const all = timeRuns(() => {
    labels.spam = labels.possible_spam = labels.generic = labels.ok = 0;
    for (const t of texts) labels[classifyComment(t).label]++;
  });
  const model = timeRuns(() => {
    for (const t of texts) spamProbability(t);
  });
  const rules = timeRuns(() => {
    for (const t of texts) spamRules(t);
  });
  const generic = timeRuns(() => {
    for (const t of texts) classifyText(t);
  });
  const n = texts.length.toLocaleString("en-US");
  console.log(`classifyComment × ${n}: ${ms(all)}, median of ${RUNS}`);
  console.log(`  model alone ${ms(model)}; spam rules alone ${ms(rules)}`);
  console.log(`  generic rule (classifyText, run on every comment that is not spam) alone ${ms(generic)}`);
  console.log(
    `  labels: spam ${labels.spam}, possible_spam ${labels.possible_spam}, generic ${labels.generic}, ok ${labels.ok}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchComments();
