/**
 * Charts of the analyses as SVG (ECharts' server-side renderer, no browser) and PNG (resvg, with
 * the DejaVu fonts given explicitly so that the pixels do not depend on font discovery). Pure but
 * for the font files read by the rasteriser: data in, SVG text or PNG bytes out.
 *
 * ECharts and resvg are loaded when a chart is first drawn, not when this module is (ECharts alone
 * takes most of a second to load): building a chart's option needs neither.
 *
 * Every chart has a title, axis names with units and annotations that cite the rule.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type * as Echarts from "echarts";
import type * as ResvgJs from "@resvg/resvg-js";
import type { DilutionAnalysis, DilutionScenario } from "./dilution.js";
import type { OwnershipTimeline, DateMark } from "./timeline.js";
import type { SweepResult } from "./sweep.js";
import { metricOf } from "./sweep.js";
import { formatNewYork, newYorkDateOf, parseEventInstant, type Instant } from "../time/instant.js";

export type ChartOption = Record<string, any>;

export const CHART_FONT = "DejaVu Sans";
const FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF"];
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"];
const PALETTE = ["#2f5d9b", "#d9822b", "#3b8f5a", "#8e44ad", "#7f8c8d", "#c0392b", "#16a085", "#b7950b"];
const THRESHOLD_COLOR = "#c0392b";
const MARK_COLORS: Record<DateMark["kind"], string> = {
  "flip-in": "#8e44ad",
  "stock-acquisition-date": "#2c3e50",
  "distribution-date": "#d35400",
  "redemption-deadline": "#16a085",
  "flip-over": "#8e44ad",
  exchange: "#2f5d9b",
  redemption: "#16a085",
  expiration: "#7f8c8d",
};

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_SIZE: ChartSize = { width: 1000, height: 620 };

/** Loads a renderer library (Node caches it after the first time). */
const load = createRequire(import.meta.url);

