/**
 * When the Distribution Date comes (R-3a): clause (i), days after the public announcement or the
 * Stock Acquisition Date ("(i) 10 days following a public announcement", "the tenth (10th)
 * business day after a public announcement", "the close of business on the tenth day after the
 * Stock Acquisition Date", "ten days following the date (the "Shares Acquisition Date") of the public announcement", news's "exercisable 10 days from the public announcement"); clause (ii), business days after a tender or exchange offer commences
 * ("(ii) 10 business days (or such later date as the Board shall determine) following the
 * commencement of a tender offer or exchange offer", "the tenth business day after the
 * commencement of, or first public announcement of an intention to commence, a tender or
 * exchange offer", "10 business days following a public announcement that either a person has acquired ..., or of a tender offer"); the earlier of several events ("the tenth day following the earlier of (i) a
 * public announcement", "following either (i) a public announcement ... or (ii) a tender or exchange offer"), a Canadian plan's Separation Time ("the tenth Trading Day after"), and
 * Rights that separate on the announcement itself ("until the earlier of (i) the Company's
 * announcing that ...", no days), each event perhaps an item of a list its lead-in opens ("on the earlier of: o ten days following a public
 * announcement ..., or o ten business days following the start of a tender offer"), or an item whose lead-in the source lost, opening with its count and
 * speaking of an Acquiring Person ("• | 10 days after the public announcement that a person ... has become an "Acquiring Person""); and which offers start clause (ii): any
 * (2001 text) or only one "for less than all outstanding shares" (Amendment No. 1). A clause cut
 * off before its trigger says nothing.
 */
