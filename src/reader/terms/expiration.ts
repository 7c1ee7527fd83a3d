/**
 * The Final Expiration Date and time (R-7a): "will expire at 5:00 P.M. (New York City time) on
 * June 14, 2011", "will expire at the close of business on March 31, 2021", "the close of business
 * on August 13, 2021 (the "Final Expiration Date")", "a rights plan with an expiration date of
 * October 31, 2018", "the Final Expiration Date, or July 30, 2008", "will expire on the earliest
 * of (i) May 18, 2022" (or "expire on upon the close of business on the earliest to occur of: (i) ..."), a news story's bare "expire Feb. 5, 2006", a one-year plan "expiring on Nov. 26, 2026", news's "approved the plan, which will expire on", "the final expiration date of the Benefit Plan is April 1, 2027", a report that "the Rights expired and the Rights Plan terminated at the close of business on ...", "at the earlier of the close of business on (i) ...", a term "ending on" a date, a plan that "will terminate on" a date, "expire one year from its adoption date, specifically on ...", "expires, unless ..., on 20 March 2021", "continues in effect until" (or "to"), a limited plan's "360-day term (expiring ...)", "Final Expiration Date
 * means the close of business on ..." (a definition, quoted or not), and what an amendment makes it ("the extension of the Final Expiration
 * Date ... to May 31, 2010", "to extend the final expiration date on which the Rights are exercisable until February 27, 2018", "whereby its expiration was accelerated to March 13, 2013"); a Rights Certificate's "at any time after the Distribution Date ... and prior to 5:00 P.M., New York time, on ...". Only the Rights' (or the plan's) expiry counts, not that of other
 * restrictions, nor that of a plan this one replaces (though a "replacement" plan is this one), nor the current plan's when a new one
 * takes effect as it expires ("a new ... Rights Plan which will take effect when the current rights plan expires on ..."), nor a date an amendment
 * has since brought forward to an event with no date ("amended the plan ... to accelerate the expiration date of the plan to immediately prior
 * to the Merger": the expiry is then that event's, which the text does not date). An expiry on "the third anniversary of the date of the Rights
 * Agreement" is that day of the agreement's date the text gives. A time not stated is 5:00 P.M. (close of business, R-T1).
 */
import { Temporal } from "temporal-polyfill";
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { DATE, dateValue, TIME, timeValue } from "../phrases/dates.js";
import { ORDINAL, ordinalValue } from "../phrases/numbers.js";
import { agreementDate } from "./agreementDate.js";

