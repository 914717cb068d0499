// Delivery worked out by hand on built timelines: which post fulfils which deliverable
// (and why), and where each deliverable stands — posted on time with a clear label,
// late by two days, removed on day 5 of 30, "#ad" buried after 20 hashtags, a story
// proven by a screenshot, a post that could be either of two deliverables.
import { describe, expect, it } from "vitest";
import type { Deliverable } from "../../src/core/contract-deliverables.js";
import { type MatchablePost, matchDeliverables } from "../../src/core/deliverable-match.js";
import { type DeliveryFacts, deliveryState } from "../../src/core/delivery-state.js";
import type { Post } from "../../src/core/types.js";

const at = (iso: string) => Date.parse(iso);

function reel(number: number, goLive: string, minDays: number | null = null): Deliverable {
  return {
    number,
    platform: "instagram",
    kind: "reel",
    ofTerm: { index: number, count: 2 },
    frames: null,
    draftDue: null,
    goLive,
    upUntil:
      minDays === null
        ? null
        : new Date(at(`${goLive}T00:00:00Z`) + minDays * 86_400_000).toISOString().slice(0, 10),
    highlightUntil: null,
    linkSticker: false,
    disclosure: { wording: "#ad", placement: [] },
    mentions: ["@acme.foods"],
    hashtags: ["#acmespring"],
    links: ["https://shop.example/spring"],
    codes: ["ANNA15"],
  };
}

function post(id: string, takenAt: string, caption: string | null, kind: Post["kind"] = "reel"): Post {
  return {
    platformPostId: id,
    shortcode: `C${id}`,
    takenAt: at(takenAt),
    kind,
    caption,
    likes: 10,
    comments: 1,
    views: 100,
    isAd: null,
    sponsors: null,
    location: null,
  };
}

const asMatchable = (p: Post): MatchablePost => ({
  postId: p.platformPostId,
  platform: "instagram",
  kind: p.kind,
  takenAt: p.takenAt,
  caption: p.caption,
});

const GOOD = "#ad My spring granola with @acme.foods: 15% off with ANNA15 at shop.example/spring #acmespring";

function facts(over: Partial<DeliveryFacts>): DeliveryFacts {
  return {
    deliverable: reel(1, "2027-03-10"),
    jurisdictions: ["FTC", "ASA/CAP"],
    draft: null,
    post: null,
    proofAt: null,
    sightings: [],
    now: at("2027-03-01T12:00:00Z"),
    ...over,
  };
}

describe("matching posts to deliverables", () => {
  it("takes the post that carries the contract's items, and says why", () => {
    const ordinary = post("1", "2027-03-10T08:00:00Z", "Sunday bake, no sponsor here");
    const paid = post("2", "2027-03-10T18:00:00Z", GOOD);
    const [m, ...rest] = matchDeliverables([reel(1, "2027-03-10")], [ordinary, paid].map(asMatchable));
    expect(rest).toEqual([]);
    expect(m).toEqual({
      deliverable: 1,
      postId: "2",
      by: "rule",
      reasons: [
        "link shop.example/spring",
        "code ANNA15",
        "mention @acme.foods",
        "hashtag #acmespring",
        "instagram reel posted on 2027-03-10",
      ],
    });
  });

  it("matches nothing on another platform, of another kind, or outside the window", () => {
    const d = [reel(1, "2027-03-10")];
    const tiktok = { ...asMatchable(post("3", "2027-03-10T10:00:00Z", GOOD)), platform: "tiktok" as const };
    const photo = asMatchable(post("4", "2027-03-10T10:00:00Z", GOOD, "image"));
    // 8 days early (7 allowed) and 31 days after the go-live day (30 allowed).
    const early = asMatchable(post("5", "2027-03-02T23:00:00Z", GOOD));
    const tooLate = asMatchable(post("6", "2027-04-10T00:00:00Z", GOOD));
    expect(matchDeliverables(d, [tiktok, photo, early, tooLate])).toEqual([]);
    const lastLateDay = asMatchable(post("7", "2027-04-09T23:59:00Z", "ANNA15"));
    expect(matchDeliverables(d, [lastLateDay]).map((m) => m.postId)).toEqual(["7"]);
  });

  it("gives a post that could be either of two deliverables to the one due first", () => {
    const d = [reel(2, "2027-03-20"), reel(1, "2027-03-10")];
    // Both posts carry one item; each is in both windows (3-03..4-09 and 3-13..4-19).
    const a = asMatchable(post("A", "2027-03-14T10:00:00Z", "ANNA15"));
    const b = asMatchable(post("B", "2027-03-19T10:00:00Z", "ANNA15"));
    expect(matchDeliverables(d, [b, a]).map((m) => [m.deliverable, m.postId])).toEqual([
      [1, "A"], // 4.0 days from 03-10, closer than B's 9.4
      [2, "B"],
    ]);
    // Alone, the post goes to deliverable 1, even though it is closer to deliverable 2's day.
    expect(matchDeliverables(d, [b]).map((m) => [m.deliverable, m.postId])).toEqual([[1, "B"]]);
    // More required items beat a closer day.
    const rich = asMatchable(post("R", "2027-03-16T10:00:00Z", GOOD));
    expect(matchDeliverables(d, [a, rich]).map((m) => [m.deliverable, m.postId])).toEqual([
      [1, "R"],
      [2, "A"],
    ]);
  });

  it("keeps the brand's matches and unmatches", () => {
    const d = [reel(1, "2027-03-10"), reel(2, "2027-03-20")];
    const a = asMatchable(post("A", "2027-03-12T10:00:00Z", "ANNA15"));
    const b = asMatchable(post("B", "2027-03-21T10:00:00Z", "ANNA15"));
    const hand = { matched: [{ deliverable: 2, postId: "A" }], unmatched: [{ deliverable: 1, postId: "B" }] };
    expect(matchDeliverables(d, [a, b], hand)).toEqual([
      { deliverable: 2, postId: "A", by: "hand", reasons: ["matched by hand", "posted on 2027-03-12"] },
    ]);
  });
});

