// `vouch comments classify <csv>`: label each comment of a CSV spam, possible_spam,
// generic or ok with the comment classifier, and print the counts, shares and spam and
// possibly-spam examples with their reasons. No database: the comments are labelled, not stored.
import { basename } from "node:path";
import type { Command } from "commander";
import type { ClassifiedComment } from "../../core/comment-spam.js";
import type { CommentSampleRow } from "../../ingest/comment-sample-csv.js";
import { num, pct, truncate } from "../format.js";
import type { CliIo } from "../io.js";
import { statusLine } from "../progress.js";
import { round4 } from "./followers-command.js";

const EXAMPLES = 10;

export function registerComments(program: Command, io: CliIo) {
  const comments = program
    .command("comments")
    .description("classify comments from a CSV (no database needed)");
  comments
    .command("classify")
    .description("label each comment of a CSV spam, possible_spam, generic or ok")
    .argument("<csv>", "comments CSV (docs/formats.md, Comments CSV (for classification))")
    .option("--json", "print every comment's label and the summary as JSON (docs/cli.md)")
    .action(async (path: string, o: { json?: boolean }) => {
      // Loaded on use: the model's weights and the CSV parser are not needed by other commands.
      const [{ readText }, { readCommentSampleCsv }, model] = await Promise.all([
        import("../../ingest/read-text.js"),
        import("../../ingest/comment-sample-csv.js"),
        import("../../core/comment-spam.js"),
      ]);
      const file = basename(path);
      const text = await readText(path, file);
      // Only large files take long enough to need a word while they are parsed.
      const large = text.length >= 5_000_000;
      statusLine(io, !large, `Parsing ${file} (${num(text.length / 1e6, 1)} million characters)…`);
      const rows = readCommentSampleCsv(text, file);
      statusLine(io, !large, `Classifying ${num(rows.length)} comments…`);
      const labels = rows.map((r) => model.classifyComment(r.text));
      const json = commentsJson(rows, labels, model.COMMENT_MODEL_VERSION);
      if (o.json) return io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      io.stdout(formatCommentLabels(rows, labels, json.summary, file, model.COMMENT_MODEL_VERSION));
    });
}

/** The documented --json shape (docs/cli.md, "comments classify --json"). */
export function commentsJson(
  rows: readonly CommentSampleRow[],
  labels: readonly ClassifiedComment[],
  version: string,
) {
  const counts = { spam: 0, possible_spam: 0, generic: 0, ok: 0 };
  for (const l of labels) counts[l.label]++;
  const n = labels.length;
  return {
    model: { version },
    comments: rows.map((r, i) => {
      const l = labels[i] as ClassifiedComment;
      return { row: r.row, id: r.id, pSpam: round4(l.pSpam), label: l.label, reasons: l.reasons };
    }),
    summary: {
      n,
      ...counts,
      spamShare: n === 0 ? null : round4(counts.spam / n),
      possibleSpamShare: n === 0 ? null : round4(counts.possible_spam / n),
      genericShare: n === 0 ? null : round4(counts.generic / n),
    },
  };
}

export function formatCommentLabels(
  rows: readonly CommentSampleRow[],
  labels: readonly ClassifiedComment[],
  s: ReturnType<typeof commentsJson>["summary"],
  file: string,
  version: string,
): string {
  const out: string[] = [`${num(s.n)} comments classified from ${file} with model ${version}`, ""];
  const line = (label: string, count: number, meaning: string) =>
    out.push(
      `  ${label.padEnd(14)}${num(count).padStart(9)}  ${(s.n === 0 ? "" : pct(count / s.n, 1)).padStart(6)}   ${meaning}`,
    );
  line("spam", s.spam, "spam or scams the model is sure of (what an audit counts against a creator)");
  line(
    "possible_spam",
    s.possible_spam,
    "links, DM requests, self-promotion, crypto or follower-selling phrasing, or a less sure model: shown, not counted",
  );
  line("generic", s.generic, "emoji only, a mention only, or stock praise (“nice pic”)");
  line("ok", s.ok, "everything else: comments that say something");

  const examples = (label: ClassifiedComment["label"], title: string, total: number) => {
    const picked = labels.flatMap((l, i) => (l.label === label ? [i] : [])).slice(0, EXAMPLES);
    if (picked.length === 0) return;
    out.push("", `${title} (${num(picked.length)} of ${num(total)}, in file order; why)`);
    for (const i of picked) {
      const r = rows[i] as CommentSampleRow;
      const l = labels[i] as ClassifiedComment;
      out.push(
        `  row ${String(r.row).padEnd(6)} ${r.id}: "${truncate(r.text, 60)}"   ${l.reasons.join(", ")}`,
      );
    }
  };
  examples("spam", "SPAM EXAMPLES", s.spam);
  examples("possible_spam", "POSSIBLY SPAM EXAMPLES", s.possible_spam);
  return `${out.join("\n")}\n`;
}