const AT = `(?:at\\s+(${TIME})\\s*,?\\s+(?:on\\s+)?|on\\s+)`;
/** What may end the Rights before they expire ("unless previously redeemed or exercised"). */
const ENDED = "(?:redeemed|exchanged|exercised|terminated)";
/** Each pattern with its confidence; `needs`, words a sentence needs for a date-led pattern to be tried. */
const PATTERNS: readonly { pattern: RegExp; confidence: number; role?: "new"; rightsBefore?: boolean; needs?: RegExp }[] = [
  // Perhaps with an aside between commas, or a bare "unless previously redeemed or exercised" ("The Rights will expire unless previously redeemed or exercised on August 8, 2017").
  { pattern: phrase(`\\bexpir(?:e\\w*|ing)(?:\\s+by\\s+its\\s+(?:own\\s+)?terms|,[^,;]{1,120},|\\s+unless\\s+(?:previously|earlier|sooner)\\s+${ENDED}(?:,?\\s+(?:or|and)\\s+${ENDED})*)?\\s+${AT}(${DATE})`), confidence: 0.9, rightsBefore: true },
  // Or "a ... rights plan (the "Rights Plan") initially expiring December 20, 2023".
  { pattern: phrase(`\\bexpir(?:e|es|ing)\\s+()(${DATE})`), confidence: 0.8, rightsBefore: true },
  { pattern: phrase(`\\b(?:was|were|has\\s+been|have\\s+been)\\s+(?:[a-z]+\\s+and\\s+)?extended\\s+(?:[^;]{0,60}?\\s)?(?:until|to|through)\\s+(?:(${TIME})\\s*,?\\s+on\\s+)?(${DATE})`), confidence: 0.85, rightsBefore: true },
  { pattern: phrase(`\\b(?:continues?|remains?)\\s+in\\s+(?:full\\s+force\\s+and\\s+)?effect\\s+(?:until|to|through)\\s+(?:(${TIME})\\s*,?\\s+on\\s+)?(${DATE})`), confidence: 0.85, rightsBefore: true },
  { pattern: phrase(`(?:(${TIME})\\s*,?\\s+on\\s+)?(${DATE})\\s*\\(\\s*(?:the\\s+)?"Final\\s+Expiration\\s+Date"\\s*\\)`), confidence: 0.95, needs: /"Final\s+Expiration\s+Date"/i },
  // An amendment that leaves it: "the Final Expiration Date, which remains the close of business on August 19, 2004".
  { pattern: phrase(`\\bFinal\\s+Expiration\\s+Date,?\\s+which\\s+(?:remains|is|will\\s+be)\\s+(?:(${TIME})\\s*,?\\s+on\\s+)?(${DATE})`), confidence: 0.85 },
  // An amendment that swaps one phrase for another: the date it puts in is the new expiry (to replace the phrase "May 31, 2006 ("Final Expiration Date")" with the phrase "May 31, 2011 ("Final Expiration Date")"); the one it takes out is skipped as replaced.
  { pattern: phrase(`\\breplac\\w*\\b[^;]{0,160}?\\bwith\\s+(?:the\\s+(?:phrase|words?|date)\\s+)?"?(?:(${TIME})\\s*,?\\s+on\\s+)?(${DATE})\\s*\\(\\s*(?:the\\s+)?"Final\\s+Expiration\\s+Date"`), confidence: 0.9, role: "new", needs: /"Final\s+Expiration\s+Date"/i },
  { pattern: phrase(`\\bFinal\\s+Expiration\\s+Date["'\u2019]?\\s+(?:shall\\s+)?means?\\s+(?:the\\s+)?(?:(${TIME})\\s*,?\\s+(?:on\\s+)?)?(${DATE})`), confidence: 0.9 },
  { pattern: phrase(`\\bexpiration\\s+date\\s+(?:of\\s+the\\s+(?:[\\w-]+\\s+){0,4}?(?:plan|rights|agreement)\\s+)?(?:of|is)\\s+(?:(${TIME})\\s*,?\\s+on\\s+)?(${DATE})`), confidence: 0.85 },
  // A plan said to end on a day: "The plan will terminate on October 1, 2023, unless extended by shareholder approval".
  { pattern: phrase(`\\b(?:plan|agreement|rights)\\s+(?:will|shall)\\s+(?:automatically\\s+)?terminate\\s+${AT}(${DATE})`), confidence: 0.8 },
  // A report that the Rights ran out and the plan ended with them: "the 2016 Rights expired and the 2016 Rights Plan terminated at the close of business on May 21, 2021".
  { pattern: phrase(`\\bexpired\\s+and\\s+the\\s+(?:[\\w-]+\\s+){0,4}?(?:plan|agreement)\\s+(?:was\\s+)?terminated\\s+${AT}(${DATE})`), confidence: 0.8, rightsBefore: true },
  { pattern: phrase(`\\bFinal\\s+Expiration\\s+Date,?\\s+(?:or|which\\s+is|of|being)\\s+(?:(${TIME})\\s*,?\\s+on\\s+)?(${DATE})`), confidence: 0.85 },
  { pattern: phrase(`\\b(?:\\d+-(?:day|month|year)|(?:one|two|three|five|ten)-year)\\s+term\\s*[(,]\\s*expir(?:ing|es)\\s+(?:(${TIME})\\s*,?\\s+)?(?:on\\s+)?(${DATE})`), confidence: 0.8 },
  { pattern: phrase(`\\bexpire\\s+(?:(?:on|at|upon)\\s+){1,2}(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?the\\s+earl(?:iest|ier)(?:\\s+to\\s+occur)?\\s+of\\s*:?\\s*(?:the\\s+following\\s*:?\\s*)?(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?(?:\\((?:i|1|a)\\)\\s*)?(?:(${TIME})\\s*,?\\s+on\\s+)?(${DATE})`), confidence: 0.85 },
  { pattern: phrase(`\\bexpire\\w*\\s+(?:one|two|three|five|ten|\\d{1,2})\\s+(?:years?|months?)\\s+(?:from|after)\\s+[^;.]{0,40}?\\bon\\s+(?:(${TIME})\\s*,?\\s+on\\s+)?(${DATE})`), confidence: 0.8, rightsBefore: true },
  { pattern: phrase(`\\bterm\\s+of\\s+the\\s+(?:rights\\s+plan|plan|rights\\s+agreement|rights)\\s+(?:is|was|will\\s+be)\\s+[^;]{0,40}?,?\\s+(?:ending|expiring)\\s+(?:on\\s+)?(?:(${TIME})\\s*,?\\s+on\\s+)?(${DATE})`), confidence: 0.8 },
  // A Rights Certificate's own words (the form every agreement attaches): "to purchase from the Company at any time after the Distribution Date ... and prior to 5:00 P.M., New York time, on December 12, 2015".
  { pattern: phrase(`\\bafter\\s+the\\s+Distribution\\s+Date\\b[^;]{0,120}?\\band\\s+prior\\s+to\\s+(${TIME})\\s*,?\\s+on\\s+(${DATE})`), confidence: 0.8, needs: /\bRights?\s+Certificates?\b|\bregistered\s+(?:owner|holder)\b/i },
  { pattern: phrase(`\\b(?:extension|extend\\w*|accelerat\\w*)\\s+(?:of\\s+)?the\\s+(?:final\\s+expiration\\s+date|expiration(?:\\s+date)?|term|rights\\s+(?:agreement|plan|declaration))(?:\\s+of\\s+the\\s+(?:rights|plan|rights\\s+(?:plan|agreement)))?[^;]{0,80}?\\s+(?:to|until|through)\\s+(?:(${TIME})\\s*,?\\s+on\\s+)?(${DATE})`), confidence: 0.9, role: "new" },
  // The same said of the expiry itself: "an amendment to the Rights Plan whereby its expiration was accelerated to March 13, 2013".
  { pattern: phrase(`\\b(?:its|the)\\s+(?:final\\s+)?expiration(?:\\s+(?:date|time))?(?:\\s+of\\s+the\\s+(?:[\\w-]+\\s+){0,3}?(?:rights|plan|agreement))?\\s+(?:was|were|has\\s+been|have\\s+been|is|will\\s+be)\\s+(?:accelerated|extended|advanced)\\s+(?:[^;]{0,60}?\\s)?to\\s+(?:(${TIME})\\s*,?\\s+on\\s+)?(${DATE})`), confidence: 0.9, role: "new" },
];

