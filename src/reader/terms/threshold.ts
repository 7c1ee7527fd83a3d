/**
 * The Acquiring Person threshold (R-1a): "beneficial ownership of 15% or more", "Beneficial
 * Owner of fifteen percent (15%) or more", "beneficially owns 4.99% or more", "Beneficial Owner of more than 30% of", "Beneficial Owner (as hereinafter defined) of more than 10% of", "an ownership
 * trigger threshold of 15%", "a 20% stock ownership threshold", a summary's "triggered if ownership exceeds 10%" (or "can be activated if ownership surpasses 10%"), "counts towards the 15% ownership threshold", "has acquired, or commences an offer to acquire, 20% or more",
 * "would result in a person owning, in the aggregate, 20% or more", "beneficial ownership (which includes certain synthetic equity interests) of 10% or more", "acquired or commenced a tender offer for 9.8% or
 * more", "of 10%, or 20% in the case of certain passive investors, or more" (the main one), "becomes a five-percent stockholder",
 * news's "becomes the holder of 15 percent or more of", "becomes owner of at least 15% of", "buys more than 20 percent of", "deterring ... from acquiring over 4.9% of shares", "buys or tenders an offer to buy at least 15% of", "the acquisition of 15% or more of", news's "if anyone attempts to acquire 15%" (not a lower line for a buyer the board deems "adverse"), "10% (or 20% in certain
 * circumstances) or more" (the main one), a misspelt "Benefical Owner", "of 15% or, in the case of the
 * Grandfathered Stockholder, an additional 1%, or more" (the first), a summary's "acquires 10%+ of" and "triggers at 4.99% ownership", news's stakes
 * ("amass a 15 percent stake", "buys a stake of just 5%") and "a 15% trigger". Not the passive-investor
 * threshold (a sentence or an aside about passive investors), the exchange bar ("prior to the acquisition ... of 50% or more"), nor a flip-over's
 * "50% or more of the assets", nor a named holder's own ceiling after its exemption ("... ("Acme"), shall not be deemed to be an Acquiring Person ... unless and until
 * Acme ... is the Beneficial Owner of 25% or more"), nor what an Acquiring Person already owns ("by such Acquiring Person of 50%
 * or more", the exchange bar where the sentence breaks off before naming the exchange).
 */
