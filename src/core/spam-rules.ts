// Hand-written spam rules for what the model's training data lacks. The model learnt
// spam from YouTube comments of 2013–2015 ("check out my channel", "subscribe"); the
// spam and scams of Instagram (METHODS.md: links, "DM me", "check my page", crypto and
// investment offers, follower selling) are rare or absent there, so these rules name
// them. A rule that fires makes a comment spam whatever the model says, so each one is
// written narrowly: it wants the spammer's phrasing, not a word that friendly comments
// also use ("invest", "buy", "follow", "DM" alone never fire). English, plus the common
// German, French, Spanish and Italian forms. Rules read foldText (lower case, NFKC).
import { foldText } from "./comment-spam-features.js";

export const SPAM_RULE_NAMES = [
  "link",
  "dm_request",
  "self_promotion",
  "crypto_investment",
  "follower_selling",
] as const;
export type SpamRuleName = (typeof SPAM_RULE_NAMES)[number];

/** What each rule catches, in words (the model card and docs list these). */
export const SPAM_RULE_DESCRIPTIONS: Record<SpamRuleName, string> = {
  link: 'a web address (http(s)://, www., a bare domain such as example.com, bit.ly/…, t.me/…, wa.me/…, linktr.ee) or "link in bio" (also German, French, Spanish, Italian)',
  dm_request:
    'a call to message privately: "DM me", "dm us", "message me", "inbox me", "send me a DM", "check your DMs", "contact me on WhatsApp" (and "schreib mir", "écris-moi", "escríbeme", "scrivimi"); not "DM\'d you", "I\'ll DM you" or "can you DM me …?"',
  self_promotion:
    '"check (out) my page/profile/bio/account/channel", "visit my profile", "follow me", "follow back", f4f, l4l, like4like, sub4sub, "subscribe to my channel" (and "folg mir", "abonne-toi", "sígueme", "seguimi", …); not "I follow your recipes"',
  crypto_investment:
    'a crypto or forex word together with investing, profit, earning, trading, returns or a contact (WhatsApp, Telegram, DM); earnings "$500 per day"; "profit of $…", "withdrew $…", "invested $X and got $Y"; "passive income", "financial freedom", "account manager", "investment platform", "trading expert"; WhatsApp or Telegram with a phone number; not "worth the investment"',
  follower_selling:
    '"buy/cheap/free/instant followers (likes, views)", "promote your page", "want to get more followers?", "boost your engagement", "collab? DM", "DM us for a promo/feature/shoutout", "send a pic to @…", brand-ambassador offers that ask for a DM; not "where did you buy this?" or "how did you get so many followers?"',
};

/** One regular expression per rule: its parts as alternatives, tested once per comment. */
const any = (...parts: string[]) => new RegExp(parts.join("|"), "u");

// Top-level domains that spam uses and that do not end ordinary words with a dot in
// front ("i.e.", "e.g.", "it.so" are not links). A bare domain is a name, a dot and one
// of these, ending at a word boundary ("example.com", not "example.company").
const TLD = "com|net|org|info|biz|io|co|ly|xyz|shop|store|site|online|club|top|live|ru";
const MONEY = String.raw`(?:[$€£]\s?\d|\d[\d,.]*\s?(?:k\s?)?(?:\$|€|£|usd|eur|dollars|euros?)\b)`;
const PERIOD = String.raw`(?:(?:per|a|an|every|each|in\s+(?:a|one|1))\s+(?:day|week|month|hour)\b(?!\s+ago)|(?:daily|weekly|monthly)\b)`;

