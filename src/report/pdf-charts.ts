// The PDF report's charts, drawn with pdfkit's vector API (no image library, sharp at
// any zoom, and their labels stay text a reader can search and copy): columns with a
// reference line (engagement rate per post against the tier benchmark), horizontal
// share bars (follower classes), and a line of followers per day (growth). Each takes
// the box to draw in and draws nothing outside it. Labels are passed in already fitted
// to the font (pdf-fonts.ts): charts draw what they are given.
import { niceStep } from "./chart-scale.js";
import { num } from "./format.js";
import { FONT_BOLD, FONT_REGULAR } from "./pdf-fonts.js";
import type { ColumnChartBlock, GrowthChartPoint } from "./report-types.js";

export const COLORS = {
  text: "#1b1f24",
  muted: "#4a5360",
  grid: "#dde2e8",
  axis: "#8a939e",
  bar: "#0a4fb3",
  track: "#eef1f5",
  reference: "#c2410c",
  line: "#0a4fb3",
};

const percentTick = (v: number, step: number) => `${(v * 100).toFixed(step * 100 < 1 ? 1 : 0)}%`;

/** Columns of fractions with y ticks in percent, a dashed reference line, and labels under the columns. */
export function drawColumnChart(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  w: number,
  h: number,
  chart: Pick<ColumnChartBlock, "columns" | "reference">,
): void {
  const left = x + 34;
  const bottom = y + h - 16;
  const top = y + 8;
  const plotW = w - 34;
  const plotH = bottom - top;
  const known = chart.columns.flatMap((c) => (c.value === null ? [] : [c.value]));
  const maxValue = Math.max(...known, chart.reference?.value ?? 0, 0);
  const step = niceStep(maxValue * 1.1 || 0.01);
  const yMax = Math.max(step, Math.ceil((maxValue * 1.1) / step) * step);
  const yOf = (v: number) => bottom - (Math.min(v, yMax) / yMax) * plotH;

  doc.save();
  doc.lineWidth(0.5).font(FONT_REGULAR).fontSize(6.5);
  for (let v = 0; v <= yMax + step / 2; v += step) {
    const ty = yOf(v);
    doc
      .strokeColor(COLORS.grid)
      .moveTo(left, ty)
      .lineTo(left + plotW, ty)
      .stroke();
    doc
      .fillColor(COLORS.muted)
      .text(percentTick(v, step), x, ty - 3, { width: 30, align: "right", lineBreak: false });
  }
  doc
    .strokeColor(COLORS.axis)
    .moveTo(left, bottom)
    .lineTo(left + plotW, bottom)
    .stroke();

  const n = chart.columns.length;
  if (n > 0) {
    const slot = plotW / n;
    const barW = Math.max(1, Math.min(28, slot * 0.7));
    // Every label when they fit, else every k-th.
    const every = Math.max(1, Math.ceil(24 / slot));
    chart.columns.forEach((c, i) => {
      const cx = left + slot * i + slot / 2;
      if (c.value === null) {
        doc
          .fillColor(COLORS.muted)
          .text("n/a", cx - 10, bottom - 9, { width: 20, align: "center", lineBreak: false });
      } else {
        const by = yOf(c.value);
        doc.rect(cx - barW / 2, by, barW, Math.max(0.5, bottom - by)).fill(COLORS.bar);
      }
      if (i % every === 0)
        doc.fillColor(COLORS.muted).text(c.label, cx - slot * every * 0.5, bottom + 4, {
          width: slot * every,
          align: "center",
          lineBreak: false,
        });
    });
  }

  if (chart.reference) {
    const ry = yOf(chart.reference.value);
    doc.lineWidth(1).strokeColor(COLORS.reference).dash(4, { space: 3 });
    doc
      .moveTo(left, ry)
      .lineTo(left + plotW, ry)
      .stroke();
    doc.undash();
    const label = chart.reference.label;
    const lw = Math.min(plotW, doc.widthOfString(label) + 6);
    doc.rect(left + plotW - lw, ry - 10, lw, 8.5).fill("#ffffff");
    doc
      .fillColor(COLORS.reference)
      .text(label, left + plotW - lw + 3, ry - 9, { width: lw, lineBreak: false });
  }
  doc.restore();
}

/** A bar as the PDF draws it: the label, what puts an item there, the share and the numbers in words. */
export interface PdfBar {
  label: string;
  note?: string;
  share: number | null;
  display: string;
}

/**
 * One row per bar: label (and its note, wrapped) on the left, a track with the share
 * filled, the display text right. Returns the height used.
 */