import { phrase, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { DAY_COUNT, dayCountValue } from "../phrases/numbers.js";

/** The Board's later date in parentheses; a filing may leave it unclosed up to the event ("10 Business Days (or such other Business Day as may be determined ... (as hereinafter defined) after the commencement"). */
const LATER_DATE = "(?:\\s*\\((?:[^()]|\\([^()]*\\)){0,300}\\)|\\s*\\(\\s*or\\s+such\\s+(?:later|other)\\s+(?:[^()]|\\([^()]*\\)){0,300}?(?=\\s+(?:following|after)\\s))?";
const EARLIER_OF = "(?:(?:the\\s+earli(?:er|est)\\s+(?:to\\s+occur\\s+)?of|either)\\s*:?\\s+(?:\\((?:i|1|a)\\)\\s+)?)?";
const ANNOUNCEMENT = phrase(`(${DAY_COUNT})${LATER_DATE}\\s+(?:following|after|from)\\s+(?:but\\s+not\\s+including\\s+)?${EARLIER_OF}(?:the\\s+)?(?:first\\s+)?(?:date\\s+(?:\\([^()]{0,60}\\)\\s+)?of\\s+)?(?:(?:a|the|such|any)\\s+)?(?:first\\s+)?(?:public\\s+announcement|(?:Stock|Shares?)\\s+Acquisition\\s+Date)`);
/**
 * One count for both prongs: "the tenth business day following either (i) a public announcement ... or (ii) a tender or exchange
 * offer", or one announcement of either: "10 business days following a public announcement that either a person ... has acquired ...,
 * or of a tender offer or exchange offer".
 */
const EITHER_TENDER_OFFER = phrase(`(${DAY_COUNT})${LATER_DATE}\\s+(?:following|after)\\s+(?:(?:a|the)\\s+public\\s+announcement\\s+(?:that\\s+)?either\\s+(?:\\((?:i|1|a)\\)\\s+)?|either\\s+\\((?:i|1|a)\\)\\s+)[^;]{0,400}?\\s+or\\s+(?:\\((?:ii|2|b)\\)\\s+)?(?:of\\s+)?(?:the\\s+(?:commencement|announcement)\\s+of\\s+)?an?\\s+(?:tender|exchange)\\s+(?:or\\s+exchange\\s+)?offer`);
/**
 * One count after the earlier of an announcement and a bid, the bid the second item: a Canadian plan's Separation Time, "the close of business on the
 * tenth Business Day after the earliest of: (i) the Stock Acquisition Date; (ii) the date of the commencement of, or first public announcement of the
 * intent of any Person ... to commence, a Take-over Bid".
 */
const EARLIER_OF_A_BID = phrase(`(${DAY_COUNT})${LATER_DATE}\\s+(?:following|after)\\s+the\\s+earli(?:er|est)\\s+(?:to\\s+occur\\s+)?of\\s*:?\\s+\\((?:i|1|a)\\)[^.]{0,400}?\\((?:ii|2|b)\\)\\s+[^.]{0,240}?\\b(?:take-?over\\s+bid|(?:tender|exchange)\\s+offer)`);
const TENDER_OFFER = phrase(`(${DAY_COUNT})${LATER_DATE}\\s+(?:following|after)\\s+(?:(?!acquisition\\s+date|has\\s+(?:acquired|become)|\\(ii\\))[^;]){0,320}?\\b(?:tender|exchange)\\s+offer`);
/** Rights that separate on the announcement itself: "until the earlier of (i) the Company's announcing that a person ...". */
const ON_ANNOUNCEMENT = phrase(`\\buntil\\s+${EARLIER_OF}(?:the\\s+(?:Company's\\s+)?|a\\s+)?(?:first\\s+)?(?:public\\s+)?announc(?:ement|ing)\\s+(?:by\\s+the\\s+Company\\s+)?that\\b`);
const LESS_THAN_ALL = /\bfor\s+less\s+than\s+(?:the\s+)?all\s+(?:the\s+)?(?:outstanding\s+)?shares/i;
const NOT_FOR_ALL = phrase(`\\bnot\\s+be\\s+[^;]{0,100}?(?:distributed|exercisable)[^;]{0,80}?solely\\s+as\\s+a\\s+result\\s+of\\s+the\\s+commencement\\s+of\\s+a\\s+tender\\s+offer\\s+or\\s+exchange\\s+offer\\s+for\\s+all\\s+outstanding\\s+shares`);

/** The words a sentence about the Distribution Date has (a release's numbered triggers: "Exercise would be triggered 10 business days after a public announcement ...", "The second trigger would occur 10 business days after the commencement of a tender offer"). */
const ABOUT_DISTRIBUTION = /Distribution\s+Date|Separation\s+Time|separate|exercisable|distributed|earlier\s+(?:to\s+occur\s+)?of|\btrigger(?:ed|s)?\b/i;
/** A list's lead-in naming the earlier of its events ("That date will occur ... on the earlier of:"); its items, set as bullets, go on while one ends with a comma, a semicolon, "or" or "and". */
const LEAD_IN = /\bearl(?:ier|iest)(?:\s+to\s+occur)?\s+of\s*:$/i;
const ITEM_GOES_ON = /(?:[,;]|\b(?:or|and))\s*$/i;

/** An item whose list's lead-in the source lost: it opens with its count (after a bullet or a table's bar) and speaks of an Acquiring Person ("• | 10 days after the public announcement that a person ... has become an "Acquiring Person" ..."). */
const OPENS_WITH_COUNT = new RegExp(`^[\\s|\u2022\u00b7*-]*(?:${DAY_COUNT})[^;]{0,400}?\\bAcquiring\\s+Person`, "i");

/** The sentences about the Distribution Date, with the items of a list its lead-in opens (or an item that is plainly one). */
function distributionSentences(doc: ReaderDocument): ReaderDocument["sentences"] {
  const out: ReaderDocument["sentences"][number][] = [];
  let inList = false;
  for (const s of doc.sentences) {
    if (inList || ABOUT_DISTRIBUTION.test(s.text) || OPENS_WITH_COUNT.test(s.text)) out.push(s);
    inList = LEAD_IN.test(s.text) || (inList && ITEM_GOES_ON.test(s.text));
  }
  return out;
}

export function distribution(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const s of distributionSentences(doc)) {
    if (/\bredeem|redemption/i.test(s.text)) continue;
    for (const m of s.text.matchAll(ANNOUNCEMENT)) {
      const count = dayCountValue(m[1]!);
      if (!count) continue;
      out.push({ term: "distributionDaysAfterStockAcquisition", value: count.days, ...spanOf(s, m), confidence: 0.9 });
      out.push({ term: "distributionAnnouncementDayKind", value: count.business ? "business" : "calendar", ...spanOf(s, m), confidence: 0.9 });
    }
    for (const m of s.text.matchAll(ON_ANNOUNCEMENT)) {
      out.push({ term: "distributionDaysAfterStockAcquisition", value: 0, ...spanOf(s, m), confidence: 0.7 });
      out.push({ term: "distributionAnnouncementDayKind", value: "calendar", ...spanOf(s, m), confidence: 0.7 });
    }
    for (const m of [...s.text.matchAll(TENDER_OFFER), ...s.text.matchAll(EITHER_TENDER_OFFER), ...s.text.matchAll(EARLIER_OF_A_BID)]) {
      const count = dayCountValue(m[1]!);
      if (!count) continue;
      out.push({ term: "distributionBusinessDaysAfterTenderOffer", value: count.days, ...spanOf(s, m), confidence: count.business ? 0.9 : 0.7 });
      const lessThanAll = LESS_THAN_ALL.test(s.text);
      out.push({ term: "distributionTenderOfferProng", value: lessThanAll ? "less-than-all" : "any-offer", ...spanOf(s, m), confidence: lessThanAll ? 0.9 : 0.75 });
    }
    for (const m of s.text.matchAll(NOT_FOR_ALL)) {
      out.push({ term: "distributionTenderOfferProng", value: "less-than-all", ...spanOf(s, m), confidence: 0.85 });
    }
  }
  return out;
}
