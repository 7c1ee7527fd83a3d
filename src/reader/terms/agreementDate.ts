/**
 * The plan's date (plan term `agreementDate`, the Rights Dividend Declaration Date): the date of
 * the Rights Agreement ("Rights Agreement, dated as of June 1, 2001", "Preferred Stock Rights
 * Agreement originally dated as of September 4, 2002", "Tax Benefit Preservation Plan (the
 * "Plan"), dated as of April 22, 2016", "Shareholder Rights Agreement, between the Company and the Rights Agent, dated as of December 28, 2009"), the day it was entered into ("on September 13, 1996 the
 * Company and the Rights Agent entered into a Rights Agreement", "On November 8, 2016, the Company entered into that certain
 * Tax Benefit Protection Plan Agreement"), or the day the Board declared
 * the Rights or adopted the plan (news's "On November 25, 2025, its board declared a dividend", "its Board of Directors on Dec. 19, 1996 adopted a stockholder rights plan", "On March 1, 2001, the Board of Directors ... declared a
 * dividend distribution", "... approved the adoption of a rights plan", "On May 16, 2012, the
 * Company adopted a Shareholder Rights Plan", "On April 30, 2014 the Company's Board adopted a stockholder rights plan", "On November 18, 2002, the Board of Directors resolved to adopt a Shareholders' Rights Plan", "tax benefits preservation plan ("Plan") adopted January 5, 2017").
 * A Board of Trustees acts as a Board of Directors; a dividend "declared ... on June 15, 2009 of one
 * Right", or by the Company itself ("the Company declared a dividend distribution of one right"),
 * dates the plan too, as does a Board acting "today" in a letter or release dated just above, the agreement dating itself ("THIS AGREEMENT is dated as of ...", or "made as of ...",
 * or a preamble opening "AGREEMENT dated as of ..., between"), a plan
 * adopted "effective as of" a date, adopted or approved "effective" a date, or one that "is effective as of" a date. An original agreement's date ("original Rights Agreement dated as of ...",
 * or the one a restated agreement is "amending and restating") outranks an amended and restated one's. A date that belongs to an amendment ("Amendment No. 1 to
 * Rights Agreement, dated December 22, 2003") or to a registration statement is not the plan's,
 * unless the sentence has already dated the amendment ("On May 4, 2020, ... entered into a first
 * amendment to the Rights Agreement, dated as of ...": that date is the agreement's).
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { DATE, dateValue } from "../phrases/dates.js";

const INSTRUMENT = "(?:rights\\s+(?:plan\\s+)?agreement|memorandum\\s+of\\s+agreement|(?:tax\\s+benefits?\\s+(?:preservation|protection)|tax\\s+asset\\s+protection|(?:stock|share)holder\\s+(?:protection\\s+)?rights|section\\s+382\\s+rights|nol\\s+rights|rights)\\s+plan)";
/**
 * The parties named between the agreement and its date ("that certain Shareholder Rights Agreement, between the Company and the Rights Agent, dated as of ...",
 * an 8-K's "a Renewed Rights Agreement between the Company and First Chicago Trust Company of New York, dated as of ...").
 */
const PARTIES_ASIDE = "(?:,?\\s+(?:by\\s+and\\s+)?between\\s+the\\s+(?:Company|Corporation)\\s+and\\s+(?:the\\s+Rights\\s+Agent|[^;()\"]{1,100}?))?";
const AGREEMENT_DATED = phrase(`\\b${INSTRUMENT}(?:\\s*\\([^()]{0,60}\\))?${PARTIES_ASIDE},?\\s+(originally\\s+)?dated\\s+(?:as\\s+of\\s+)?(${DATE})`);
const ENTERED_INTO = phrase(`\\bon\\s+(${DATE}),?\\s+(?:(?!\\bon\\s+${DATE})[^;]){0,160}?\\bentered\\s+into\\s+(?:an?|the|that\\s+certain)\\s+(?:[a-z0-9-]+\\s+){0,4}?${INSTRUMENT}`);
/**
 * The agreement entered into "as of" its date, the day not opening the sentence: "The Company and the Rights Agent entered into a Rights Agreement as of September 30, 1996",
 * perhaps with its agent named between ("has entered into a Shareholders' Rights Agreement with The Bank of New York Mellon, as Rights Agent, as of January 14, 2019").
 */