export function drawBarList(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  w: number,
  bars: PdfBar[],
): number {
  const labelW = 200;
  const valueW = 120;
  const trackX = x + labelW + 6;
  const trackW = w - labelW - valueW - 12;
  doc.save();
  let ry = y;
  for (const b of bars) {
    doc.font(FONT_REGULAR).fontSize(6.5);
    const noteH = b.note ? doc.heightOfString(b.note, { width: labelW }) : 0;
    doc.font(FONT_REGULAR).fontSize(8);
    const valueH = doc.heightOfString(b.display, { width: valueW });
    const rowH = Math.max(22, 12 + noteH + 4, valueH + 8);
    doc
      .font(FONT_BOLD)
      .fontSize(8)
      .fillColor(COLORS.text)
      .text(b.label, x, ry, { width: labelW, lineBreak: false });
    if (b.note)
      doc
        .font(FONT_REGULAR)
        .fontSize(6.5)
        .fillColor(COLORS.muted)
        .text(b.note, x, ry + 10, { width: labelW });
    doc.rect(trackX, ry + 2, trackW, 10).fill(COLORS.track);
    if (b.share !== null && b.share > 0)
      doc.rect(trackX, ry + 2, Math.max(1, trackW * Math.min(1, b.share)), 10).fill(COLORS.bar);
    doc
      .font(FONT_REGULAR)
      .fontSize(8)
      .fillColor(COLORS.text)
      .text(b.display, trackX + trackW + 6, ry + 2, { width: valueW });
    ry += rowH;
  }
  doc.restore();
  return ry - y;
}

/**
 * Followers per day as a line (dates across, followers up), broken where a day's count
 * is unknown, with a dot on every known day when there are few. Fewer than two known
 * days: a framed "not enough data" instead of a line.
 */
type Day = Pick<GrowthChartPoint, "day" | "followers">;

export function drawGrowthChart(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  w: number,
  h: number,
  points: Pick<GrowthChartPoint, "day" | "followers">[],
): void {
  const sorted = [...points].sort((a, b) => a.day.localeCompare(b.day));
  const known = sorted.filter((p): p is { day: string; followers: number } => p.followers !== null);
  doc.save();
  doc.font(FONT_REGULAR).fontSize(6.5).lineWidth(0.5);
  if (known.length < 2) {
    doc.strokeColor(COLORS.grid).rect(x, y, w, h).stroke();
    doc
      .fillColor(COLORS.muted)
      .fontSize(8)
      .text("Not enough data: fewer than two days with a follower count.", x, y + h / 2 - 5, {
        width: w,
        align: "center",
        lineBreak: false,
      });
    doc.restore();
    return;
  }

  const left = x + 44;
  const bottom = y + h - 16;
  const top = y + 8;
  const plotW = w - 48;
  const plotH = bottom - top;
  const values = known.map((p) => p.followers);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const pad = Math.max(1, (hi - lo) * 0.1);
  lo = Math.max(0, lo - pad);
  hi += pad;
  const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const t0 = dayMs((sorted[0] as Day).day);
  const t1 = dayMs((sorted.at(-1) as Day).day);
  const xOf = (d: string) => (t1 === t0 ? left + plotW / 2 : left + ((dayMs(d) - t0) / (t1 - t0)) * plotW);
  const yOf = (v: number) => bottom - ((v - lo) / (hi - lo)) * plotH;

  for (const v of [lo, (lo + hi) / 2, hi]) {
    const ty = yOf(v);
    doc
      .strokeColor(COLORS.grid)
      .moveTo(left, ty)
      .lineTo(left + plotW, ty)
      .stroke();
    doc
      .fillColor(COLORS.muted)
      .text(num(Math.round(v)), x, ty - 3, { width: 40, align: "right", lineBreak: false });
  }
  doc
    .strokeColor(COLORS.axis)
    .moveTo(left, bottom)
    .lineTo(left + plotW, bottom)
    .stroke();
  const first = sorted[0] as Day;
  const last = sorted.at(-1) as Day;
  doc.fillColor(COLORS.muted).text(first.day, left, bottom + 4, { width: 60, lineBreak: false });
  if (last.day !== first.day)
    doc.text(last.day, left + plotW - 60, bottom + 4, { width: 60, align: "right", lineBreak: false });

  // The line, one segment per run of known days.
  doc.lineWidth(1.2).strokeColor(COLORS.line);
  let open = false;
  for (const p of sorted) {
    if (p.followers === null) {
      if (open) doc.stroke();
      open = false;
      continue;
    }
    const px = xOf(p.day);
    const py = yOf(p.followers);
    if (open) doc.lineTo(px, py);
    else doc.moveTo(px, py);
    open = true;
  }
  if (open) doc.stroke();
  if (known.length <= 60)
    for (const p of known) doc.circle(xOf(p.day), yOf(p.followers), 1.6).fill(COLORS.line);
  doc.restore();
}
