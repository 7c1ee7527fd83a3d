/**
 * The flip-in and flip-over multiples (R-11a-ii, R-13): "Common Stock ... having a value equal to
 * two times the exercise price of the Right", "a then-current market value of twice the Purchase
 * Price", "a market value of twice that amount" (the price just named), "twice that exercise price" (or "such"),
 * "twice the right's exercise price", "200% of the exercise price", or the Agreement's formula,
 * "dividing that product by 50% of the Current Market Price", "divided by 50% of the market price", "dividing the then current
 * Purchase Price per Right by one-half of the then current market price" (each a multiple of 2: one over the part), news's
 * "entitled to acquire shares at a 50% discount" or "purchase additional shares ... at half the market price" (or "at half-price", "for half the market value": 2), a release's shares "having a market value ... equal to $160 for a purchase price of $80" (the value over the price). A sentence about a merger, a business combination, an asset sale or the
 * acquiring company states the flip-over (unless it names a flip-over only to set it aside, or only in an "(or ...)" aside); one
 * about becoming an Acquiring Person (or a plan "triggered if" a holding passes the line, news's buyer who "passes the 10% threshold" or makes "an acquisition of a 10 percent position") (or "the holder of 15 percent (or per cent) or more", or one who "were to acquire 15% or more"), or news's about what "the poison pill will allow", the flip-in; one that names neither goes on about the event
 * of the sentence before it.
 */