const RULES: readonly { name: SpamRuleName; test: RegExp }[] = [
  {
    // A link in a comment sends readers elsewhere; Instagram does not even make it clickable.
    name: "link",
    test: any(
      String.raw`https?://\S`,
      String.raw`\bwww\.[a-z0-9-]`,
      String.raw`\b[a-z0-9][a-z0-9-]*\.(?:${TLD})\b`,
      String.raw`\b(?:bit\.ly|t\.me|wa\.me|linktr\.ee|tinyurl\.com|goo\.gl)\b`,
      String.raw`\blink\s+(?:is\s+)?(?:in|on)\s+(?:my\s+|the\s+)?(?:bio|profile)\b`,
      String.raw`\blien\s+(?:dans|en)\s+(?:ma\s+)?bio\b`,
      String.raw`\blink\s+(?:in|im)\s+(?:meiner\s+|der\s+)?bio\b`,
      String.raw`\b(?:link|enlace)\s+en\s+(?:mi\s+)?(?:bio|perfil)\b`,
      String.raw`\blink\s+(?:nella\s+(?:mia\s+)?bio|in\s+bio)\b`,
    ),
  },
  {
    // Asking the reader to open a private channel: the first step of most scams.
    // "DM'd you the recipe", "I'll DM you" and a follower's "can you DM me the recipe?"
    // are conversation with the creator, not a call to every reader.
    name: "dm_request",
    test: any(
      String.raw`(?<!\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?)\b(?:dm|pm|inbox|message|msg)\s+(?:me|us)\b(?!\s+(?:the|your|ur)\b)`,
      String.raw`\b(?:send|drop)\s+(?:me|us)\s+(?:a\s+)?(?:dm|pm|message|msg)\b`,
      String.raw`\bcheck\s+(?:your|ur|the)\s+(?:dms?|inbox|messages|requests)\b`,
      String.raw`\b(?:write|contact)\s+(?:me|us)\s+(?:on|via|in)\s+(?:whats\s?app|telegram|dm|private)\b`,
      // German, French, Spanish, Italian
      String.raw`\bschreib(?:\s+mir|t\s+uns)\s+(?:eine\s+)?(?:dm|pn|nachricht|privat)\b`,
      // JavaScript's \b knows only ASCII letters, so none stands next to "é": no edge before
      // "écris" (any "…écris-moi un dm" is the same request), a lookahead after "privé".
      String.raw`(?:écris|\becris|\benvoie)[\s-]moi\s+(?:un\s+|en\s+)?(?:dm\b|mp\b|message\b|privé(?![\p{L}\p{N}])|prive\b)`,
      String.raw`\b(?:escríbeme|escribeme|mándame|mandame)\s+(?:un\s+|al\s+|por\s+)?(?:dm|md|mensaje|privado)\b`,
      String.raw`\b(?:scrivimi|mandami)\s+(?:un\s+|in\s+)?(?:dm|direct|messaggio|privato)\b`,
    ),
  },
  {
    // "Look at me instead": follow-for-follow, like-for-like, "check my page".
    // "I follow your recipes" and "check out my recreation" do not fire.
    name: "self_promotion",
    test: any(
      String.raw`\b(?:check|visit|see|view)\s+(?:out\s+)?my\s+(?:page|profile|bio|account|acc|channel|feed|ig|insta|instagram|posts|reels)\b`,
      String.raw`\bfollow\s+(?:me|us)\b`,
      String.raw`\bfollow\s*(?:back|4\s*follow|for\s+follow)\b`,
      String.raw`\b(?:f4f|l4l|like4like|likeforlike|followforfollow|sub4sub|s4s)\b`,
      String.raw`\bsubscribe\s+to\s+my\s+channel\b`,
      // German, French, Spanish, Italian
      String.raw`\bfolg(?:t)?\s+(?:mir|uns)\b`,
      String.raw`\b(?:schau|schaut)\s+(?:mal\s+)?(?:auf\s+)?(?:meinem|meinen|mein)\s+(?:profil|kanal|account|seite)\b`,
      String.raw`\b(?:abonne[\s-]toi|abonnez[\s-]vous|suis[\s-]moi|suivez[\s-]moi)\b`,
      String.raw`\b(?:va|allez)\s+voir\s+mon\s+(?:profil|compte|insta)\b`,
      String.raw`\b(?:sígueme|sigueme|síganme|siganme|seguimi|seguiteci)\b`,
      String.raw`\b(?:visita|mira)\s+mi\s+(?:perfil|página|pagina|canal|cuenta)\b`,
      String.raw`\bpassa(?:te)?\s+(?:dal|sul)\s+mio\s+profilo\b`,
    ),
  },
  {
    // Investment scams: a crypto word or a money figure together with a promise, or the
    // stock phrases of "account manager" fraud. "Worth the investment" and "bitcoin art"
    // alone do not fire.
    name: "crypto_investment",
    test: any(
      String.raw`\b(?:bitcoin|btc|crypto\w*|forex|ethereum|eth|usdt|binary\s+options?)\b.{0,80}\b(?:invest\w*|profits?|earn\w*|income|trad(?:e|ing|er)|returns?|payouts?|withdraw\w*|mining|signals?|dm|whats\s?app|telegram|account\s+manager)\b`,
      String.raw`\b(?:invest\w*|profits?|earn\w*|income|trad(?:e|ing|er)|returns?|payouts?|withdraw\w*|mining|signals?)\b.{0,80}\b(?:bitcoin|btc|crypto\w*|forex|ethereum|usdt|binary\s+options?)\b`,
      String.raw`\b(?:earn\w*|profit\w*|make|making|made|returns?|payouts?|withdrew|withdrawn|receive[ds]?)\b.{0,30}${MONEY}.{0,30}${PERIOD}`,
      String.raw`\b(?:profit\s+of|returns?\s+of|payouts?\s+of|withdrew|withdrawn)\s+${MONEY}`,
      String.raw`\binvest\w*\s+${MONEY}.{0,60}\b(?:got|get|gotten|received|returns?|profit\w*|earn\w*|withdrew|payouts?)\b.{0,20}${MONEY}`,
      String.raw`\b(?:passive\s+income|financial\s+freedom|account\s+manager|investment\s+(?:manager|platform|expert|advisor|adviser|plan)|trading\s+(?:expert|platform|account|signals?|mentor|coach))\b`,
      String.raw`\b(?:whats\s?app|telegram)\b\D{0,20}\+?\d[\d\s().-]{7,}\d`,
    ),
  },
  {
    // Selling reach: followers, likes, promotion, "ambassador" offers that want a DM or a pic.
    // "Where did you buy this dress?" and "how did you get so many followers?" do not fire.
    name: "follower_selling",
    test: any(
      // "Buy followers …", "we sell likes", "want to buy followers?"; not "he did buy views".
      String.raw`(?:^|[^\p{L}\p{N}\s]\s*|\b(?:we|i|to)\s+)(?:buy|sell)\s+(?:real\s+|active\s+|instagram\s+|ig\s+)?(?:followers|likes|views)\b`,
      String.raw`\b(?:cheap|free|instant)\s+(?:real\s+|active\s+|instagram\s+|ig\s+)?(?:followers|likes|views)\b`,
      String.raw`\b(?:followers|likes|views)\s+(?:for\s+)?(?:free|sale|cheap)\b`,
      String.raw`\bpromot(?:e|ing)\s+(?:your|ur)\s+(?:page|account|acc|profile|content|business|brand|ig|insta|instagram)\b`,
      String.raw`\b(?:want|wanna|need|looking)\s+(?:to\s+)?(?:get|gain|grow|boost|increase)\s+(?:more\s+|real\s+|your\s+)*(?:followers|likes|views|engagement|audience|page|account|instagram|ig|brand|business)\b`,
      String.raw`\b(?:gain|boost|increase)\s+(?:your|ur)\s+(?:followers|likes|engagement|reach)\b`,
      String.raw`\bcollab(?:oration)?\b.{0,30}\b(?:dm|pm|inbox|message\s+(?:me|us))\b`,
      String.raw`\b(?:dm|pm|inbox|message)\s+(?:me|us)?\s*(?:for|to)\s+(?:a\s+)?(?:collab\w*|promo\w*|feature|shout\s?out)\b`,
      String.raw`\b(?:promo|promotion|shout\s?out|feature)\s*\?\s*(?:dm|pm|inbox)\b`,
      String.raw`\bsend\s+(?:a\s+|your\s+)?(?:pic|pics|picture|photo|dm|message|msg)\s+to\s+@`,
      String.raw`\bambassador\b.{0,80}\b(?:dm|pm|inbox|message|send|contact|apply)\b`,
      String.raw`\b(?:dm|pm|inbox|message|send|contact|apply)\b.{0,80}\bambassador`,
    ),
  },
];

