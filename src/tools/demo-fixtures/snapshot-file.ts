// The shape of a demo fixture: the Vouch snapshot importer's input type, so the compiler
// holds the generator to what `vouch import` reads (the test also parses each file).
import type { z } from "zod";
import type { snapshotSchema } from "../../ingest/vouch-snapshot-schema.js";

export type SnapshotFile = z.input<typeof snapshotSchema>;
export type SnapshotProfile = NonNullable<SnapshotFile["profile"]>;
export type SnapshotPost = NonNullable<SnapshotFile["posts"]>[number];
export type SnapshotComment = NonNullable<SnapshotPost["comments"]>[number];
export type SnapshotReply = NonNullable<SnapshotComment["replies"]>[number];
export type SnapshotFollower = NonNullable<SnapshotFile["followersSample"]>[number];
export type SnapshotDay = NonNullable<SnapshotFile["history"]>[number];

/** An account on the platform: a creator or someone in their audience. */
export interface DemoUser {
  id: string;
  username: string;
}
