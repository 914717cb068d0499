// `npm run train`: trains both models from ../shared/datasets (or VOUCH_DATASETS) and
// writes their weights under src/core/models and their cards under docs/models.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeCommentModel } from "./write-comment-model.js";
import { writeFollowerModel } from "./write-follower-model.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const datasets = process.env.VOUCH_DATASETS ?? path.resolve(repoRoot, "../shared/datasets");

console.log(await writeFollowerModel(datasets, repoRoot));
console.log(await writeCommentModel(datasets, repoRoot));