// Every part of every rule needs one of these words (or word starts), so a comment
// without any skips the five rules: one scan instead of five for most comments. Add a
// rule's words here with the rule; the test "the gate changes nothing" runs every example
// and every training comment with and without it.
const GATE = new RegExp(
  String.raw`\b(?:${[
    // link
    "https?|www|com|net|org|info|biz|io|co|ly|xyz|shop|store|site|online|club|top|live|ru",
    "t|wa|linktr|tinyurl|goo|link|lien|enlace",
    // dm_request
    "dm|pm|inbox|message|msg|send|drop|check|write|contact|schreibt?|ecris|envoie|escribeme|mandame|scrivimi|mandami",
    // self_promotion
    "visit|see|view|follow\\w*|f4f|l4l|like4like|likeforlike|sub4sub|s4s|subscribe|folgt?|schaut?",
    "abonne|abonnez|suis|suivez|voir|sigueme|siganme|seguimi|seguiteci|visita|mira|passa|passate",
    // crypto_investment
    "bitcoin|btc|crypto\\w*|forex|ethereum|eth|usdt|binary|invest\\w*|earn\\w*|profit\\w*|make|making|made",
    "returns?|payouts?|withdrew|withdrawn|receive[ds]?|passive|financial|account|trading|whats\\w*|telegram",
    // follower_selling
    "buy|buying|sell|selling|cheap|free|instant|followers|likes|views|promot\\w*|want|wanna|need|looking",
    "gain|boost|increase|collab\\w*|promo\\w*|shout\\w*|feature|ambassador",
  ].join("|")})\b|écris|sígueme|síganme|mándame|escríbeme`,
  "u",
);

/** The names of the rules that fire on a comment, in SPAM_RULE_NAMES order; [] for most comments. */
export function spamRules(text: string): SpamRuleName[] {
  return spamRulesFolded(foldText(text));
}

/**
 * spamRules of a text already through foldText (classifyComment folds once for both).
 * `gate` false runs every rule regardless of GATE (for the test that the gate is exact).
 */
export function spamRulesFolded(folded: string, gate = true): SpamRuleName[] {
  if (gate && !GATE.test(folded)) return [];
  const out: SpamRuleName[] = [];
  for (const r of RULES) if (r.test.test(folded)) out.push(r.name);
  return out;
}