import { phrase, sentencesMatching, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { PERCENT, percentValue } from "../phrases/numbers.js";

/**
 * A higher percentage the Board may allow, in parentheses between the threshold and "or more", or a
 * named holder's own allowance set off by commas ("15% or, in the case of the Grandfathered
 * Stockholder, an additional 1%, or more").
 */
const ASIDE = `(?:\\s*\\([^()]{0,120}\\)|\\s+or,?\\s+in\\s+the\\s+case\\s+of\\s+[^;%]{1,150}?,\\s+(?:an\\s+additional\\s+)?${PERCENT},)?`;
/** An offer that can trip the same threshold, set between commas ("ownership of, or commences a tender offer for, 15%"). */
const OR_OFFER = "(?:,\\s*or\\s+[^,;]{1,80}?,\\s*)?";
/** Shares named before their percentage ("Beneficial Owner of shares of Common Stock representing 15% or more", "beneficial ownership of Common Stock or other voting securities ("Voting Stock") that have 10% or more of the voting power"). */
/** The definition's own aside after "Beneficial Owner": "(as defined below)", "(as hereinafter defined)", or what ownership includes ("(which includes certain synthetic equity interests)"). */
const DEFINED_ASIDE = "(?:\\s*\\((?:as\\s+(?:such\\s+term\\s+is\\s+)?(?:here\\w*\\s+|below\\s+)?defined|which\\s+includes?|including)\\b[^()]{0,60}\\))?";
const SHARES_REPRESENTING = "(?:(?:shares|securities|[A-Z][a-z]+\\s+Stock)\\b[^;%]{0,80}?\\s(?:representing|constituting|equal\\s+to|that\\s+(?:have|has|represent)|having)(?:,\\s*in\\s+the\\s+aggregate,)?\\s+)?";
const PATTERNS: readonly [RegExp, number][] = [
  [phrase(`\\bbene\\w{2,9}\\s+own(?:er(?:ship)?|s|ing)?"?${DEFINED_ASIDE}\\s+(?:by\\s+[^;]{0,60}?\\s+)?(?:of\\s*)?${SHARES_REPRESENTING}${OR_OFFER}(${PERCENT})${ASIDE}\\s+or\\s+more`), 0.85],
  [phrase(`\\bbene\\w{2,9}\\s+own(?:er(?:ship)?|s|ing)?"?${DEFINED_ASIDE}\\s+(?:of\\s+)?(?:more\\s+than|in\\s+excess\\s+of)\\s+(${PERCENT})${ASIDE}\\s+of`), 0.8],
  [phrase(`\\bacquir(?:es|ed|ing|e)${OR_OFFER}\\s*(${PERCENT})${ASIDE}\\s+or\\s+more\\s+of`), 0.85],
  [phrase(`\\bacquir(?:es|ed|e)\\s+or\\s+commence[sd]?\\s+(?:a\\s+)?(?:tender\\s+or\\s+exchange|tender|exchange)\\s+offer\\s+for\\s+(${PERCENT})${ASIDE}\\s+or\\s+more\\s+of`), 0.85],
  [phrase(`\\bresult\\s+in\\s+(?:a|any|such|that)\\s+person\\s+(?:or\\s+group\\s+)?(?:beneficially\\s+)?(?:owning|holding)(?:,\\s*[^,;]{1,30},)?\\s+(${PERCENT})\\s+or\\s+more\\s+of`), 0.7],
  [phrase(`\\bacquir(?:es|ed|ing|e)${OR_OFFER}\\s*(?:more\\s+than|in\\s+excess\\s+of|over)\\s+(${PERCENT})${ASIDE}\\s+of`), 0.8],
  [phrase(`\\b(?:ownership\\s+)?trigger(?:ing)?\\s+threshold\\s+of\\s+(${PERCENT})`), 0.9],
  [phrase(`\\b(?:the|a|an)\\s+(${PERCENT})\\s+(?:beneficial\\s+|stock\\s+|share\\s+)?ownership\\s+(?:trigger\\s+)?threshold\\b`), 0.8],
  // An amendment that leaves it: "nothing in this Amendment changes the 15% beneficial ownership level at which a Person becomes an Acquiring Person".
  [phrase(`\\b(?:the|a|an)\\s+(${PERCENT})\\s+(?:beneficial\\s+)?ownership\\s+level\\s+at\\s+which\\s+[^;]{0,40}?\\bbecomes?\\s+an?\\s+"?Acquiring\\s+Person`), 0.8],
  // News's plan "with a 15% trigger", one that "has a 10% threshold".
  [phrase(`\\b(?:with|has|had|sets?)\\s+an?\\s+(${PERCENT})\\s+(?:ownership\\s+)?(?:trigger|threshold)\\b`), 0.75],
  [phrase(`\\b(?:triggered|exercisable|activated)\\s+(?:if|when|once)\\s+(?:a\\s+(?:person's|holder's)\\s+|the\\s+)?(?:beneficial\\s+)?ownership\\s+(?:exceeds|surpasses|reaches)\\s+(${PERCENT})`), 0.7],
  [phrase(`\\bbecomes?\\s+an?\\s+(${PERCENT})\\s+(?:stockholder|shareholder|holder)`), 0.8],
  [phrase(`\\bbecomes?\\s+(?:the\\s+)?(?:beneficial\\s+)?(?:holder|owner)\\s+of\\s+(${PERCENT})${ASIDE}\\s+or\\s+more\\s+of`), 0.8],
  [phrase(`\\bbecomes?\\s+(?:the\\s+)?(?:beneficial\\s+)?(?:holder|owner)\\s+of\\s+at\\s+least\\s+(${PERCENT})\\s+of`), 0.75],
  [phrase(`\\b(?:buys?|bought|purchas(?:es|ed|e))\\s+(?:more\\s+than|in\\s+excess\\s+of|over)\\s+(${PERCENT})\\s+of`), 0.75],
  [phrase(`\\b(?:buys?|bought|purchas(?:es|ed|e))\\s+(${PERCENT})\\s+or\\s+more\\s+of`), 0.75],
  [phrase(`\\b(?:acquir(?:es|ed|ing|e)|buys?|bought|purchas(?:es|ed|e))\\s+(?:or\\s+[^;%]{0,40}?\\s)?at\\s+least\\s+(${PERCENT})\\s+of`), 0.75],
  [phrase(`\\b(?:attempts?|tries|try|seeks?)\\s+to\\s+(?:acquire|purchase|buy)\\s+(${PERCENT})`), 0.7],
  // A summary's bullets: "if any person acquires 10%+ of common stock", "the plan triggers at 4.99% ownership".
  [phrase(`\\bacquir(?:es|ed|ing|e)\\s+(${PERCENT})\\+\\s+of`), 0.75],
  [phrase(`\\btriggers?\\s+at\\s+(${PERCENT})\\s+(?:beneficial\\s+)?ownership\\b`), 0.75],
  // News's stake: "the rights generally become exercisable if a person/group reaches a 10% stake in an unapproved transaction".
  [phrase(`\\b(?:triggered|exercisable)\\s+(?:if|when|once)\\s+(?:a|any|an?\\s+(?:outside\\s+)?(?:investor|shareholder|stockholder))\\b[^;%]{0,30}?\\s(?:reaches|acquires|obtains|takes|builds)\\s+an?\\s+(${PERCENT})\\s+stake\\b`), 0.7],
];
/**
 * News's stakes, in a sentence about the rights or the pill: "should anyone amass a 15 percent stake", "if an unwanted shareholder buys a stake
 * of just 5%", "takes a stake of more than 12.5 percent", "if a person's stake rises above 10 percent"; and a bare "acquires 10% or more"
 * ending its clause. Never a named holder's stake ("Icahn holds a stake of 9.9%": no acquiring verb).
 */
const STAKES: readonly RegExp[] = [
  phrase(`\\b(?:amass|acquir|accumulat|buy|bought|tak|build|reach|obtain)\\w*\\s+an?\\s+(${PERCENT})\\s+(?:or\\s+(?:more|greater)\\s+)?stake\\b`),
  phrase(`\\b(?:amass|acquir|accumulat|buy|bought|tak|build|reach|obtain)\\w*\\s+an?\\s+stake\\s+of\\s+(?:just\\s+|only\\s+|more\\s+than\\s+|at\\s+least\\s+|over\\s+)?(${PERCENT})`),
  phrase(`\\bstake\\s+(?:rises|climbs|goes|grows)\\s+(?:above|over|past|beyond)\\s+(${PERCENT})`),
  phrase(`\\bacquir(?:es|ed|ing|e)\\s+(${PERCENT})\\s+or\\s+more\\b(?=\\s*(?:[,.;]|$))`),
];
const ABOUT_THE_RIGHTS = /\b(?:rights?|pill|plan|trigger\w*|exercisable|kicks?\s+in)\b/i;
/** "the acquisition of 15% or more of the ... common stock": the trigger, never the exchange window's bar of half the stock. */
const ACQUISITION = phrase(`\\bacquisition\\s+(?:by\\s+[^;%]{0,60}?\\s+)?of\\s+(${PERCENT})${ASIDE}\\s+or\\s+more\\s+of`);
/** "owns 15% or more", "obtains 10% or more", "obtains ownership of 15% or more": the trigger only in a sentence about an Acquiring Person. */
const OWNS = phrase(`\\b(?:owns?|holds?|obtains?|obtained)\\s+(?:(?:beneficial\\s+)?ownership\\s+of\\s+)?(${PERCENT})\\s+or\\s+more\\s+of`);
/** Sentences about something else than the trigger. */
const OTHER_THRESHOLD = /13G|passive/i;
/**
 * A passive investor's threshold in parentheses beside the main one ("(or 20% for passive investors)"), right after it ("surpasses 10% or 20% for
 * passive investors"), or after a comma up to the next one or to the end ("..., or 20% in the case of passive investors."),
 * or, when the comma opens what it says of them and nothing after gives another percentage, to the end ("..., or 20% or more in the case of a
 * "Passive Investor," which generally means a person who ... reports on Schedule 13G ..."), or a last clause of its own after a semicolon ("... reaches a 10% stake in an unapproved transaction; passive investors are exempt.").
 */
const PASSIVE_ASIDE = /\((?:[^()]|\([^()]*\))*?(?:13G|passive)(?:[^()]|\([^()]*\))*\)|\s+or\s+\d+(?:\.\d+)?\s*(?:%|per\s?cent)\s+(?:for|in\s+the\s+case\s+of)\s+(?:certain\s+)?passive\s+(?:institutional\s+)?investors?\b|,\s*or\s+[^,;()]{0,80}?(?:13G|passive)(?:[^,;()]{0,40},(?!"?\s*(?:which|who|that|meaning)\b)|[^;()%]*$)|;\s*[^;]{0,80}?(?:13G|passive)[^;]{0,80}$/gi;

/** The sentence's text with passive investors' asides blanked (offsets kept), or null when the whole sentence is about them. */
export function withoutPassiveAsides(text: string): string | null {
  if (!OTHER_THRESHOLD.test(text)) return text;
  const blanked = text.replace(PASSIVE_ASIDE, (aside) => " ".repeat(aside.length));
  return OTHER_THRESHOLD.test(blanked) ? null : blanked;
}
/** A buyer the board deems "adverse" in the clause before the percentage: that plan's lower trigger for such a buyer, not the general one ("if a buyer deemed "adverse" by the board tries to purchase 10%, or if anyone attempts to acquire 15%"). */
const ADVERSE_CLAUSE = /\badverse\b[^,;]*$/i;
/** Leave some holders were given to cross the line ("allowed two investors to acquire more than 5%"): an exemption, not the trigger. */
const ALLOWED_BEFORE = /\b(?:allow|permit)\w*\s+(?:[^;.]{0,60}\s)?to\s+$/i;
/**
 * A named holder's own ceiling, set after an exemption ("Acme Capital, L.P. ("Acme"), shall not be deemed to be an Acquiring Person ... unless and until
 * Acme ... is the Beneficial Owner of 25% or more"): that holder's allowance, not the plan's threshold (every percentage after it in the sentence).
 */
const NAMED_HOLDER_UNTIL = /\(\s*["\u201c][A-Z][^"\u201d()]{0,30}["\u201d]\s*\)\s*,?\s+(?:shall|will)\s+not\s+be\s+deemed\s+(?:to\s+be\s+)?an?\s+["\u201c]?Acquiring\s+Person\b[^.]{0,200}?\bunless\s+and\s+until\b/;
/** An exchange offer is a kind of bid, not the exchange of Rights (nor "a tender or exchange ..." cut before "offer"); nor is the Securities Exchange Act or a stock exchange. */
const EXCHANGE_OFFER = /\bexchange\s+offers?\b|\btender\s+or\s+exchang\w*|\b(?:Securities\s+)?Exchange\s+Act\b|\bStock\s+Exchange\b/gi;
const DEFINES = /"Acquiring\s+Person"|\(\s*an?\s+"?Acquiring\s+Person"?\s*\)/;
/** A holding already an Acquiring Person's ("ownership by such Acquiring Person of 50% or more"): the exchange bar, not the trigger. */
const BY_ACQUIRING_PERSON = /\bby\s+(?:such|the|that|any|an)\s+Acquiring\s+Person\b/i;
/** The same said with the Acquiring Person as the subject ("after the date on which an Acquiring Person beneficially owns 10% or more ... the Board may exchange"). */
const ACQUIRING_PERSON_OWNS = /\b(?:such|the|that|any|an)\s+Acquiring\s+Person\s+(?:beneficially\s+)?$/i;
const NOT_SHARES_AFTER = /^\s*of\s+(?:the\s+)?(?:Company's\s+)?(?:consolidated\s+)?(?:assets|earning\s+power|cash\s+flow)/i;

/**
 * Whether the Rights' exchange is spoken of between `from` and `to` in a sentence: anywhere for the
 * exchange window's bar of half the stock, near a smaller percentage (a bulleted news summary runs
 * many clauses into one sentence).
 */
function nearExchange(text: string, from: number, to: number): boolean {
  return /exchang/i.test(text.slice(Math.max(0, from), to).replace(EXCHANGE_OFFER, ""));
}

export function threshold(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentencesMatching(doc, /%|per\s?cent/i)) {
    const text = withoutPassiveAsides(s.text);
    if (text === null) continue;

    const definesAcquiringPerson = /Acquiring\s+Person/.test(s.text);
    const patterns: (readonly [RegExp, number])[] = [...PATTERNS, [ACQUISITION, 0.75], ...(ABOUT_THE_RIGHTS.test(s.text) ? STAKES.map((p) => [p, 0.7] as const) : [])];
    if (definesAcquiringPerson) patterns.push([OWNS, 0.75]);
    for (const [pattern, confidence] of patterns) {
      for (const m of text.matchAll(pattern)) {
        const value = percentValue(m[1]!);
        if (value === null || Number(value) >= (pattern === ACQUISITION ? 50 : 100)) continue;
        if (ALLOWED_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
        if (ADVERSE_CLAUSE.test(text.slice(Math.max(0, m.index - 120), m.index))) continue;
        if (BY_ACQUIRING_PERSON.test(m[0]) || ACQUIRING_PERSON_OWNS.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        if (NAMED_HOLDER_UNTIL.test(text.slice(0, m.index))) continue;
        if (NOT_SHARES_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
        // An exchange clause's percentages bound the exchange window unless the sentence also defines the Acquiring Person.
        if (Number(value) >= 50 ? nearExchange(s.text, 0, s.text.length) : nearExchange(s.text, m.index - 200, m.index + 120) && !DEFINES.test(s.text)) continue;
        out.push({ term: "acquiringPersonThresholdPercent", value, ...spanOf(s, m), confidence: confidence + (definesAcquiringPerson ? 0.1 : 0) });
      }
    }
  }
  return out;
}