/** Words before an expiry that make it another plan's: the one this plan replaces ("prior rights agreement", "a prior tax benefits preservation plan", "the Company's previous plan"). */
const REPLACED = /\b(?:prior|previous|former|predecessor|earlier|old|existing|original)\s+(?:(?:stock|share)holder\s+|tax\s+benefits?\s+(?:preservation|protection)\s+|tax\s+asset\s+protection\s+|section\s+382\s+|nol\s+)?(?:rights\s+)?(?:plan|agreement)\b|\breplac(?!ement\b)/i;
/** An offer's own expiry ("commenced an unsolicited tender offer ... at $30.00 per share in cash, which expires on May 15, 2022"): the offer named after the plan, nearer the date. */
function offersExpiry(before: string): boolean {
  const offer = [...before.matchAll(/\b(?:tender|exchange)\s+offer\b/gi)].at(-1)?.index ?? -1;
  const plan = [...before.matchAll(/\bRights\b|\bPlan\b|\bAgreement\b/g)].at(-1)?.index ?? -1;
  return offer > plan;
}

/** A new plan taking over from the current one: "adopted a new Shareholder Rights Plan which will take effect when the current rights plan expires on ...". */
const SUCCEEDED = /\bnew\s+(?:[\w'-]+\s+){0,2}rights\s+(?:plan|agreement)\b[^;]*\b(?:current|expiring)\s+(?:[\w'-]+\s+){0,2}rights\s+(?:plan|agreement)\s*$/i;

/** An expiry brought forward by an amendment: what follows "to" up to the end of the clause (tested for a date). */
const ACCELERATED_TO = /\baccelerat\w*\s+(?:of\s+)?the\s+(?:final\s+)?expiration(?:\s+date)?(?:\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:rights|plan|agreement))?\s+to\s+([^;.]{0,80})/gi;

/** Whether the text brings the expiry forward to an event it does not date (no date after "to"). */
function acceleratedToUndatedEvent(doc: ReaderDocument): boolean {
  return doc.sentences.some((s) => [...s.text.matchAll(ACCELERATED_TO)].some((m) => !new RegExp(DATE, "i").test(m[1]!)));
}

