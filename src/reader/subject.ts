/**
 * Whether a text can be read as a rights plan at all: a file that is empty, that is not text
 * (random bytes, an image, a program), or whose text never speaks of a shareholder rights plan
 * has no terms to read. The reader says so in a sentence instead of answering "not found" for
 * every term.
 */
import { normalizedText } from "./text/normalize.js";

/** Words only a text about a shareholder rights plan uses (a trust's "Rights Declaration" too; news's "shareholder rights" plans in quotes and "poison pills" too; an 8-K cover's registered class "Rights to Purchase Series A ... Preferred Stock" among them, even with a table's other column run into it). */
const RIGHTS_PLAN_WORDS = /\brights?"?\s+(?:plan|agreement)|\bRights\s+Declaration\b|\bRights\s+Agent\b|\bAcquiring\s+Person\b|\bDistribution\s+Date\b|\bSeparation\s+Time\b|\bpoison\s+pills?\b|\b(?:stock|share)\s+purchase\s+rights?\b|\b(?:tax\s+benefits?|tax\s+asset|NOL)\s+(?:preservation|protection)\b|\bpreservation\s+plan\b|\bFlip[\s-]?in\b|\bQualif(?:ied|ying)\s+Offer\b|\bPermitted\s+Bid\b|\b(?:redeem|exercise|exchange)\w*\s+(?:all\s+(?:but\s+not\s+less\s+than\s+all\s+)?(?:of\s+)?)?(?:the\s+)?(?:then\s+)?(?:outstanding\s+)?Rights\b|\bRights?\s+Certificates?\b|\bFinal\s+Expiration\s+Date\b|\bredemption\s+of\s+(?:the\s+)?(?:Class\s+\w+\s+)?Rights\b|\bRights\s+to\s+Purchase\s+(?:[A-Z][\w-]*\s+){0,5}Preferred\s+(?:Stock|Shares)\b|\bRights\s+to\s+Purchase\s+[A-Z][\w-]*\s+[^]{0,80}?\bPreferred\s+(?:Stock|Shares)\b/i;
/**
 * A Form 8-A whose registered class is titled "Rights" (or "RIGHTS") alone, at a line's start before "(Title of Class)" (on its own line above it,
 * blank lines between or not, or joined to it as the reader joins the lines of a text with margin line numbers), or "Rights to Purchase Common Stock"
 * just after "Section 12(g) of the Act:" (a rights plan's registration; an offering's rights are "Subscription Rights" and the like).
 */
const REGISTERED_RIGHTS = /(?:^|\n)[^\S\n]*(?:Rights|RIGHTS)[^\S\n]*(?:\r?\n[^\S\n]*){0,3}\(Title\s+of\s+(?:each\s+)?Class\)|\bSection\s+12\([bg]\)\s+of\s+the\s+Act:?[\s|]{1,80}Rights\s+to\s+Purchase\s+(?:[A-Z][\w-]*\s+){0,3}Common\s+(?:Stock|Shares)\b/;
/**
 * A capitalised Right of such a plan, singular ("upon exercise of a Right"), or a dividend of "one Right for each outstanding share" (a 1990s 8-K's
 * "declared a dividend distribution of one Right for each outstanding share of common stock"); case matters, unlike "a right of first refusal".
 */
const A_RIGHT = /\b(?:exercise|holder)\s+of\s+(?:a|each|the)\s+Right\b|\bdistribution\s+of\s+one\s+Right\s+for\s+each\s+(?:outstanding\s+)?share\b/;
/**
 * News's plan in lower case: a dividend of one right for each share ("declares a dividend distribution of one right for each share of
 * outstanding common stock"), or a right to buy a fraction of a share of preferred ("Each right entitles the holder to purchase 1/100 of a
 * share of Series A Preferred Stock"); not a partnership's "distribution of one right for each unit", nor an offering's right to a share.
 */
const A_RIGHT_IN_NEWS = /\bdividend\s+(?:distribution\s+)?of\s+one\s+(?:[\w-]+\s+){0,3}?rights?\s+for\s+each\s+(?:outstanding\s+)?share\b|\beach\s+right\s+(?:will\s+)?entitles?\s+(?:the\s+)?(?:registered\s+)?holder\s+(?:thereof\s+)?to\s+(?:buy|purchase)\s+(?:one\s+one-[a-z]+ths?|one-[a-z]+ths?|\d+\/\d+(?:th)?|a\s+fraction(?:al\s+share)?)\s+of\s+(?:a|one)\s+share\s+of\s+[^.]{0,60}?\bPreferred\b/i;
/** Characters no text file holds: controls other than tab, line ends and form feed, and the replacement character of undecodable bytes. */
const NOT_TEXT = /[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/g;
const SAMPLE = 65_536;

/** Whether a text's words are a rights plan's. */
function speaksOfRightsPlan(text: string): boolean {
  return RIGHTS_PLAN_WORDS.test(text) || A_RIGHT.test(text) || A_RIGHT_IN_NEWS.test(text) || REGISTERED_RIGHTS.test(text);
}

/**
 * Why `text` (read from `file`) cannot be read as a rights plan, as a sentence; null when it can. The words
 * are looked for in the text as it is and, failing that, as the reader reads it (without HTML markup, with
 * one spelling per space and quote), so a filing in HTML or with non-breaking spaces is judged as in plain text.
 */
export function unreadableReason(file: string, text: string): string | null {
  if (text.trim() === "") return `${file} is empty: there is nothing to read.`;
  const sample = text.slice(0, SAMPLE);
  const odd = sample.match(NOT_TEXT)?.length ?? 0;
  if (odd > sample.length / 100) return `${file} is not text (${odd} of its first ${sample.length} characters are not letters, digits or punctuation): it cannot be read as a filing.`;
  if (!speaksOfRightsPlan(text) && !speaksOfRightsPlan(normalizedText(text).text)) return `${file} does not speak of a shareholder rights plan (no Rights Agreement, Rights Agent, Acquiring Person or Distribution Date): there are no terms to read.`;
  return null;
}