describe("where a deliverable stands", () => {
  it("is due, then in its draft round, then late once the go-live day is over", () => {
    expect(deliveryState(facts({})).status).toBe("due");
    expect(deliveryState(facts({ draft: "changes_requested" })).status).toBe("changes_requested");
    const onTheDay = deliveryState(facts({ draft: "approved", now: at("2027-03-10T23:59:00Z") }));
    expect(onTheDay.status).toBe("approved");
    const twoDaysOn = deliveryState(facts({ draft: "approved", now: at("2027-03-12T10:00:00Z") }));
    expect(twoDaysOn).toEqual({
      status: "late",
      postedAt: null,
      problems: [
        { code: "not_posted", message: "Not posted: due on 2027-03-10, 2 days ago.", holdsPay: true },
      ],
    });
  });

  it("is done when posted on time with a clear label and seen after its 30 days", () => {
    const d = reel(1, "2027-03-10", 30); // up until 2027-04-09
    const p = post("2", "2027-03-10T18:00:00Z", GOOD);
    const live = deliveryState(facts({ deliverable: d, post: p, now: at("2027-03-20T00:00:00Z") }));
    expect(live).toEqual({ status: "posted", problems: [], postedAt: p.takenAt });
    const sightings = [
      { capturedAt: at("2027-03-20T09:00:00Z"), covers: true, present: true },
      { capturedAt: at("2027-04-09T09:00:00Z"), covers: true, present: true },
    ];
    expect(
      deliveryState(facts({ deliverable: d, post: p, sightings, now: at("2027-04-10T00:00:00Z") })).status,
    ).toBe("done");
  });

  it("says a post two days late is late, without holding pay for it", () => {
    const p = post("2", "2027-03-12T10:00:00Z", GOOD);
    const s = deliveryState(facts({ post: p, now: at("2027-03-13T00:00:00Z") }));
    expect(s.status).toBe("done"); // no minimum days agreed
    expect(s.problems).toEqual([
      {
        code: "posted_late",
        message: "Posted on 2027-03-12, 2 days after the go-live day 2027-03-10.",
        holdsPay: false,
      },
    ]);
  });

  it("finds a post removed on day 5 of 30, with the dates", () => {
    const d = reel(1, "2027-03-10", 30);
    const p = post("2", "2027-03-10T12:00:00Z", GOOD);
    const sightings = [
      { capturedAt: at("2027-03-13T09:00:00Z"), covers: true, present: true },
      // A snapshot that does not reach back to the post says nothing about it.
      { capturedAt: at("2027-03-14T09:00:00Z"), covers: false, present: false },
      { capturedAt: at("2027-03-15T13:00:00Z"), covers: true, present: false },
    ];
    const s = deliveryState(facts({ deliverable: d, post: p, sightings, now: at("2027-03-16T00:00:00Z") }));
    expect(s.status).toBe("removed_early");
    expect(s.problems).toEqual([
      {
        code: "removed_early",
        message:
          "Removed early: gone on 2027-03-15 (last seen 2027-03-13), 5 days after posting; it was to stay up until 2027-04-09.",
        holdsPay: true,
      },
    ]);
  });

  it('flags "#ad" buried after 20 hashtags as a disclosure problem that holds pay', () => {
    const tags = Array.from({ length: 20 }, (_, i) => `#tag${i + 1}`).join(" ");
    const p = post("2", "2027-03-10T12:00:00Z", `Spring granola @acme.foods ANNA15 #acmespring ${tags} #ad`);
    const s = deliveryState(facts({ post: p, jurisdictions: ["FTC"], now: at("2027-03-11T00:00:00Z") }));
    expect(s.status).toBe("disclosure_problem");
    const disclosure = s.problems.filter((x) => x.code === "disclosure");
    expect(disclosure.length).toBeGreaterThan(0);
    expect(disclosure.every((x) => x.holdsPay && x.message.startsWith("FTC: "))).toBe(true);
    expect(disclosure.some((x) => x.message.includes("after 21 hashtags"))).toBe(true);
    // The link is missing too: said, without holding pay.
    expect(s.problems).toContainEqual({
      code: "missing_items",
      message: "The caption lacks the link https://shop.example/spring.",
      holdsPay: false,
    });
  });

  it("counts a story proven by a screenshot as posted", () => {
    const story: Deliverable = { ...reel(1, "2027-03-10"), kind: "story", frames: 3 };
    const s = deliveryState(
      facts({ deliverable: story, proofAt: at("2027-03-10T20:00:00Z"), now: at("2027-03-11T08:00:00Z") }),
    );
    expect(s).toEqual({ status: "done", problems: [], postedAt: at("2027-03-10T20:00:00Z") });
  });
});
