// Writes the follower model's weights (src/core/models/follower-fake.json) and its
// model card (docs/models/follower-authenticity.md), both generated from one training
// run so the card's figures are always the shipped model's.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { FollowerModelJson } from "../core/follower-model.js";
import { followerCard } from "./follower-card.js";
import { trainFollowerModel } from "./train-follower-model.js";

export const FOLLOWER_WEIGHTS_PATH = "src/core/models/follower-fake.json";
export const FOLLOWER_CARD_PATH = "docs/models/follower-authenticity.md";

export async function writeFollowerModel(datasetsDir: string, repoRoot: string): Promise<string> {
  const { model, report } = await trainFollowerModel(datasetsDir, { compare: true });
  if (!report) throw new Error("training with compare gives a report");
  await writeFile(path.join(repoRoot, FOLLOWER_WEIGHTS_PATH), `${JSON.stringify(model)}\n`);
  await writeFile(path.join(repoRoot, FOLLOWER_CARD_PATH), followerCard(report, model as FollowerModelJson));
  const worst = Math.min(...Object.values(report.leaveOneSourceOut).map((s) => s.auc));
  return `followers: shipped ${model.shape}; pooled 5-fold AUC ${report.kFold.auc.toFixed(3)}; worst held-out-source AUC ${worst.toFixed(3)}; threshold ${model.threshold} → ${FOLLOWER_WEIGHTS_PATH}`;
}