const ENTERED_AS_OF = phrase(`\\bentered\\s+into\\s+(?:an?|the|that\\s+certain)\\s+(?:[a-z0-9'\u2019-]+\\s+){0,4}?${INSTRUMENT}(?:\\s+with\\s+[^;()"]{1,80}?,\\s+as\\s+(?:the\\s+)?rights\\s+agent)?,?\\s+(?:dated\\s+)?as\\s+of\\s+(${DATE})`);
const BOARD = "board\\s+of\\s+(?:directors|trustees)";
/**
 * A Board that announced, said or reported that it has adopted: "On April 18, 2005, the Board ... announced that it has adopted a ... Rights Plan", or a
 * Company that announced that its Board had done so ("On January 28, 2016, the Company announced that the Board of Directors had adopted", "On April 7, 1997
 * Registrant announced that its Board of Directors adopted"): the day of the
 * announcement, not of the adoption.
 */
const ANNOUNCED_ADOPTION = /\b(?:announced|announces|said|reported|stated)[\s|]+that[\s|]+(?:it|(?:the|its)[\s|]+Board(?:[\s|]+of[\s|]+(?:Directors|Trustees))?(?:[\s|]*\([^()]{0,30}\))?)[\s|]+(?:ha[sd][\s|]+)?(?:adopted|approved|declared)\b/i;
/**
 * The Board's act on a day ("On March 1, 2001, the Board of Directors ... declared", a note's "Effective as of February 8, 2008, the Board of Directors adopted a Shareholder Rights Plan"); the words between may not hold another "on <date>", which is then the act's
 * (a proxy's heading "... TO THE CLOSE OF BUSINESS ON MARCH 31, 2025" above "On August 14, 2020 ..., our Board adopted").
 */
const DECLARED = phrase(`\\b(?:on|effective(?:\\s+as\\s+of)?)\\s+(${DATE}),?\\s+(?:(?:(?!\\bon\\s+${DATE})[^;]){0,60}?\\s)?(?:${BOARD}|(?:its|our|the\\s+Company['\u2019]s|the)\\s+board)[^;]{0,200}?\\b(?:declared|adopted|authorized|approved|resolved\\s+to\\s+adopt|acted\\b[^;]{0,120}?\\b(?:through|by)\\s+(?:the\\s+)?adoption\\s+of)\\s+(?:and\\s+(?:authorized\\s+and\\s+)?declared\\s+)?(?:the\\s+adoption\\s+of\\s+)?(?:a\\s+dividend|a\\s+resolution\\s+declaring\\s+a\\s+dividend|a\\s+distribution\\s+of\\s+(?:one|a)\\s+(?:[a-z]+\\s+){0,4}?rights?\\b|(?:a|new)\\s+(?:[a-z0-9'\u2019-]+\\s+){0,5}?(?:rights\\s+plans?|rights\\s+agreements?|plan)\\b)(?!\\s+(?:on|dated(?:\\s+as\\s+of)?)\\s+${DATE})`);
/**
 * The date after the act: "the Board of Directors declared a dividend distribution on June 15, 2009 of one Right", "the Board of Directors of Acme (the "Company") first adopted a Rights Agreement on May 2, 1990 (the "Rights Agreement")",
 * "The Board of Directors adopted a stockholder rights plan on March 6, 2020.", news's "announced on March 9, 2020 that its board had adopted a rights plan on March 6, 2020" (the act's day, not the announcement's),
 * a release's "today announced that its Board of Directors adopted a Tax Benefit Preservation Plan on December 1, 2008, designed to" (the act's day, not the dateline's).
 */
