/**
 * What one Right buys: a Unit, a fraction of a share of preferred stock ("a unit consisting of
 * one one-thousandth of a share (a "Unit") of Series A Junior Participating Preferred Stock,
 * par value $.0001 per share", "1/1,000th of a share of the Junior Participating Preferred
 * Stock, Series A", "one one-hundredth of a Preference Share", "one five-thousandth (subject to
 * adjustment) of one share of ..."), and how many Units ("2 Units, each consisting of ...").
 * Gives `unitFraction`, `unitsPerRight`, `unitDescription` (the phrase without its defined-term
 * parentheses) and `security` (the class of stock, which ends before "subject to" or "pursuant (and subject) to" the terms).
 */
import { phrase, sentencesMatching, type Candidate, type ReaderDocument } from "../document.js";
import { FRACTION, fractionValue } from "../phrases/fractions.js";
import { NUMBER, numberValue } from "../phrases/numbers.js";

const SHARE = "(?:\\s*\\((?:a\\s+|each,\\s+a\\s+)?\"?(?:unit|subject\\s+to\\s+adjustment)\"?\\))?\\s+(?:of|interest\\s+in)\\s+(?:a|one|an)?\\s*(?:share|preferred\\s+share|preference\\s+share)";
const UNIT = phrase(`(?:\\bpurchase\\s+(?:from\\s+the\\s+Company\\s+)?(?:(${NUMBER})\\s+units?,?\\s+each\\s+consisting\\s+of\\s+)?(?:a\\s+unit\\s+consisting\\s+of\\s+)?|\\bpurchase,\\s+for\\s+[^,]{1,40},\\s+)?(${FRACTION})(?=${SHARE})`);
const BUYS = /\bentitles?\b|\bright\s+to\s+purchase\b|\bexercisable\s+to\s+purchase\b|\bto\s+purchase\b|\bholder\s+to\s+purchase\b|\bpurchase\s+right\b/i;
const DESCRIPTION_END = /\s*\((?:the|a|an|each)?\s*"(?!unit")|\s*\(\s*as\s+(?:hereinafter\s+)?defined\b|,?\s+having\s+the\s+(?:rights|powers|designations|terms)\b|,?\s+(?:at|for)\s+(?:a|an|the)\s+(?:purchase\s+|exercise\s+)?price|,?\s+subject\s+to\b|,?\s+pursuant\s+(?:to|and)\b|,?\s+of\s+the\s+Company(?!'s)\b|,?\s+(?:at|for)\s+\$|,?\s+upon\s+the\s+terms|\s+for\s+each\s+|,\s+exercisable\b|\.(?:\s|$)|;|$/i;
const DEFINED_TERM = /\s*\((?:a\s+|each,\s+a\s+)?"?(?:unit|subject\s+to\s+adjustment)"?\)/gi;

/**
 * The Unit phrase at the start of `text` (from the fraction on, ending before the price or a
 * defined-term parenthesis), without its defined-term parentheses, and its length in `text`.
 */
function unitPhrase(text: string): { description: string; length: number } {
  const length = DESCRIPTION_END.exec(text)!.index;
  const description = text.slice(0, length).replace(DEFINED_TERM, "").replace(/-\s+(?=(?:hundred|thousand|million)th)/gi, "-").replace(/\s+/g, " ").trim();
  return { description, length };
}

/** The class of stock in a Unit phrase ("Series A Junior Participating Preferred Stock"). */
function securityOf(unit: string): string | null {
  const m = /\b(?:of|interest\s+in)\s+(?:a|one|an)\s+(?:share\s+of\s+(?:the\s+Company's\s+|our\s+|newly\s+issued\s+|the\s+)?)?([^,]+?)(?:,|$)/i.exec(unit);
  return m ? m[1]!.trim() : null;
}

export function unit(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentencesMatching(doc, BUYS)) {
    for (const m of s.text.matchAll(UNIT)) {
      const fraction = fractionValue(m[2]!);
      if (fraction === null) continue;
      const [fs] = m.indices![2]!;
      const { description, length } = unitPhrase(s.text.slice(fs, fs + 300));
      const span = { start: s.start + m.index, end: s.start + fs + length };
      const units = m[1] ? numberValue(m[1]) : "1";
      const confidence = m[0].toLowerCase().includes("purchase") ? 0.9 : 0.75;
      const security = securityOf(description);
      out.push({ term: "unitFraction", value: fraction, ...span, confidence });
      out.push({ term: "unitDescription", value: description, ...span, confidence });
      if (units !== null) out.push({ term: "unitsPerRight", value: units, ...span, confidence: confidence - 0.1 });
      if (security) out.push({ term: "security", value: security, ...span, confidence });
    }
  }
  return out;
}
