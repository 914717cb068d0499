// Vouch's own snapshot format, version 1: one account's profile, posts with
// their comments and replies, and a follower sample, captured at one moment,
// and optionally its counts by day before then (history) and its follower demographics
// (the Graph API's follower_demographics responses as returned, graph-demographics.ts).
// docs/formats.md describes it; schemas/vouch-snapshot.schema.json is generated from it.
import { z } from "zod";
import { PLATFORMS } from "../core/types.js";
import {
  countSchema,
  idTextSchema,
  platformIdSchema,
  smallCountSchema,
  textSchema,
  usernameSchema,
} from "./field-schemas.js";
import { graphDemographicsSchema } from "./graph-demographics.js";

const isoTime = z.iso
  .datetime({ offset: true })
  .describe("ISO 8601 date-time with a time zone, e.g. 2026-05-01T09:30:00Z");
const countOrUnknown = countSchema.nullish().describe("a count; omit or null when unknown");
const isoDate = z.iso.date().describe("a calendar day in UTC, YYYY-MM-DD");
const author = z.object({ id: idTextSchema.nullish(), username: usernameSchema.nullish() });

const reply = z.object({
  id: platformIdSchema,
  author: author.nullish(),
  text: textSchema,
  createdAt: isoTime,
  likes: countOrUnknown,
});

const comment = reply.extend({ replies: z.array(reply).nullish() });

export const snapshotSchema = z
  .object({
    format: z.literal("vouch.snapshot/v1"),
    capturedAt: isoTime,
    account: z.object({
      platform: z.enum(PLATFORMS),
      username: usernameSchema,
      id: idTextSchema.nullish(),
    }),
    profile: z
      .object({
        followers: countOrUnknown,
        following: countOrUnknown,
        posts: countOrUnknown,
        fullName: textSchema.nullish(),
        bio: textSchema.nullish(),
        externalUrl: textSchema.nullish(),
        isVerified: z.boolean().nullish(),
        isBusiness: z.boolean().nullish(),
        category: textSchema.nullish(),
      })
      .nullish(),
    posts: z
      .array(
        z.object({
          id: platformIdSchema,
          shortcode: textSchema.nullish(),
          takenAt: isoTime,
          kind: z.enum(["image", "video", "carousel", "reel"]).nullish(),
          caption: textSchema.nullish(),
          likes: countOrUnknown,
          commentCount: countOrUnknown.describe(
            "the platform's comment count, which may exceed the comments listed",
          ),
          views: countOrUnknown,
          isAd: z.boolean().nullish(),
          sponsors: z.array(textSchema).nullish(),
          location: textSchema.nullish(),
          comments: z.array(comment).nullish(),
        }),
      )
      .default([]),
    followersSample: z
      .array(
        z.object({
          username: usernameSchema,
          id: idTextSchema.nullish(),
          followers: countOrUnknown,
          following: countOrUnknown,
          posts: countOrUnknown,
          hasAvatar: z.boolean().nullish(),
          isPrivate: z.boolean().nullish(),
          isVerified: z.boolean().nullish(),
          fullName: textSchema.nullish(),
          bioLength: countOrUnknown.describe("characters in the biography, when its text is not given"),
          biography: textSchema.nullish(),
          externalUrl: textSchema.nullish(),
          hasExternalUrl: z.boolean().nullish().describe("when the URL itself is not given"),
          usernameLength: smallCountSchema
            .nullish()
            .describe("for sources that give only summaries of the name"),
          usernameDigitCount: smallCountSchema.nullish(),
        }),
      )
      .default([]),
    history: z
      .array(
        z.object({
          date: isoDate,
          followers: countOrUnknown,
          following: countOrUnknown,
          posts: countOrUnknown,
        }),
      )
      .nullish()
      .describe("the account's counts by day (one entry per day), for the growth history"),
    demographics: graphDemographicsSchema
      .nullish()
      .describe(
        "the account's follower demographics: the Instagram Graph API's follower_demographics response(s) as returned, captured at capturedAt",
      ),
  })
  .describe("Vouch snapshot v1: one account's data captured at one moment");

export type Snapshot = z.output<typeof snapshotSchema>;

export function snapshotJsonSchema(): unknown {
  return z.toJSONSchema(snapshotSchema, { io: "input", target: "draft-2020-12" });
}