const DECLARED_ON = phrase(`\\b(?:${BOARD}|(?:its|our|the\\s+Company['\u2019]s)\\s+board)(?:\\s+of\\s+[^;]{0,80}?)?\\s+(?:has\\s+|had\\s+)?(?:first\\s+)?(?:(?:authorized\\s+and\\s+)?declared|adopted)\\s+(?:a\\s+dividend(?:\\s+distribution)?|a\\s+(?:[a-z0-9-]+\\s+){0,4}?(?:rights\\s+(?:plan|agreement)|(?:preservation|protection)\\s+plan))\\s+on\\s+(${DATE})(?=,?\\s+(?:of\\s+one\\b|to\\s+(?:stock|share)holders|pursuant|under|with|designed|intended|which)|\\s*\\(\\s*the\\s+"|\\s*[.;]|\\s*$)`);
/** The Board named with the day it acted, then the act: a release's "... announced today that its Board of Directors on Dec. 19, 1996 adopted a stockholder rights plan". */
const BOARD_ON = phrase(`\\b(?:${BOARD}|(?:its|our|the\\s+Company['\u2019]s)\\s+board)\\s+(?:\\([^()]{0,30}\\)\\s+)?on\\s+(${DATE}),?\\s+(?:unanimously\\s+)?(?:declared|adopted|approved)\\s+(?:the\\s+adoption\\s+of\\s+)?(?:a\\s+dividend|a\\s+(?:[a-z0-9'\u2019-]+\\s+){0,5}?(?:rights\\s+plan|rights\\s+agreement|plan)\\b)`);
/** The company itself declared the dividend: "On March 24, 2011, pursuant to its rights plan, the Company declared a dividend distribution". */
const COMPANY_DECLARED = phrase(`\\bon\\s+(${DATE}),?\\s+(?:[^;]{0,80}?,\\s+)?(?:the\\s+Company|the\\s+Corporation|we)\\s+(?:authorized\\s+and\\s+)?declared\\s+a\\s+dividend(?:\\s+distribution)?\\s+of\\s+one\\b`);
const COMPANY_ADOPTED = phrase(`\\b(?:on|effective(?:\\s+as\\s+of)?)\\s+(${DATE}),?\\s+(?:the\\s+Company|the\\s+Corporation|we)\\s+adopted\\s+(?:a|an|the)\\s+(?:[a-z0-9'-]+\\s+){0,5}?(?:rights\\s+plan|rights\\s+agreement|preservation\\s+plan|protection\\s+plan)\\b`);
const ADOPTED = phrase(`\\b(?:rights|preservation|protection)\\s+(?:plan|declaration|agreement)\\s*(?:\\([^()]{0,40}\\))?,?\\s+(?:which\\s+)?(?:was\\s+)?(?:originally\\s+)?adopted\\s+(?:by\\s+(?:the|our|its)\\s+Board(?:\\s+of\\s+Directors)?\\s+)?(?:on\\s+|as\\s+of\\s+)?(${DATE})`);
/**
 * An agreement's preamble opening with the word: "AGREEMENT dated as of December 10, 1997, between The Bank of Bermuda Limited ... and ..., as
 * Rights Agent" (at a sentence's or line's start, perhaps after its title run into it, "RIGHTS AGREEMENT AGREEMENT dated as of", so no other kind of agreement;
 * or anywhere after the title "Rights Agreement" run into it, as a mirror that joins a whole filing on one line writes it after the table of contents:
 * "... 33 Descriptive Headings 37 SHAREHOLDER RIGHTS AGREEMENT Agreement, dated as of November 7, 2007, between ...").
 */
const PREAMBLE = phrase(`(?:(?:^|\\n)\\s*(?:(?:[\\w.-]+\\s+){0,4}?Agreement\\s+)?|\\bRights\\s+Agreement\\s+)Agreement,?\\s+dated\\s+as\\s+of\\s+(${DATE}),?\\s+(?:is\\s+)?(?:by\\s+and\\s+)?between\\b`);
/** The agreement dating itself: "THIS AGREEMENT is dated as of March 9, 2004", "This RIGHTS AGREEMENT, made and entered into this 15th day of March, 2019" (not an amendment: "This Second Amendment to Rights Agreement dated ..."). */
const THIS_AGREEMENT = phrase(`\\bthis\\s+(?:[a-z0-9-]+\\s+){0,5}?agreement,?\\s+(?:(?:is\\s+)?dated|(?:is\\s+)?made(?:\\s+and\\s+entered\\s+into)?)\\s+(?:as\\s+of\\s+|on\\s+)?(${DATE})`);
/** A plan adopted or approved with the day it took effect after it: "adopted a shareholder rights plan effective May 2, 2011". */
const EFFECTIVE_AFTER = phrase(`\\b(?:adopted|approved)\\s+(?:a|an|the)\\s+(?:[a-z0-9'-]+\\s+){0,5}?${INSTRUMENT}(?:\\s*\\([^()]{0,60}\\))?,?\\s+effective\\s+(?:as\\s+of\\s+)?(${DATE})`);
/** A plan said to take effect on a day: "The Rights Plan ... is effective as of April 30, 2018" (not an amendment's). */
const PLAN_EFFECTIVE = phrase(`\\b(?:rights|preservation|protection)\\s+plan\\b[^;.]{0,80}?\\bis\\s+effective\\s+(?:as\\s+of\\s+)?(${DATE})`);
/**
 * The Board acting "today": a letter's "Your Board of Directors today declared a dividend", a release's "... today announced that its Board of Directors adopted a rights plan"
 * or "... has unanimously adopted a tax benefits preservation plan".
 */
