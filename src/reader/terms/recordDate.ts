/**
 * The Record Date: "stockholders of record at the close of business on June 14, 2001",
 * "shareholders of record on December 16, 1996", "holders of record as of the close of business
 * on February 15, 2013", "holders of the common stock of record on", "the record date to
 * determine the holders ... was", "a dividend of one Right for each share outstanding on", "August
 * 30, 1995 (the "Record Date")" (or an excerpt cut after "(the "Record Date"), a Canadian plan's Record Time ("April 28, 2016 (the "Record Time")", ""Record Time" means 5:00 p.m. (Vancouver time) on May 6, 2020"), "paid at close of business on May 31, 2016 to the stockholders of
 * record on that date" (or "payable on ... to stockholders of record as of the close of business on such date", "payable upon the close of business on ... to the stockholders of record upon the close of business on that date"),
 * "one Right for each outstanding share of common stock as of", news's "one Right for each share of common stock held as of the close of business on", a foreign issuer's "one right was distributed with respect to each ordinary share of the Company outstanding at the close of business on", "one right per share of the Company's outstanding common stock as of", a Canadian plan's "one right attached to each common share outstanding on", news's "each outstanding share will receive one Right as of the close of business on", news that the company is "issuing one right for each share of common stock (outstanding) at / as of the close of business on", "a record date of June 14, 2001", a dividend of one Right "for each outstanding share of the Company's common stock held by stockholders as of the close of business on", news's "as of the close of business on November 8, 2024, the record date" (after a dividend "for each outstanding share of Acme's common stock"). A record date of a cash dividend that
 * pays a redemption is not the Rights' (a defined "Redemption Date" is no redemption). A Canadian release's "At the close of business on the Effective Date, one right ... will be issued and attached to each Common Share
 * outstanding at that time" takes the date the text gave that name; a release's "each holder of common units ... at the close of business on ... will
 * automatically receive a distribution of one right" and "distribution of unit purchase rights to all outstanding ... Units as of ..." ("is effective as of April 30, 2018 (the "Effective Date")"). A summary's bullet gives it bare: "record date Jan 29, 2024". An agreement's recital: "the issuance to the holders of record of Common Shares of the Company outstanding on November 9, 2000 of one Right". News's rights that "will attach to shares of the Company's common stock outstanding on" a day.
 */
