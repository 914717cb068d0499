// What sunny_trails' audience writes and how she answers: question templates with her
// usual answers, openers and closers that vary them, the short generic comments every
// comment section has, and the replies other people add to a thread. Slots in braces
// ({place}, {feature}, {month}, …) are filled per comment (sunny-trails.ts).

// Comment templates, each with the creator's usual answers to it.
export const SUNNY_QUESTIONS: readonly (readonly [question: string, answers: readonly string[]])[] = [
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
export const SUNNY_OPENERS = [
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
export const withOpener = (opener: string, text: string): string =>
  opener === "" || /[!:] $/.test(opener) || /^I\b/.test(text) || !/^[A-Z][a-z]/.test(text)
    ? opener + text
    : opener + text.charAt(0).toLowerCase() + text.slice(1);
export const SUNNY_CLOSERS = ["", "", "", "", " 🙏", " 😍", " thanks!", " ✨", " 🌿", "!!", " 🥾"];
// Short phrases many people write: they may repeat across posts, as in real comment sections.
export const SUNNY_COMMON = [
  "Adding this to my bucket list!",
  "Need to go here",
  "Take me with you next time 😅",
  "This is my dream trip",
];
export const SUNNY_GENERIC = [
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
export const SUNNY_GENERIC_REPLIES = [
  "Thank you! ☀️",
  "🙏❤️",
  "Thanks so much 🥰",
  "☀️☀️",
  "Thank you, glad you like it!",
];
export const SUNNY_REPLY_OPENERS = ["", "", "", "Thank you! ", "Hi {first}! ", "Ahh thanks! "];
export const SUNNY_THREAD_REPLIES = [
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
export const SUNNY_FOLLOW_UPS = [
  "thank you, this helps so much for my {place} trip!",
  "amazing, adding {feature} to the plan 🙏",
  "perfect, thanks! {place} here I come",
  "good to know about {feature}, thank you!",
];
