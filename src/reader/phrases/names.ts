/**
 * Names of companies and persons as they appear in filings: capitalised words with their
 * connectors ("Wells Fargo Bank Minnesota, N.A.", "American Stock Transfer & Trust Company",
 * "Yahoo! Inc.", "SOFTWARE SPECTRUM, INC.", "UMB Bank, n.a."), and the repair of names that
 * public mirrors redacted with X's ("Xxxxx Fargo Bank").
 */

const SUFFIX = "(?:National\\s+Association|Inc\\.?|INC\\.?|Incorporated|L\\.P\\.|LP|LLC|L\\.L\\.C\\.|N\\.A\\.?|n\\.a\\.|Ltd\\.?|LTD\\.?|Limited|Corp\\.?|CORP\\.?|Co\\.?|CO\\.?|S\\.A\\.|N\\.V\\.|plc|PLC|P\\.C\\.|LLP|L\\.L\\.P\\.|F\\.S\\.B\\.|FSB|AG|GmbH|Jr\\.)(?![A-Za-z])";
/** A capitalised word, or one a brand opens with a small letter ("iKang", "eBay"); a title-case "And" only inside a trade name ("Stock Transfer And Trust"), else it joins two parties ("Acme Corporation And Union Transfer Inc."). */
const WORD = "(?!And\\b(?!\\s+(?:Trust|Transfer|Savings|Loan|Exchange)\\b))(?:[A-Z]|[a-z](?=[A-Z][a-z]))[A-Za-z0-9'&.!/-]*";
/** Lower-case words inside a name: "of", "for", "and" before a trade word ("Stock Transfer and Trust"), a contracted "n'" ("Kash n' Karry"). */
const CONNECTOR = "(?:&|of|for|de|du|la|van|von|n'(?=\\s+[A-Z])|and(?=\\s+(?:Trust|Transfer|Savings|Loan|Exchange)\\b)|the(?=\\s+[A-Z]))";

/** A proper name: a capitalised word, then up to 12 more words, connectors and ", Inc."-style suffixes. */
export const NAME = `(?<![A-Za-z])${WORD}(?: +(?:${WORD}|${CONNECTOR})|,? +${SUFFIX}){0,12}`;

const ABBREVIATED_END = /(?:Inc|Co|Corp|Ltd|N\.A|N\.\s?A|n\.a|L\.P|L\.L\.C|S\.A|N\.V|P\.C|L\.L\.P|F\.S\.B|Jr|INC|CO|CORP|LTD)\.$/;

/** A matched name without trailing punctuation or dangling connectors ("Trust Company." -> "Trust Company"). */
export function cleanName(name: string): string {
  let n = name.trim().replace(/\s+/g, " ");
  for (;;) {
    const before = n;
    n = n.replace(/[\s,;:]+$/, "").replace(/\s+(?:&|of|for|and|the|de|du|la)$/i, "");
    if (n.endsWith(".") && !ABBREVIATED_END.test(n)) n = n.slice(0, -1);
    if (n === before) return n;
  }
}

/** A word a mirror redacted: "Xxxxxx", "Xxxxxx'x", "XXXXX", "XXXXXX'X", "XXXXXXX.XXX", a hyphened name's "XXXXXXX-XXXXXXX" or "Xxxxxxx-Xxxxxxx". */
const REDACTED_WORD = /^(?:X[x]{2,}(?:-X[x]{2,})*(?:'x)?|X{4,}(?:[.-]X+)*(?:'X)?)$/;

/** Whether a name has words that a mirror redacted with X's ("Xxxxxx Rubbermaid Inc."). */
export function isRedacted(name: string): boolean {
  return name.split(/[\s,]+/).some((w) => REDACTED_WORD.test(w));
}

/**
 * The name with its redacted words restored from the first of `known` whose words agree with
 * it everywhere else (a redacted word matches a known word of the same length), or null.
 */
export function restoredName(name: string, known: readonly string[]): string | null {
  const words = name.split(" ");
  for (const candidate of known) {
    const knownWords = candidate.split(" ");
    if (knownWords.length > words.length) continue;
    const agrees = knownWords.every((k, i) => {
      const w = words[i]!.replace(/,$/, "");
      return REDACTED_WORD.test(w) ? w.length === k.length : w.toLowerCase() === k.toLowerCase();
    });
    if (!agrees) continue;
    const restored = [...knownWords.map((k, i) => (words[i]!.endsWith(",") ? `${k},` : k)), ...words.slice(knownWords.length)].join(" ");
    if (!isRedacted(restored)) return restored;
  }
  return null;
}
