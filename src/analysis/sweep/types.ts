/** A sweep's data: the input varied, the points, the summary, the options. */
import type { AnalysisOptions } from "../base.js";
import type { DilutionOptions } from "../dilution.js";

export type VaryMode = "set" | "scale" | "shift";

export type VaryKind = "integer" | "decimal" | "date";

export type Segment = string | number;

export interface VarySpec {
  readonly text: string;
  readonly path: readonly Segment[];
  readonly mode: VaryMode;
  readonly kind: VaryKind;
  readonly from: string;
  readonly to: string;
  readonly step: string;
}

export type MetricValue = string | number | boolean | null;

export interface SweepPoint {
  readonly x: string | number;
  readonly metrics: Record<string, MetricValue>;
  /** Whether any Person is an Acquiring Person at this point (always computed, for the summary). */
  readonly acquiring: boolean;
  readonly error?: string;
}

export interface Transition {
  readonly metric: string;
  readonly after: string | number;
  readonly at: string | number;
  readonly from: MetricValue;
  readonly to: MetricValue;
}

export interface SweepSummary {
  /** Where the sweep moves from no Acquiring Person to one (or back), refined to the exact value for whole-number inputs. */
  readonly triggerBoundary: {
    /** The input next to the boundary at which no Person is an Acquiring Person, and the one at which one is. */
    readonly without: string | number;
    readonly with: string | number;
    /** Whether the two are one unit apart (refined by bisection for whole-number inputs). */
    readonly exact: boolean;
    /** rising: Acquiring Person from `with` upwards; falling: up to `with`. */
    readonly direction: "rising" | "falling";
  } | null;
  /** Where each metric changes value between consecutive points (the first 50). */
  readonly transitions: readonly Transition[];
  readonly transitionCount: number;
  /** For numeric metrics: the smallest and largest value and where. */
  readonly ranges: readonly { metric: string; min: MetricValue; minAt: string | number; max: MetricValue; maxAt: string | number }[];
  /** For date inputs and date metrics: the metric's date minus the input's, in calendar days, and at how many points. */
  readonly offsets: readonly { metric: string; days: number; points: number; first: string | number; last: string | number }[];
  readonly errors: number;
  /** The summary in sentences. */
  readonly text: readonly string[];
}

export interface SweepResult {
  readonly param: string;
  readonly mode: VaryMode;
  readonly kind: VaryKind;
  readonly from: string;
  readonly to: string;
  readonly step: string;
  readonly metrics: readonly string[];
  readonly points: readonly SweepPoint[];
  readonly summary: SweepSummary;
  readonly elapsedMs: number;
}

export const MAX_POINTS = 1_000_000;

export interface SweepOptions extends AnalysisOptions, DilutionOptions {
  readonly metrics?: readonly string[];
  /** Called every `progressEvery` points and at the end. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly progressEvery?: number;
  /** Find the exact trigger boundary of a whole-number input by bisection (default true). */
  readonly refine?: boolean;
}