import { casedPhrase, phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { DATE, dateValue, TIME } from "../phrases/dates.js";

/** Each pattern, the words a sentence needs for it to be tried (a date-led pattern is dear), and its confidence. */
const PATTERNS: readonly [RegExp, RegExp, number][] = [
  // The defined term may be where a stored excerpt breaks off ("payable on April 27, 1995 (the "Record Date" and no more).
  [phrase(`(${DATE})\\s*\\(\\s*the\\s+"Record\\s+(?:Date|Time)(?:"\\s*\\)|$)`), /"Record\s+(?:Date|Time)(?:"|$)/i, 0.95],
  // A term sheet's "outstanding at the close of business on September 30, 2019 (the record date)".
  [phrase(`(${DATE})\\s*\\(\\s*the\\s+record\\s+date\\s*\\)`), /\(\s*the\s+record\s+date\s*\)/i, 0.85],
  // A partnership's rights: "a distribution of one unit purchase right ... for each common unit outstanding at the close of business on June 11, 2020".
  [phrase(`\\bright\\b[^;]{0,60}?\\bfor\\s+each\\s+(?:outstanding\\s+)?(?:common\\s+)?unit\\s+outstanding\\s+(?:at|as\\s+of|on)\\s+(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?(${DATE})`), /for\s+each\s+(?:outstanding\s+)?(?:common\s+)?unit\s+outstanding/i, 0.8],
  // A Canadian plan's definition: ""Record Time" means 5:00 p.m. (Vancouver time) on May 6, 2020".
  [phrase(`"Record\\s+Time"\\s+(?:means|shall\\s+mean)\\s+(?:${TIME}\\s*,?\\s+on\\s+)?(${DATE})`), /"Record\s+Time"\s+(?:means|shall\s+mean)/i, 0.9],
  [phrase(`\\b(?:close\\s+of\\s+business\\s+on\\s+)(${DATE}),\\s+(?:being\\s+)?the\\s+record\\s+date\\b`), /,\s+(?:being\s+)?the\s+record\s+date\b/i, 0.85],
  [phrase(`\\b(?:stock|share)?holders\\s+(?:of\\s+(?:the\\s+)?(?:Company's\\s+)?(?:common|ordinary)\\s+(?:stock|shares)\\s+)?of\\s+record(?:\\s+of\\s+(?:the\\s+)?(?:shares\\s+of\\s+)?(?:the\\s+Company's\\s+)?(?:common|ordinary)\\s+(?:stock|shares))?\\s+(?:at|as\\s+of|on)\\s+(?:the\\s+)?(?:close\\s+of\\s+business\\s+(?:on\\s+)?)?(${DATE})`), /holders\s+of\s+[^;]{0,40}record/i, 0.9],
  // An agreement's recital: "the issuance to the holders of record of Common Shares of the Company outstanding on November 9, 2000 of one Right".
  [phrase(`\\bholders\\s+of\\s+record\\s+of\\s+(?:the\\s+)?(?:(?:Common|Voting)\\s+Shares|shares\\s+of\\s+(?:the\\s+Company's\\s+)?Common\\s+Stock|Common\\s+Stock)(?:\\s+of\\s+the\\s+Company)?\\s+outstanding\\s+(?:on|at|as\\s+of)\\s+(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?(${DATE})`), /holders\s+of\s+record\s+of/i, 0.85],
  // Perhaps at an hour: news's "each outstanding share ... held of record as of 5:00 p.m. Dec. 29, 1996".
  [phrase(`\\bheld\\s+of\\s+record\\s+(?:at|as\\s+of|on)\\s+(?:the\\s+)?(?:close\\s+of\\s+business\\s+(?:on\\s+)?|${TIME}\\s*,?\\s+(?:on\\s+)?)?(${DATE})`), /held\s+of\s+record/i, 0.85],
  [phrase(`\\b(?:paid|payable|effective)\\s+(?:(?:at|upon)\\s+(?:the\\s+)?close\\s+of\\s+business\\s+)?(?:on\\s+)?(${DATE})\\s+(?:to|for)\\s+(?:the\\s+)?(?:stock|share)?holders\\s+of\\s+record\\s+(?:of\\s+[^;]{0,40}?\\s+)?(?:(?:as\\s+of|at|upon)\\s+(?:the\\s+)?close\\s+of\\s+business\\s+)?on\\s+(?:that|such)\\s+date`), /on\s+(?:that|such)\s+date/i, 0.85],
  [phrase(`\\b(?:issu|distribut)\\w*\\s+one\\s+right\\s+for\\s+each\\s+(?:outstanding\\s+)?share\\s+of\\s+(?:the\\s+Company's\\s+)?(?:common|ordinary)\\s+(?:stock|shares)(?:\\s+outstanding)?\\s+(?:at|as\\s+of)\\s+(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?(${DATE})`), /one\s+right\s+for\s+each/i, 0.8],
  // News's right named at length, issued for each share "to shareholders as of" a day: "will issue one preferred share purchase right for each outstanding common share to shareholders as of March 25, 2025".
  [phrase(`\\b(?:issu|distribut)\\w*\\s+one\\s+(?:[a-z-]+\\s+){1,4}?right\\s+for\\s+each\\s+(?:outstanding\\s+)?(?:share\\s+of\\s+(?:the\\s+Company's\\s+)?)?(?:common|ordinary)\\s+(?:stock|shares?)\\s+to\\s+(?:the\\s+)?(?:stock|share)holders\\s+(?:of\\s+record\\s+)?(?:at|as\\s+of)\\s+(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?(${DATE})`), /(?:stock|share)holders\s+(?:of\s+record\s+)?(?:at|as\s+of)/i, 0.8],
  // News's "at the rate of one Right for each share of common stock held as of the close of business on Dec. 21, 1989".
  [phrase(`\\bone\\s+right\\s+for\\s+each\\s+(?:outstanding\\s+)?share\\s+of\\s+(?:the\\s+Company's\\s+)?(?:common|ordinary)\\s+(?:stock|shares)\\s+held\\s+(?:of\\s+record\\s+)?(?:at|as\\s+of|on)\\s+(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?(${DATE})`), /one\s+right\s+for\s+each/i, 0.8],
  [phrase(`\\brecord\\s+date\\s+(?:of|is|was|(?:for|to\\s+determine)\\s+[^;]{0,80}?\\s(?:is|was))\\s+(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?(${DATE})`), /record\s+date/i, 0.85],
  // A release's holders who "will receive" the Rights at a close ("each holder of common units of Acme at the close of business on December 31, 2008 will
  // automatically receive a distribution of one right"), or rights distributed "to all outstanding Common and General Partner Units as of April 4, 2023".
  [phrase(`\\beach\\s+holder\\s+of\\s+[^;]{0,60}?\\s(?:at|as\\s+of)\\s+(?:the\\s+)?close\\s+of\\s+business\\s+on\\s+(${DATE}),?\\s+will\\s+(?:automatically\\s+)?receive\\s+(?:a\\s+(?:dividend|distribution)\\s+of\\s+)?one\\s+(?:[a-z-]+\\s+){0,3}?right`), /will\s+(?:automatically\s+)?receive/i, 0.8],
  [phrase(`\\bdistribution\\s+of\\s+(?:[a-z-]+\\s+){0,3}?rights\\s+to\\s+(?:all\\s+)?(?:the\\s+)?(?:holders\\s+of\\s+)?(?:outstanding\\s+)?[^;$]{0,60}?\\b(?:[Uu]nits|shares|[Ss]tock)\\s+(?:as\\s+of|outstanding\\s+(?:on|as\\s+of))\\s+(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?(${DATE})`), /distribution\s+of/i, 0.75],
  // "each shareholder of record on the record date (expected to be March 7th, 2005)", "... one right for each Acme common share outstanding as of the close of business on May 9, 2024".
  [phrase(`\\brecord\\s+date\\s*\\(\\s*(?:expected\\s+to\\s+be|which\\s+(?:is|will\\s+be))\\s+(${DATE})\\s*\\)`), /record\s+date\s*\(/i, 0.8],
  [phrase(`\\b(?:issu|distribut)\\w*\\s+one\\s+(?:[a-z-]+\\s+){0,4}?right\\s+for\\s+each\\s+(?:outstanding\\s+)?(?:[A-Z][\\w&.-]*\\s+)?(?:common|ordinary)\\s+shares?\\s+outstanding\\s+(?:at|as\\s+of|on)\\s+(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?(${DATE})`), /right\s+for\s+each/i, 0.8],
  // A summary's bullet: "record date Jan 29, 2024".
  [phrase(`\\brecord\\s+date:?\\s+(${DATE})`), /record\s+date/i, 0.75],
  [phrase(`\\bdividend\\s+(?:distribution\\s+)?of\\s+one\\b[^;]{0,200}?\\boutstanding(?:\\s+(?:shares?\\s+of\\s+)?(?:(?:the\\s+)?[A-Z][\\w&.-]*'s\\s+)?(?:common|ordinary)\\s+(?:stock|shares))?(?:\\s+held\\s+by\\s+(?:the\\s+)?(?:stock|share)holders)?\\s+(?:on|at|as\\s+of)\\s+(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?(${DATE})`), /dividend/i, 0.8],
  [phrase(`\\bone\\s+right\\b[^;]{0,40}?\\b(?:attached|issued)\\s+(?:and\\s+attached\\s+)?to\\s+each\\s+(?:outstanding\\s+)?(?:common|voting|ordinary)\\s+shares?\\s+outstanding\\s+(?:on|at|as\\s+of)\\s+(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?(${DATE})`), /one\s+right\b[^;]{0,40}?\b(?:attached|issued)/i, 0.75],
  // News's rights that "will attach to shares of the Company's common stock outstanding on August 1, 2011".
  [phrase(`\\brights\\s+(?:will|shall)\\s+(?:be\\s+)?attach(?:ed)?\\s+to\\s+(?:all\\s+)?(?:the\\s+)?(?:outstanding\\s+)?shares\\s+of\\s+(?:the\\s+Company's\\s+)?(?:common|ordinary)\\s+(?:stock|shares)\\s+outstanding\\s+(?:on|at|as\\s+of)\\s+(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?(${DATE})`), /rights\s+(?:will|shall)\s+(?:be\s+)?attach/i, 0.75],
  [phrase(`\\boutstanding\\s+(?:at|as\\s+of)\\s+the\\s+close\\s+of\\s+business\\s+on\\s+(${DATE}),?\\s+will\\s+receive\\s+one\\s+Right`), /receive\s+one\s+Right/i, 0.8],
  // "one right was distributed with respect to each ordinary share of the Company outstanding at the close of business on January 22, 2009".
  [phrase(`\\bone\\s+right\\s+(?:was|were|will\\s+be|is)\\s+(?:issued|distributed|paid)\\s+(?:with\\s+respect\\s+to|in\\s+respect\\s+of|for)\\s+each\\s+(?:outstanding\\s+)?(?:share\\s+of\\s+(?:the\\s+Company's\\s+)?)?(?:common|ordinary|voting)\\s+(?:stock|shares?)(?:\\s+of\\s+the\\s+(?:Company|Corporation))?\\s+outstanding\\s+(?:on|at|as\\s+of)\\s+(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?(${DATE})`), /one\s+right\s+(?:was|were|will\s+be|is)\s+(?:issued|distributed|paid)/i, 0.8],
  [phrase(`\\beach\\s+(?:outstanding\\s+)?share(?:\\s+of\\s+(?:the\\s+Company's\\s+)?(?:common|ordinary)\\s+(?:stock|shares))?\\s+will\\s+receive\\s+one\\s+Right\\s+(?:at|as\\s+of)\\s+(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?(${DATE})`), /receive\s+one\s+Right/i, 0.8],
];

/** A date given a name: "April 30, 2018 (the "Effective Date")" (group 1 the date, group 2 the name). */
const NAMED_DATE = phrase(`(${DATE})\\s*\\(\\s*the\\s+"([A-Z][A-Za-z]*(?:\\s+[A-Z][A-Za-z]*){0,3})"\\s*\\)`);
/** One Right issued on a named day to each share outstanding then: "At the close of business on the Effective Date, one right ... will be issued and attached to each Common Share outstanding at that time". */
const ON_NAMED_DATE = casedPhrase(`\\b(?:[Aa]t|[Oo]n|[Aa]s\\s+of)\\s+(?:the\\s+close\\s+of\\s+business\\s+on\\s+)?the\\s+([A-Z][A-Za-z]*(?:\\s+[A-Z][A-Za-z]*){0,3}),?\\s+one\\s+right\\b[^;]{0,40}?\\b(?:attached|issued)\\s+(?:and\\s+attached\\s+)?to\\s+each\\s+(?:outstanding\\s+)?(?:[Cc]ommon|[Vv]oting|[Oo]rdinary)\\s+[Ss]hares?\\s+outstanding\\s+(?:at\\s+that\\s+time|on\\s+that\\s+(?:date|day))`);

/** The record date of one Right issued on a day the text named before ("the Effective Date"), from the date it gave that name. */
function onNamedDate(doc: ReaderDocument): Candidate[] {
  const named = new Map<string, string>();
  for (const s of sentencesMatching(doc, /\d\s*\(\s*the\s+"/)) {
    for (const m of s.text.matchAll(NAMED_DATE)) {
      const value = dateValue(m[1]!);
      const name = m[2]!.replace(/\s+/g, " ");
      if (value && !named.has(name)) named.set(name, value);
    }
  }
  if (named.size === 0) return [];
  return sentencesMatching(doc, /one\s+right\b[^;]{0,40}?\b(?:attached|issued)/i).flatMap((s) => [...s.text.matchAll(ON_NAMED_DATE)].flatMap((m) => {
    const value = named.get(m[1]!.replace(/\s+/g, " "));
    return value ? [{ term: "recordDate" as const, value, ...spanOf(s, m), confidence: 0.75, role: "prior" as const }] : [];
  }));
}

/**
 * A cash dividend near the date (a bulleted news summary runs many clauses into one sentence): one that pays a
 * redemption, or any dividend of money, "a monthly dividend in the amount of $0.08 per share payable on May 28, 2024
 * to shareholders of record as of April 30, 2024" (a note's subsequent events; the Rights are a dividend of rights, never of dollars).
 */
const PAYS_REDEMPTION = /redeem|redemption(?!\s+Date)|per\s+share\s+dividend|cash\s+dividend|dividend\s+(?:in\s+the\s+amount\s+)?of\s+(?:US)?\$\s?\.?\d/i;

export function recordDate(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = onNamedDate(doc);
  for (const s of sentencesMatching(doc, /record|receive\s+one\s+Right|will\s+(?:automatically\s+)?receive|distribution\s+of\s+(?:[a-z-]+\s+){0,3}?rights\s+to|rights\s+(?:will|shall)\s+(?:be\s+)?attach|dividend\s+(?:distribution\s+)?of\s+one|one\s+(?:[a-z-]+\s+){0,4}?right\s+for\s+each|one\s+right\b[^;]{0,40}?\b(?:attached|issued|distributed)|for\s+each\s+(?:outstanding\s+)?(?:common\s+)?unit\s+outstanding/i)) {
    for (const [pattern, needs, confidence] of PATTERNS) {
      if (!needs.test(s.text)) continue;
      for (const m of s.text.matchAll(pattern)) {
        if (PAYS_REDEMPTION.test(s.text.slice(Math.max(0, m.index - 200), m.index + m[0].length + 200))) continue;
        const value = dateValue(m[1]!);
        if (value) out.push({ term: "recordDate", value, ...spanOf(s, m), confidence, role: "prior" });
      }
    }
  }
  return out;
}