/** The SVG of an ECharts option, rendered on the server. */
export function renderSvg(option: ChartOption, size: ChartSize = DEFAULT_SIZE): string {
  const echarts = load("echarts") as typeof Echarts;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The DejaVu font files on this machine (resvg gets them explicitly). */
export function fontFiles(): string[] {
  for (const dir of FONT_DIRS) {
    const files = FONT_FILES.map((f) => join(dir, f)).filter((f) => existsSync(f));
    if (files.length) return files;
  }
  return [];
}

/** A PNG of an SVG, `width` pixels wide (twice the SVG's by default, for sharp text), on white. */
export function svgToPng(svg: string, width = DEFAULT_SIZE.width * 2): Buffer {
  const files = fontFiles();
  const { Resvg } = load("@resvg/resvg-js") as typeof ResvgJs;
  const resvg = new Resvg(svg, {
    font: files.length
      ? { loadSystemFonts: false, fontFiles: files, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT }
      : { loadSystemFonts: true, defaultFontFamily: CHART_FONT },
    fitTo: { mode: "width", value: width },
    background: "white",
  });
  return resvg.render().asPng();
}

/** The chart as the file extension asks: ".svg" text or ".png" bytes. */
export function renderChart(option: ChartOption, path: string, size: ChartSize = DEFAULT_SIZE): string | Buffer {
  const svg = renderSvg(option, size);
  if (/\.svg$/i.test(path)) return svg;
  if (/\.png$/i.test(path)) return svgToPng(svg, size.width * 2);
  throw new RangeError(`a chart is written as .svg or .png, not ${path}`);
}

/** The frame every chart shares: fonts, no animation, white background, title and legend. */
function frame(title: string, subtitle: string): ChartOption {
  return {
    animation: false,
    backgroundColor: "#ffffff",
    color: PALETTE,
    textStyle: { fontFamily: CHART_FONT, fontSize: 13, color: "#222" },
    title: { text: title, subtext: subtitle, left: "center", top: 8, textStyle: { fontFamily: CHART_FONT, fontSize: 18, fontWeight: "bold" }, subtextStyle: { fontFamily: CHART_FONT, fontSize: 12, color: "#555", lineHeight: 16 } },
    legend: { bottom: 6, itemGap: 28, textStyle: { fontFamily: CHART_FONT, fontSize: 12 } },
    grid: { left: 90, right: 60, top: 96, bottom: 96, outerBoundsMode: "none" },
  };
}

const DAY_MS = 86_400_000;
const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** "2004-03-03 21:00", or the date alone at midnight, of a value on a time axis. */
const utcClock = (ms: number) => {
  const iso = new Date(ms).toISOString();
  return iso.slice(11, 16) === "00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
};
const fixed2 = (text: string | null) => (text === null ? "—" : Number(text).toFixed(2));
const round2 = (text: string | null) => (text === null ? null : Math.round(Number(text) * 100) / 100);

/** Time axis labelled with calendar dates (UTC ticks, so no process time zone leaks in). */
function timeAxis(name: string, min?: number, max?: number): ChartOption {
  return {
    type: "time",
    name,
    nameLocation: "middle",
    nameGap: 32,
    min,
    max,
    // labels are dates: ticks a day apart at least, or a range within one day repeats its date at every tick
    minInterval: DAY_MS,
    axisLabel: { formatter: (v: number) => utcDate(v), hideOverlap: true, fontFamily: CHART_FONT },
    // the workbench's tooltip reads the value as the axis does (New York's clock written as UTC), never in the browser's zone
    axisPointer: { label: { formatter: (p: { value: number }) => utcClock(p.value) } },
    splitLine: { show: false },
  };
}

/** The most characters of a mark's label on one line (11 px type on the default chart's plot, 96 px margins): longer runs past the plot, over the date axis. */
const MARK_LINE_CHARS = 72;

/**
 * Marks at the same instant share one line and one label ("Distribution Date (R-3a(i)) = Redemption
 * deadline (R-23)"), "(scheduled)" once (an instant is scheduled or not for all its marks), and the
 * label in lines of its own per mark when it would not fit the plot's height.
 */
function mergedMarks(marks: readonly DateMark[]): { at: number; label: string; color: string; date: string }[] {
  const byAt = new Map<number, DateMark[]>();
  for (const m of marks) byAt.set(m.at, [...(byAt.get(m.at) ?? []), m]);
  return [...byAt.entries()].map(([at, list]) => ({
    at,
    label: ((labels: string[]) => (labels.join(" = ").length + 11 > MARK_LINE_CHARS ? labels.join(" =\n") : labels.join(" = ")))(list.map((m, i) => m.label + (m.scheduled && i === list.length - 1 ? " (scheduled)" : ""))),
    color: MARK_COLORS[list[0].kind],
    date: list[0].iso.slice(0, 10),
  }));
}

/** Ownership over time against the threshold, with the plan's dates marked. */
export function ownershipChartOption(t: OwnershipTimeline): ChartOption {
  const last = t.points[t.points.length - 1];
  const end = newYorkClock(t.range.to);
  const maxPercent = Math.max(...t.points.flatMap((p) => [Number(p.thresholdPercent), ...t.persons.map((id) => Number(p.owners[id].percent))]));
  // Persons with the same Beneficial Ownership throughout (Affiliates, a group: R-1b, R-1d) share one line.
  const lines = new Map<string, string[]>();
  for (const id of t.persons) {
    const key = t.points.map((p) => p.owners[id].shares).join(",");
    lines.set(key, [...(lines.get(key) ?? []), id]);
  }
  const series: ChartOption[] = [...lines.values()].map((ids) => ({ id: ids[0], name: ids.join(" = ") })).map(({ id, name }) => ({
    name,
    type: "line",
    step: "end",
    symbolSize: 7,
    lineStyle: { width: 3 },
    data: [...t.points.map((p) => [newYorkClock(p.at), Number(p.owners[id].percent)]), [end, Number(last.owners[id].percent)]],
    endLabel: { show: true, formatter: (p: { value: [number, number] }) => `${name} ${p.value[1].toFixed(2)}%`, fontFamily: CHART_FONT },
    // lines that end at the same height (two holders at 11%) get their labels one above the other, not printed over each other
    labelLayout: { moveOverlap: "shiftY" },
  }));
  const thresholdName = `Acquiring Person threshold ${t.points[t.points.length - 1].thresholdPercent}% (R-1a)`;
  series.push({
    name: thresholdName,
    type: "line",
    step: "end",
    symbol: "none",
    color: THRESHOLD_COLOR,
    lineStyle: { type: "dashed", width: 2, color: THRESHOLD_COLOR },
    data: [...t.points.map((p) => [newYorkClock(p.at), Number(p.thresholdPercent)]), [end, Number(last.thresholdPercent)]],
    markLine: {
      symbol: "none",
      silent: true,
      data: mergedMarks(t.marks).map((m) => ({
        xAxis: newYorkClock(m.at),
        lineStyle: { color: m.color, type: "solid", width: 1.5 },
        label: { formatter: `${m.date} ${m.label}`, position: "insideEndTop", color: m.color, fontFamily: CHART_FONT, fontSize: 11, backgroundColor: "rgba(255,255,255,0.85)", padding: [1, 3] },
      })),
    },
  });
  const firstThreshold = t.points[0].thresholdPercent;
  const omitted = t.omitted.length ? ` · not shown: ${t.omitted.map((m) => `${m.label} ${m.iso.slice(0, 10)}`).join(", ")}` : "";
  return {
    ...frame(`Beneficial ownership over time — ${t.company}`, `plan ${t.planVersion} · as of ${t.asOf.replace("T", " ")} · threshold ${firstThreshold}% (R-1a)${omitted}${t.sampled ? " · sampled" : ""}`),
    tooltip: { trigger: "axis" },
    xAxis: timeAxis("Date (New York time)", newYorkClock(t.range.from) - 86_400_000, end + 86_400_000 * 2),
    yAxis: {
      type: "value",
      name: "Beneficial ownership (% of shares outstanding)",
      nameLocation: "middle",
      nameGap: 52,
      min: 0,
      // room above the highest line for its label, but no more than 100% unless a holding is above it (R-1d: rights to acquire count in the numerator only)
      max: Math.max(Math.ceil(maxPercent / 5) * 5, Math.min(100, Math.ceil((maxPercent * 1.6) / 5) * 5)),
      axisLabel: { formatter: "{value}%" },
    },
    grid: { left: 90, right: 150, top: 96, bottom: 96, outerBoundsMode: "none" },
    series,
  };
}

const KIND_LABELS: Record<DilutionScenario["kind"], string> = {
  "flip-in": "After flip-in (R-11a-ii)",
  exchange: "After exchange (R-24)",
  "flip-over": "After flip-over (R-13), % of the Principal Party",
};

/** Before and after bars per party for each kind of dilution. */
export function dilutionChartOption(a: DilutionAnalysis): ChartOption {
  const common = a.scenarios.filter((s) => s.security === "common");
  const shown = common.length ? common : a.scenarios.filter((s) => s.sharesBefore !== null);
  const parties = [...new Set(shown.flatMap((s) => s.parties.map((p) => p.person)))];
  const pick = (s: DilutionScenario, person: string, field: "percentBefore" | "percentAfter") => round2(s.parties.find((p) => p.person === person)?.[field] ?? null);
  const label = { show: true, position: "top", formatter: (p: { value: number | null }) => (p.value === null ? "" : `${p.value.toFixed(2)}%`), fontFamily: CHART_FONT, fontSize: 11 };
  const series: ChartOption[] = [];
  if (shown.length) {
    series.push({ name: "Before", type: "bar", barGap: "8%", color: "#7f8c8d", label, data: parties.map((p) => pick(shown[0], p, "percentBefore")) });
  }
  shown.forEach((s, i) => {
    series.push({ name: KIND_LABELS[s.kind], type: "bar", color: PALETTE[i], label, data: parties.map((p) => pick(s, p, "percentAfter")) });
  });
  const acquirerLines = shown
    .filter((s) => s.acquirer)
    .map((s) => `${s.kind}: ${s.acquirer!.person} ${fixed2(s.acquirer!.percentBefore)}% → ${fixed2(s.acquirer!.percentAfter)}%${s.acquirerLossPercent !== null ? `, value −${fixed2(s.acquirerLossPercent)}%` : ""}`);
  const price = a.marketPrice ? `P = $${a.marketPrice.price} (${a.marketPrice.basis})` : "no market price";
  if (series.length) {
    series[0].markLine = {
      symbol: "none",
      silent: true,
      lineStyle: { color: THRESHOLD_COLOR, type: "dashed", width: 2 },
      label: { formatter: `${a.thresholdPercent}% threshold (R-1a)`, position: "insideEndTop", color: THRESHOLD_COLOR, fontFamily: CHART_FONT },
      data: [{ yAxis: Number(a.thresholdPercent), name: "threshold" }],
    };
  }
  return {
    ...frame(`Dilution of a Triggering Event — ${a.company}`, `${acquirerLines.join(" · ") || "no Acquiring Person"}\n${price} · exercise rate ${a.exerciseRate} · ${a.planVersion} · state of ${a.baseAsOf.slice(0, 10)}`),
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", name: "Holder", nameLocation: "middle", nameGap: 44, data: parties.map((p) => (shown.some((s) => s.parties.some((r) => r.person === p && r.rightsVoid)) ? `${p}\n(Rights void, R-7e)` : p)) },
    yAxis: { type: "value", name: "% of shares outstanding", nameLocation: "middle", nameGap: 52, min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
    grid: { left: 90, right: 40, top: 110, bottom: 96, outerBoundsMode: "none" },
    series,
  };
}

const UNIT_NAMES: Record<string, string> = { percent: "percent", money: "dollars", number: "number", boolean: "yes / no", text: "value" };
const UNITS: Record<string, string> = { percent: "%", money: "$", number: "", instant: "date", date: "date", boolean: "", text: "" };

/** The input's axis name: the path with its unit. */
function inputAxisName(r: SweepResult): string {
  const unit = r.kind === "date" ? (r.mode === "shift" ? "days shifted" : "date") : r.mode === "scale" ? "x factor" : /shares|Outstanding|authorized/i.test(r.param) ? "shares" : /close|price/i.test(r.param) ? "$" : "";
  return `${r.param}${r.mode === "scale" ? " (scaled)" : r.mode === "shift" ? " (shifted)" : ""}${unit ? ` (${unit})` : ""}`;
}

/**
 * An instant as New York's clock reads it, written as if it were UTC: the time axis's ticks are UTC
 * midnights labelled with their date, so an event at 9 P.M. New York time (2 A.M. UTC the next day)
 * sits on its own New York date (R-T1), not past the next day's tick.
 */
function newYorkClock(at: Instant): number {
  return Date.parse(`${formatNewYork(at).slice(0, 19)}Z`);
}

/** A date or instant as UTC midnight of its New York date, so that it sits on the day's tick. */
function dayValue(text: string): number {
  const date = text.length > 10 ? newYorkDateOf(parseEventInstant(text)) : text;
  return Date.parse(`${date}T00:00:00Z`);
}

function xValue(r: SweepResult, x: string | number): number {
  if (r.kind === "date" && r.mode === "set") return dayValue(String(x));
  return Number(x);
}

function yValue(kind: string, v: string | number | boolean | null): number | string | null {
  if (v === null) return null;
  if (kind === "boolean") return v ? 1 : 0;
  if (kind === "instant" || kind === "date") return typeof v === "string" ? dayValue(v) : null;
  if (kind === "text") return String(v) || "(none)";
  return Number(v);
}

/** The sweep's curves: the chosen metrics (those of the first metric's kind) as functions of the input. */
export function sweepChartOption(r: SweepResult, metrics: readonly string[] = r.metrics): ChartOption {
  const defs = metrics.map(metricOf);
  const kind = defs[0].kind;
  // metrics drawn on the first one's axis: the same kind, numbers of the same unit, or dates and instants (both on New York dates)
  const same = defs.filter((d) => d.kind === kind || (numeric(kind) && numeric(d.kind) && UNITS[d.kind] === UNITS[kind]) || (onDates(kind) && onDates(d.kind)));
  const many = r.points.length > 200;
  const series: ChartOption[] = same.map((d) => ({
    name: d.name,
    type: "line",
    step: kind === "boolean" || kind === "text" || kind === "date" || kind === "instant" ? "end" : undefined,
    showSymbol: !many,
    symbolSize: 6,
    lineStyle: { width: 2.5 },
    data: r.points.map((p) => [xValue(r, p.x), yValue(kind, p.metrics[d.name])]),
  }));
  const b = r.summary.triggerBoundary;
  if (b && series.length) {
    series[0].markLine = {
      symbol: "none",
      silent: true,
      lineStyle: { color: THRESHOLD_COLOR, type: "dashed", width: 1.5 },
      label: { formatter: `Acquiring Person ${b.direction === "rising" ? "from" : "up to"} ${b.with} (R-1a)`, position: "insideEndTop", color: THRESHOLD_COLOR, fontFamily: CHART_FONT },
      data: [{ xAxis: xValue(r, b.with) }],
    };
  }
  const texts = kind === "text" ? [...new Set(series.flatMap((s) => s.data.map((d: [number, string]) => d[1])))] : [];
  const yAxis: ChartOption =
    kind === "boolean"
      ? { type: "value", min: 0, max: 1, interval: 1, axisLabel: { formatter: (v: number) => (v === 1 ? "yes" : "no") } }
      : kind === "instant" || kind === "date"
        ? { ...timeAxis("") }
        : kind === "text"
          ? { type: "category", data: texts }
          : { type: "value", scale: true, axisLabel: { formatter: kind === "percent" ? "{value}%" : kind === "money" ? "${value}" : "{value}" } };
  const xAxis: ChartOption = r.kind === "date" && r.mode === "set" ? timeAxis(inputAxisName(r)) : { type: "value", scale: true, name: inputAxisName(r), nameLocation: "middle", nameGap: 32 };
  const names = same.map((d) => d.name).join(", ");
  const yName = `${same.length === 1 || names.length <= 70 ? names : UNIT_NAMES[kind] ?? "value"}${UNITS[kind] && !["instant", "date"].includes(kind) ? ` (${UNITS[kind]})` : kind === "instant" || kind === "date" ? " (New York date)" : ""}`;
  return {
    ...frame(`Sweep of ${r.param}: ${same.map((d) => d.name).join(", ")}`, `${r.points.length} points, ${r.from} to ${r.to} by ${r.step}${r.summary.text.length ? " · " + r.summary.text[0] : ""}`),
    tooltip: { trigger: "axis" },
    xAxis,
    yAxis: { ...yAxis, name: yName, nameLocation: "middle", nameGap: kind === "instant" || kind === "date" ? 80 : 60 },
    grid: { left: kind === "instant" || kind === "date" ? 120 : 100, right: 50, top: 96, bottom: 96, outerBoundsMode: "none" },
    series,
  };
}

function onDates(kind: string): boolean {
  return kind === "date" || kind === "instant";
}

function numeric(kind: string): boolean {
  return kind === "number" || kind === "percent" || kind === "money";
}
