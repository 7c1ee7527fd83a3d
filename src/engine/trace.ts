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

export type Trace = Finding[];

/** Records a finding at `at`, caused by `event` (null when time alone brought it). */
export function record(
  trace: Trace,
  at: Instant,
  event: number | null,
  rule: RuleId,
  finding: string,
  values?: Record<string, TraceValue>,
): void {
  const when = formatNewYork(at);
  flatten(finding);
  trace.push(values ? { at: when, event, rule, section: sectionOf(rule), finding, values } : { at: when, event, rule, section: sectionOf(rule), finding });
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

/**
 * The routine finding of a trade that moves no status (R-1d): its words are written only when
 * read or serialised, so a scenario of a million trades keeps a million small records, not a
 * million sentences. It reads and serialises like any other finding.
 */
export class PositionFinding implements Finding {
  constructor(
    private readonly instant: Instant,
    readonly event: number,
    private readonly person: string,
    private readonly verb: string,
    private readonly shares: number,
    private readonly owned: number,
    private readonly outstanding: number,
  ) {}

  get at(): string {
    return formatNewYork(this.instant);
  }

  get rule(): RuleId {
    return "R-1d";
  }

  get section(): string {
    return sectionOf("R-1d");
  }

  get finding(): string {
    return `${this.person} ${this.verb} ${this.shares} shares; beneficially owns ${this.owned} of ${this.outstanding}`;
  }

  toJSON(): Finding {
    return { at: this.at, event: this.event, rule: this.rule, section: this.section, finding: this.finding };
  }
}

/** A rule broken by an event, or an input the rule needs and the scenario lacks (Catala's no-value). */
export class RuleError extends Error {
  /** For an error raised by the passage of time: the event that set the transition up, if any. */
  event?: number | null;

  constructor(
    readonly rule: RuleId,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "RuleError";
  }
}
