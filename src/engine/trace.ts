/**
 * The explanation: every finding names its rule, the Agreement section, the instant, the event
 * that led to it (null for the passage of time) and the values it used.
 */
import { sectionOf, type RuleId } from "../agreement/rules.js";
import { formatNewYork, type Instant } from "../time/instant.js";

export type TraceValue = string | number | boolean | null;

export interface Finding {
  /** The instant in New York time with its offset, as the answer prints it. */
  readonly at: string;
  readonly event: number | null;
  readonly rule: RuleId;
  readonly section: string;
  readonly finding: string;
  readonly values?: Readonly<Record<string, TraceValue>>;
}

/**
 * Records a finding at `at`, caused by `event` (null when time alone brought it), citing the
 * Agreement section of its rule, or `section` where a reading rule speaks of another section's
 * clause (R-X13's assumed term: the section declaring the term).
 */
export function record(
  trace: Trace,
  at: Instant,
  event: number | null,
  rule: RuleId,
  finding: string,
  values?: Record<string, TraceValue>,
  section: string = sectionOf(rule),
): void {
  const when = formatNewYork(at);
  flatten(finding);
  trace.add(values ? { at: when, event, rule, section, finding, values } : { at: when, event, rule, section, finding });
}

/**
 * A finding built by a template literal is a tree of V8 cons strings (about 280 bytes for a
 * 57-character finding); reading a character flattens it in place into one sequential string
 * (about 90 bytes) and the garbage collector drops the tree. The trace keeps a finding per event,
 * so this halves its memory (measured in bench/).
 */
function flatten(s: string): void {
  if (s.length > 0) s.charCodeAt(0);
}

/** The columns of a routine position row (R-1d): whole numbers, exact below 2^53. */
const ROW = { instant: 0, event: 1, person: 2, shares: 3, owned: 4, outstanding: 5, before: 6 } as const;
const ROW_WIDTH = 7;

/**
 * The explanation as the engine writes it, in order. The routine finding of a trade that moves no
 * status (R-1d: who traded how many shares and what it then beneficially owns) is kept as a row of
 * numbers, not as an object: a scenario of a million trades then costs the engine seven numbers
 * per trade and the garbage collector next to nothing until the findings are read.
 */
export class Trace {
  private readonly notable: Finding[] = [];
  /**
   * The rows, ROW_WIDTH numbers each, in an ordinary array of doubles (V8 keeps them unboxed, in the
   * JavaScript heap: typed arrays of this size count as external memory, whose growth forces full
   * garbage collections).
   */
  private readonly rows: number[] = [];

  /** `personId` names a position row's Person by its index. */
  constructor(private readonly personId: (p: number) => string) {}

  /** Records a finding. */
  add(finding: Finding): void {
    this.notable.push(finding);
  }

  /** R-1d: Person `person` acquired (shares > 0) or disposed of (shares < 0) shares at `at` by `event`, and now beneficially owns `owned` of `outstanding`. */
  addPosition(at: Instant, event: number, person: number, shares: number, owned: number, outstanding: number): void {
    this.rows.push(at, event, person, shares, owned, outstanding, this.notable.length);
  }

  private get rowCount(): number {
    return this.rows.length / ROW_WIDTH;
  }

  /** How many findings there are. */
  get length(): number {
    return this.notable.length + this.rowCount;
  }

  /** The first `count` findings (default: all), in the order recorded, as plain data. */
  findings(count = this.length): Finding[] {
    const all: Finding[] = new Array(count);
    const rows = this.rows;
    const section = sectionOf("R-1d");
    let n = 0;
    let next = 0;
    let instant = NaN;
    let at = "";
    for (let i = 0; i < this.rowCount; i++) {
      const r = i * ROW_WIDTH;
      for (const before = rows[r + ROW.before]; next < before && n < count; next++) all[n++] = this.notable[next];
      if (n === count) break;
      if (rows[r + ROW.instant] !== instant) at = formatNewYork((instant = rows[r + ROW.instant]));
      const shares = rows[r + ROW.shares];
      const finding = `${this.personId(rows[r + ROW.person])} ${shares >= 0 ? "acquires" : "disposes of"} ${Math.abs(shares)} shares; beneficially owns ${rows[r + ROW.owned]} of ${rows[r + ROW.outstanding]}`;
      flatten(finding);
      all[n++] = { at, event: rows[r + ROW.event], rule: "R-1d", section, finding };
    }
    while (n < count) all[n++] = this.notable[next++];
    return all;
  }
}

/** A rule broken by an event, or an input the rule needs and the scenario lacks (Catala's no-value). */
export class RuleError extends Error {
  /** For an error raised by the passage of time: the event that set the transition up, if any. */
  event?: number | null;

  constructor(
    readonly rule: RuleId,
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = "RuleError";
  }
}
