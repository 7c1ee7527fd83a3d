/**
 * An EDGAR full submission (the `.txt` of a whole filing): `<DOCUMENT>` sections, each with its
 * `<TYPE>` (8-K, EX-4.1, EX-99.1) and its `<TEXT>`. The reader reads the one document that holds
 * the plan: the one that speaks most of it, an exhibit of type EX-4 (an instrument) first on a tie.
 * The other documents are blanked with spaces, line ends kept, so offsets still point into the file.
 */

const DOCUMENT = /<DOCUMENT>([\s\S]*?)(?:<\/DOCUMENT>|$(?![\s\S]))/gi;
const TYPE = /<TYPE>\s*([^\s<]+)/i;
const PLAN_WORDS = /\bRights\s+Agreement\b|\bRights\s+Agent\b|\bAcquiring\s+Person\b|\bDistribution\s+Date\b|\bPurchase\s+Price\b|\bRedemption\s+Price\b|\bFinal\s+Expiration\s+Date\b|\bpreservation\s+plan\b/gi;

export interface SubmissionPart {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** Whether a text is a full submission: it has `<DOCUMENT>` sections with a `<TYPE>`. */
export function isSubmission(text: string): boolean {
  return /<DOCUMENT>\s*<TYPE>/i.test(text.slice(0, 200_000));
}

/** The documents of a full submission, with their places in the text. */
export function submissionParts(text: string): SubmissionPart[] {
  return [...text.matchAll(DOCUMENT)].map((m) => ({ type: TYPE.exec(m[1]!)?.[1]?.toUpperCase() ?? "?", start: m.index, end: m.index + m[0].length }));
}

function planScore(text: string, part: SubmissionPart): number {
  const words = text.slice(part.start, part.end).match(PLAN_WORDS)?.length ?? 0;
  return words * (/^EX-4/.test(part.type) ? 2 : 1);
}

/** The document that holds the plan. */
export function planPart(text: string, parts: readonly SubmissionPart[]): SubmissionPart {
  return parts.reduce((best, part) => (planScore(text, part) > planScore(text, best) ? part : best));
}

/** The text with everything outside `part` blanked (line ends kept): the same length, the same offsets. */
export function onlyPart(text: string, part: SubmissionPart): string {
  const blank = (s: string) => s.replace(/[^\n]/g, " ");
  return blank(text.slice(0, part.start)) + text.slice(part.start, part.end) + blank(text.slice(part.end));
}