/** A filing made to report that the Rights expired (a Form 8-A/A "to reflect the expiration of the rights"). */
const EXPIRY_REPORT = /\bto\s+reflect\s+the\s+expiration\s+of\s+the\s+(?:[\w-]+\s+){0,4}(?:rights|plan)\b/i;
/** In such a filing, the date opening a sentence about the plan: the day it expired. */
const EXPIRED_ON = phrase(`(?:^|(?<=[.:]\\s))On\\s+(${DATE}),?\\s+the\\s+(?:[\\w-]+\\s+){0,5}?(?:Rights\\s+Agreement|Plan)\\b`);

/** The day the Rights expired, from a filing made to report their expiry. */
function reportedExpiry(doc: ReaderDocument): Candidate[] {
  if (!doc.sentences.some((s) => EXPIRY_REPORT.test(s.text))) return [];
  return doc.sentences.flatMap((s) => [...s.text.matchAll(EXPIRED_ON)].flatMap((m) => {
    const date = dateValue(m[1]!);
    return date ? [{ term: "finalExpiration" as const, value: { date, time: "17:00" }, ...spanOf(s, m), confidence: 0.7 }] : [];
  }));
}

/**
 * An expiry on an anniversary of the agreement: ""Final Expiration Date" shall mean the Close of Business on the tenth anniversary
 * of the date of this Agreement", "will expire on the earliest of (i) the close of business on the third anniversary of the date of
 * the Rights Agreement".
 */
const ANNIVERSARY = phrase(`\\b(?:expir\\w*|Final\\s+Expiration\\s+Date"?)\\s[^;]{0,80}?\\b(?:close\\s+of\\s+business|(${TIME}))\\s*,?\\s+on\\s+the\\s+(${ORDINAL})\\s+anniversary\\s+of\\s+(?:the\\s+date\\s+of\\s+)?(?:this|the)\\s+(?:[A-Z][\\w-]*\\s+){0,3}?(?:Agreement|Plan)\\b`);

/** The expiries stated as an anniversary, dated from the agreement's date where the text gives it (the most sure one it gives). */
function anniversaryExpiry(doc: ReaderDocument): Candidate[] {
  const sentences = sentencesMatching(doc, /anniversary/i);
  if (sentences.length === 0) return [];
  const [dated] = agreementDate(doc).sort((a, b) => b.confidence - a.confidence);
  if (!dated) return [];
  return sentences.flatMap((s) => [...s.text.matchAll(ANNIVERSARY)].flatMap((m) => {
    const years = ordinalValue(m[2]!);
    if (!(years >= 1 && years <= 50)) return [];
    const date = Temporal.PlainDate.from(dated.value as string).add({ years }).toString();
    return [{ term: "finalExpiration" as const, value: { date, time: m[1] ? timeValue(m[1]) ?? "17:00" : "17:00" }, ...spanOf(s, m), confidence: 0.8 }];
  }));
}

export function expiration(doc: ReaderDocument): Candidate[] {
  // The expiry an amendment brought forward to an undated event is no longer any date the text states.
  if (acceleratedToUndatedEvent(doc)) return [];
  const out: Candidate[] = [...reportedExpiry(doc), ...anniversaryExpiry(doc)];
  for (const s of sentencesMatching(doc, /expir|\bextend\b|\bterminate\s+(?:on|at)\b|\band\s+prior\s+to\s+(?:\d|(?:the\s+)?close)|extended|in\s+(?:full\s+force\s+and\s+)?effect\s+(?:until|to|through)\b|\bterm\b[^;]{0,60}\bending\b/i)) {
    for (const { pattern, confidence, role, rightsBefore, needs } of PATTERNS) {
      if (needs && !needs.test(s.text)) continue;
      for (const m of s.text.matchAll(pattern)) {
        const before = s.text.slice(Math.max(0, m.index - 160), m.index);
        if (rightsBefore && (!/\bRights\b|\brights,?\s+(?:will|shall|would|are|were|can|may|plan|agreement|which|that)\b|\brights\s+$|\bPlan\b|\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:plan|agreement)\b|\bAgreement\b/.test(before) || /restriction/i.test(before))) continue;
        if (!role && (REPLACED.test(before) || SUCCEEDED.test(s.text.slice(0, m.index)) || offersExpiry(before))) continue;
        const date = dateValue(m[2]!);
        if (!date) continue;
        const time = m[1] ? timeValue(m[1]) ?? "17:00" : "17:00";
        out.push({ term: "finalExpiration", value: { date, time }, ...spanOf(s, m), confidence, ...(role ? { role } : {}) });
      }
    }
  }
  return out;
}
