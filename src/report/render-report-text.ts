// The report model as plain text for a terminal (`vouch audit`): the title, the score and
// headline figures, then each section under its title in capitals, every block in words.
// Figure lines read "  Label<padding to 26>value   note", as they always have, so a
// script can still find a figure by its label. Prose is wrapped at 80 columns; charts
// print their title and caption only (their figures stand in a table or list beside
// them). The CLI escapes control characters on the way out (src/cli/inert-text.ts).
import { notComputedWords } from "../core/not-computed.js";
import { wrapWords } from "./format.js";
import type {
  BarListBlock,
  ReportBlock,
  ReportFact,
  ReportModel,
  ReportThread,
  TableBlock,
} from "./report-types.js";
import { cellText, linkWords, plainWords } from "./words.js";

const WIDTH = 80;
const LABEL = 24;

export function renderReportText(m: ReportModel): string {
  const out: string[] = [
    `${m.title}, ${m.account}`,
    `Audit ${m.methodVersion} computed ${m.computedOn}; data: ${m.dataRange.text}; models ${
      m.models ? `${m.models.followers}, ${m.models.comments}` : notComputedWords(m.methodVersion)
    }`,
    "",
  ];
  const s = m.headline.score;
  if (s) {
    out.push(line("Trust score", s.value, [s.grade ? `grade ${s.grade}` : "", s.change ?? ""]));
    out.push(...prose(s.confidence, 4), ...prose(s.caption, 4));
  }
  for (const f of m.headline.facts) out.push(line(f.label, f.value, [f.note ?? ""]));
  if (m.headline.figures.length) {
    out.push("", "HEADLINE FIGURES");
    for (const f of m.headline.figures) {
      out.push(line(f.label, f.value, [f.note]));
      out.push(...prose(`Benchmark: ${f.benchmark}`, 6), ...prose(`Method: ${f.method}`, 6));
      if (f.previous) out.push(...prose(`Previous audit: ${f.previous}`, 6));
    }
  }
  for (const section of m.sections) {
    out.push("", section.title.toUpperCase());
    for (const b of section.blocks) out.push(...blockText(b));
  }
  return `${out.join("\n")}\n`;
}

/** One section's lines, under its title in capitals (what `vouch audit` prints per section). */
export function sectionText(section: ReportModel["sections"][number]): string[] {
  return ["", section.title.toUpperCase(), ...section.blocks.flatMap(blockText)];
}

/** "  Label<padding>value   note   note": the figure line a script can find by its label. */
function line(label: string, value: string, notes: string[] = []): string {
  const head = label.length >= LABEL ? `${label}  ` : label.padEnd(LABEL);
  return `  ${head}${[value, ...notes.filter(Boolean)].join("   ")}`;
}

function prose(text: string, indent = 2, hanging = indent): string[] {
  return wrapWords(text, WIDTH - hanging).map((l, i) => `${" ".repeat(i ? hanging : indent)}${l}`);
}

function facts(items: ReportFact[]): string[] {
  return items.map((f) => line(f.label, f.value, [f.note ?? ""]));
}

function blockText(b: ReportBlock): string[] {
  switch (b.kind) {
    case "heading":
      return ["", `  ${b.text}`];
    case "text":
      return prose(plainWords(b.text));
    case "facts":
      return facts(b.items);
    case "notes":
      return [`  ${b.title}:`, ...b.items.flatMap((n) => prose(`- ${n}`, 4, 6))];
    case "list":
      return [
        `  ${b.title}:`,
        ...(b.items.length
          ? b.items.flatMap((i) => [
              ...prose(`- ${(i.badges ?? []).map((x) => `[${x}] `).join("")}${i.text}`, 4, 6),
              ...(i.details ?? []).flatMap((d) => prose(d, 6)),
              ...(i.evidence?.length ? prose(`Evidence: ${i.evidence.map(linkWords).join(", ")}`, 6) : []),
            ])
          : prose(b.empty, 4)),
      ];
    case "column-chart":
    case "growth-chart":
      return prose(`${b.title}: ${b.caption}`);
    case "bar-list":
      return barList(b);
    case "comments":
      return b.items.length
        ? b.items.flatMap((c) => {
            const head = [
              c.author === null ? "" : `@${c.author}`,
              c.id === undefined ? "" : `comment ${c.id}`,
              ...c.tags.map((t) => `[${t}]`),
              c.meta ?? "",
            ]
              .filter(Boolean)
              .join("  ");
            return prose(head ? `${head}: ${c.text}` : c.text, 4, 6);
          })
        : prose(b.empty, 4);
    case "threads":
      return [`  ${b.title}:`, ...(b.threads.length ? b.threads.flatMap(thread) : prose(b.empty, 4))];
    case "table":
      return table(b);
    case "part":
      return ["", `  ${b.title.toUpperCase()}`, ...b.blocks.flatMap(blockText)];
  }
}

function thread(t: ReportThread): string[] {
  const entry = (
    e: { id?: string; author: string | null; text: string; at: string | null },
    creator = false,
  ) =>
    `${e.at ? `${e.at}  ` : ""}@${e.author ?? "unknown"}${creator ? " (creator)" : ""}${
      e.id === undefined ? "" : ` (comment ${e.id})`
    }: ${e.text}`;
  return [
    ...(t.comment ? prose(entry(t.comment), 4, 6) : []),
    ...t.replies.flatMap((r) => prose(`↳ ${entry(r, r.byCreator)}`, 6, 8)),
    ...(t.note ? prose(t.note, 6) : []),
  ];
}

function barList(b: BarListBlock): string[] {
  const label = (x: { label: string; tag?: string }) => (x.tag ? `${x.label} (${x.tag})` : x.label);
  return [
    `  ${b.title}:`,
    ...b.bars.map((x) =>
      line(label(x), x.values[0] ?? x.shareText, [
        ...x.values.slice(1),
        ...(x.values.length ? [x.shareText] : []),
        x.note ?? "",
      ]),
    ),
    ...(b.total
      ? [
          line(b.total.label, b.total.values[0] ?? b.total.shareText, [
            ...b.total.values.slice(1),
            b.total.shareText,
          ]),
        ]
      : []),
    ...prose(b.caption, 4),
  ];
}

/** Columns padded to their widest cell (numbers to the right); groups under their label. */
function table(b: TableBlock): string[] {
  const rows = b.groups ? b.groups.flatMap((g) => g.rows) : b.rows;
  const texts = (r: TableBlock["rows"][number]) => r.map(cellText);
  const widths = b.columns.map((c, i) =>
    Math.max(c.label.length, ...rows.map((r) => (r[i] === undefined ? 0 : cellText(r[i] as string).length))),
  );
  const fmt = (cells: string[]) =>
    `    ${cells
      .map((c, i) => (b.columns[i]?.numeric ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")}`.trimEnd();
  const head = [`  ${b.title}:`, fmt(b.columns.map((c) => c.label))];
  if (b.groups)
    return [
      ...head,
      ...b.groups.flatMap((g) => [
        `    ${g.label}${g.note ? ` ${g.note}` : ""}`,
        ...(g.rows.length ? g.rows.map((r) => fmt(texts(r))) : [`      ${g.empty}`]),
      ]),
    ];
  return rows.length ? [...head, ...rows.map((r) => fmt(texts(r)))] : [`  ${b.title}:`, ...prose(b.empty, 4)];
}