import { phrase, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { dec } from "../../numbers/decimal.js";
import { MONEY, moneyValue, MULTIPLE, multipleValue, PERCENT, percentValue } from "../phrases/numbers.js";
import { FRACTION, fractionValue } from "../phrases/fractions.js";

/** The price may be cut off by the excerpt's end ("a market value of two times the Purchase " and then "[...]", "twice the exercise pr"). */
const TIMES_PRICE = phrase(`(${MULTIPLE})\\s+(?:(?:the\\s+right'?s\\s+|the\\s+|that\\s+|such\\s+|its\\s+)?(?:then[\\s-]+current\\s+)?(?:purchase|exercise)(?:\\s+price|(?:\\s+p(?:r(?:ic?)?)?)?$)|(?:that|such)\\s+(?:amount|price))`);
/** The value as a percentage of the price ("a market value equal to 200% of the exercise price of the Right"): over 100%, a multiple. */
const PERCENT_OF_PRICE = phrase(`(${PERCENT})\\s+of\\s+(?:the\\s+)?(?:right'?s\\s+)?(?:then[\\s-]+current\\s+)?(?:purchase|exercise)\\s+price`);
/** The Agreement's formula: the price divided by a part of the market price, as a percentage (group 1) or a fraction in words (group 2). */
const FORMULA = phrase(`\\b(?:dividing|divided)\\b[^;]{0,200}?\\bby\\s+(?:(${PERCENT})|(${FRACTION}))\\s+of\\s+the\\s+(?:then[\\s-]+)?(?:current\\s+)?market\\s+price`);
/** News's way of saying it: holders may buy shares "at a 50% discount" (a multiple of 100/(100 - 50)) or "at half the market price" (2). */
const DISCOUNT = phrase(`\\b(?:purchas|acquir|buy)\\w*\\b[^;]{0,120}?\\bat\\s+(?:a\\s+)?(${PERCENT})\\s+discount\\b`);
const HALF_PRICE = phrase(`\\b(?:purchas|acquir|buy)\\w*\\b[^;]{0,120}?\\b(?:at|for)\\s+half[\\s-]+(?:(?:of\\s+)?(?:the|its)\\s+)?(?:(?:then[\\s-]+)?(?:current|prevailing)\\s+)?(?:market\\s+)?(?:price|value)\\b`);
/** News's "$240 worth of ... common stock for a total price of $120", "the right to acquire $110 worth of Acme stock for $55": the worth over the price. */
const WORTH_FOR_PRICE = phrase(`(${MONEY})\\s+worth\\s+of\\s+[^;$]{0,60}?\\bfor\\s+(?:a\\s+(?:total\\s+)?price\\s+of\\s+)?(${MONEY})`);
/** A release's "shares ... having a market value at the time of exercise equal to $160 for a purchase price of $80": the value over the price. */
const VALUE_FOR_PRICE = phrase(`\\bmarket\\s+value\\b[^;]{0,60}?\\b(?:equal\\s+to|of)\\s+(${MONEY})\\s+for\\s+(?:an?\\s+|the\\s+)?(?:purchase|exercise)\\s+price\\s+of\\s+(${MONEY})`);
const FLIP_OVER = /merger|business\s+combination|acquiring\s+company|acquiror|other\s+company|successor|consolidat|earning\s+power|Principal\s+Party|flip[\s-]?over/i;
const FLIP_IN = /Acquiring\s+Person|flip[\s-]?in|poison\s+pill|exercisable|Triggering|\btriggered\s+(?:if|when|once|by)\b|\b(?:are|is|were|be|been)\s+triggered\b|Section\s+11|\b(?:becomes?\s+the\s+(?:beneficial\s+)?(?:holder|owner)\s+of|(?:were\s+to\s+)?acquir(?:e|es|ed))\s+[^;]{0,30}?(?:%|per\s?cent)\s+or\s+more|\b(?:pass|cross|exceed)(?:es|ed|ing|s)?\s+(?:the|a|its)\s+\d+(?:\.\d+)?\s*(?:%|per\s?cent)\s+(?:threshold|level|trigger)\b|\bacquisition\s+of\s+(?:a|an)\s+\d+(?:\.\d+)?\s*(?:%|per\s?cent)\s+(?:position|stake|interest|block)\b/i;

/** A flip-over named only to be set aside ("unless the event is a "Flip-Over Event" (as described below)"), or the acquiror only as the holder left out. */
const UNLESS_FLIP_OVER = /\bunless\s+[^,;]{0,80}?flip[\s-]?over\s+event"?(?:\s*\([^()]*\))?|\bother\s+than\s+the\s+acquir(?:or|er)\b/gi;

/** An alternative set aside in parentheses ("purchase ... common stock (or to purchase common stock from an entity that completes a business combination with us) having ..."). */
const OR_ASIDE = /\(\s*or\s+[^()]*\)/gi;

/**
 * Which multiple a sentence speaks of, from its own words, or null when it names neither. A sentence about becoming an
 * Acquiring Person that names a merger only in an "(or ...)" aside states the flip-in; with no such cue outside the
 * aside ("receive our common stock (or a successor company)"), the aside still names the flip-over.
 */
function flipOf(text: string): "flipOverMultiple" | "flipInMultiple" | null {
  const cues = text.replace(UNLESS_FLIP_OVER, "");
  const main = cues.replace(OR_ASIDE, "");
  if (FLIP_IN.test(main) && !FLIP_OVER.test(main)) return "flipInMultiple";
  return FLIP_OVER.test(cues) ? "flipOverMultiple" : FLIP_IN.test(cues) ? "flipInMultiple" : null;
}

export function flipMultiples(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  let previous: ReturnType<typeof flipOf> = null;
  for (const s of doc.sentences) {
    // A sentence that names neither event goes on about the one the sentence before it named.
    const own = flipOf(s.text);
    const named = own ?? previous;
    previous = own;
    if (!/times|twice|dividing|divided|discount|half|market\s+value|%\s+of\s+the|worth/i.test(s.text)) continue;
    // News's half price, discount or worth for a price, in a story that names neither event, is the flip-in's (every pill has one; the flip-over is told as the acquirer's stock).
    const news = named ?? "flipInMultiple";
    for (const m of s.text.matchAll(WORTH_FOR_PRICE)) {
      const multiple = valueOverPrice(m);
      if (multiple) out.push({ term: news, value: multiple, ...spanOf(s, m), confidence: named ? 0.7 : 0.6 });
    }
    for (const m of s.text.matchAll(DISCOUNT)) {
      const percent = percentValue(m[1]!);
      if (percent !== null && Number(percent) > 0 && Number(percent) < 100) out.push({ term: news, value: dec(100).dividedBy(dec(100).minus(percent)).toString(), ...spanOf(s, m), confidence: named ? 0.7 : 0.6 });
    }
    for (const m of s.text.matchAll(HALF_PRICE)) out.push({ term: news, value: "2", ...spanOf(s, m), confidence: named ? 0.7 : 0.6 });
    const term = named;
    if (!term) continue;
    for (const m of s.text.matchAll(TIMES_PRICE)) {
      const value = multipleValue(m[1]!);
      if (value !== null) out.push({ term, value, ...spanOf(s, m), confidence: 0.9 });
    }
    for (const m of s.text.matchAll(PERCENT_OF_PRICE)) {
      const percent = percentValue(m[1]!);
      if (percent !== null && Number(percent) > 100) out.push({ term, value: dec(percent).dividedBy(100).toString(), ...spanOf(s, m), confidence: 0.85 });
    }
    for (const m of s.text.matchAll(FORMULA)) {
      const part = m[1] !== undefined ? percentValue(m[1]) : fractionValue(m[2]!);
      const whole = m[1] !== undefined ? 100 : 1;
      if (part !== null && Number(part) > 0 && Number(part) < whole) out.push({ term, value: dec(whole).dividedBy(part).toString(), ...spanOf(s, m), confidence: 0.75 });
    }
    for (const m of s.text.matchAll(VALUE_FOR_PRICE)) {
      const multiple = valueOverPrice(m);
      if (multiple) out.push({ term, value: multiple, ...spanOf(s, m), confidence: 0.7 });
    }
  }
  return out;
}

/** The value (group 1) over the price (group 2), when the value is the greater: a multiple. */
function valueOverPrice(m: RegExpMatchArray): string | undefined {
  const value = moneyValue(m[1]!);
  const price = moneyValue(m[2]!);
  return value !== null && price !== null && dec(price).greaterThan(0) && dec(value).greaterThan(price) ? dec(value).dividedBy(price).toString() : undefined;
}