const TODAY = phrase(`\\btoday\\b[^;]{0,120}?\\b(?:declared|adopted|approved)\\s+(?:the\\s+adoption\\s+of\\s+)?(?:a\\s+dividend|an?\\s+(?:[a-z0-9'\u2019-]+\\s+){0,5}?(?:rights\\s+plan|rights\\s+agreement|(?:preservation|protection)\\s+plan)\\b(?!\\s+amendment))`);
/** The last date in the text just above a sentence: the letter's date or the release's dateline, which "today" means. */
const DATE_ABOVE = new RegExp(`(${DATE})(?![^]*(?:${DATE}))`, "i");
/**
 * A news release's dateline, which "today" means anywhere in the release: "TORONTO, April 13, 2020 /CNW/ -", "HOUSTON, May 15, 2020 (GLOBE NEWSWIRE) --",
 * "BARRIE, ONTARIO--(Marketwired - Feb. 25, 2014) -".
 */
const DATELINE = new RegExp(`(?:(${DATE})\\s*(?:/\\s*(?:CNW|PRNewswire(?:-FirstCall)?|Marketwired)\\s*/|\\(\\s*(?:GLOBE\\s+NEWSWIRE|BUSINESS\\s+WIRE|PRNewswire|ACCESSWIRE|Marketwired)\\s*\\))|\\(\\s*(?:Marketwired|BUSINESS\\s+WIRE|GLOBE\\s+NEWSWIRE|Canada\\s+NewsWire)\\s*-\\s*(${DATE})\\s*\\))`, "gi");
/** A restated agreement's own title before its date ("AMENDED AND RESTATED SHAREHOLDER RIGHTS PLAN AGREEMENT DATED AS OF"). */
const RESTATED_BEFORE = /\bamended\s+and\s+restated\s+(?:[a-z'\u2019-]+\s+){0,2}$/i;
/** The agreement a restated one restates, named before its date ("amending and restating the Restated Shareholder Rights Plan Agreement dated as of"): the earlier one. */
const RESTATES_BEFORE = /\b(?:amending\s+and\s+restating|amends\s+and\s+restates)\s+the\s+(?:[a-z'\u2019-]+\s+){0,3}$/i;
/**
 * An amendment the sentence has already dated ("On May 4, 2020, ... entered into a first amendment to
 * the Rights Agreement, dated as of ...", an 8-K's "As of July 22, 1998, the Board of Trustees ... adopted an amendment to
 * the Common Stock Rights Agreement (the "1990 Rights Agreement"), dated as of ..."): the date after the agreement is then the agreement's.
 */
const AMENDMENT_DATED_BEFORE = new RegExp(`\\b(?:on|as\\s+of)\\s+${DATE},?\\s+[^;]{0,120}?\\b(?:entered\\s+into|adopted|approved)\\s+(?:an?|the)\\s+(?:[a-z0-9-]+\\s+){0,2}?amendment(?:\\s+no\\.?\\s*\\w+)?\\s+to\\s+the\\s+(?:[a-z0-9]+\\s+){0,3}$`, "i");
/** Text just before "Rights Agreement" that makes the following date an amendment's ("Amendment No. 1 to [the Amended and Restated]"). */
const AMENDMENT_BEFORE = /\b(?:amendments?(?:\s+no\.?\s*\w+(?:\s+and\s+\w+)?)?|(?:first|second|third|fourth|fifth|sixth)\s+amendment)\s+to\s+(?:the\s+)?(?:[a-z0-9]+\s+){0,3}$/i;

/** A restated agreement's own date is trusted less than the original's, which such a text also names ("original Rights Agreement dated as of ..."). */
function datedConfidence(before: string, originally: boolean): number {
  if (originally || /\boriginal\s+$/i.test(before) || RESTATES_BEFORE.test(before)) return 0.95;
  return RESTATED_BEFORE.test(before) ? 0.7 : 0.9;
}

export function agreementDate(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  const add = (sentence: Parameters<typeof spanOf>[0], m: RegExpExecArray, group: number, confidence: number) => {
    const value = dateValue(m[group]!);
    if (value) out.push({ term: "agreementDate", value, ...spanOf(sentence, m), confidence, role: "prior" });
  };
  for (const s of sentencesMatching(doc, /dated/i)) {
    for (const m of s.text.matchAll(AGREEMENT_DATED)) {
      const before = s.text.slice(Math.max(0, m.index - 80), m.index);
      if (!AMENDMENT_BEFORE.test(before) || AMENDMENT_DATED_BEFORE.test(s.text.slice(0, m.index))) add(s, m, 2, datedConfidence(before, m[1] !== undefined));
    }
  }
  for (const s of sentencesMatching(doc, /entered\s+into/i)) {
    // An amended and restated agreement entered into is trusted less than the original's own date, which such a text also names.
    for (const pattern of [ENTERED_INTO, ENTERED_AS_OF]) {
      for (const m of s.text.matchAll(pattern)) if (!/amendment/i.test(m[0])) add(s, m, 1, /amended\s+and\s+restated/i.test(m[0]) ? 0.7 : 0.9);
    }
  }
  for (const s of sentencesMatching(doc, /board\s+of\s+(?:directors|trustees)|\b(?:its|our|Company['\u2019]s|the)\s+board\b/i)) {
    // The day the Board announced that it "has adopted" a plan dates the announcement, not the adoption.
    for (const pattern of [DECLARED, DECLARED_ON, BOARD_ON]) for (const m of s.text.matchAll(pattern)) if (!ANNOUNCED_ADOPTION.test(m[0])) add(s, m, 1, 0.85);
  }
  for (const s of sentencesMatching(doc, /agreement,?\s+(?:is\s+)?(?:dated|made)/i)) for (const m of s.text.matchAll(THIS_AGREEMENT)) if (!/amendment/i.test(m[0])) add(s, m, 1, 0.9);
  for (const s of sentencesMatching(doc, /agreement,?\s+dated\s+as\s+of/i)) for (const m of s.text.matchAll(PREAMBLE)) add(s, m, 1, 0.85);
  for (const s of sentencesMatching(doc, /effective/i)) {
    for (const m of s.text.matchAll(EFFECTIVE_AFTER)) if (!/amendment/i.test(m[0])) add(s, m, 1, 0.8);
    for (const m of s.text.matchAll(PLAN_EFFECTIVE)) if (!/amendment/i.test(s.text.slice(Math.max(0, m.index - 40), m.index + m[0].length))) add(s, m, 1, 0.75);
  }
  for (const s of sentencesMatching(doc, /(?:plan|declaration|agreement)[^;]{0,60}adopted/i)) for (const m of s.text.matchAll(ADOPTED)) add(s, m, 1, 0.85);
  for (const s of sentencesMatching(doc, /adopted/i)) for (const m of s.text.matchAll(COMPANY_ADOPTED)) add(s, m, 1, 0.85);
  for (const s of sentencesMatching(doc, /declared\s+a\s+dividend/i)) for (const m of s.text.matchAll(COMPANY_DECLARED)) add(s, m, 1, 0.8);
  out.push(...todaysDates(doc));
  return out;
}

/** A plan adopted "today": the date of the letter or release, set at most a few lines above the word. */
function todaysDates(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  const dateline = releaseDateline(doc.normal.text);
  for (const s of sentencesMatching(doc, /\btoday\b/i)) {
    const [m] = s.text.matchAll(TODAY);
    if (!m) continue;
    const todayAt = s.start + m.index;
    // In a release, "today" is the dateline's day, however far down and past whatever other dates (a table of distributions' record dates).
    if (dateline && dateline.start < todayAt) {
      out.push({ term: "agreementDate", value: dateline.value, start: dateline.start, end: spanOf(s, m).end, confidence: 0.7, role: "prior" });
      continue;
    }
    const above = doc.normal.text.slice(Math.max(0, todayAt - 300), todayAt);
    const dated = DATE_ABOVE.exec(above);
    const value = dated ? dateValue(dated[1]!) : null;
    if (value) out.push({ term: "agreementDate", value, start: todayAt - above.length + dated!.index, end: spanOf(s, m).end, confidence: 0.7, role: "prior" });
  }
  return out;
}

/** The one day a text's release datelines name, where it has any and they agree (a page of several releases has no one "today"). */
function releaseDateline(text: string): { value: string; start: number } | null {
  const found = [...text.matchAll(DATELINE)].map((m) => ({ value: dateValue((m[1] ?? m[2])!), start: m.index }));
  const days = new Set(found.map((d) => d.value));
  return found.length > 0 && days.size === 1 && found[0]!.value ? { value: found[0]!.value, start: found[0]!.start } : null;
}
