/**
 * The title block of an agreement's cover page: the company and the Rights Agent on lines of
 * their own, joined by "and" or "- and -" (often after "between") in any case, the agent's role under its
 * name in any case, or the parties and role in the cells of a table ("ACME CORP. | ... INC. | as Rights Agent |") ("Rights Agent", "as RIGHTS AGENT", "As Rights Agent"), a savings bank for the company, "The Bank of ..." or "THE ... NATIONAL BANK OF ..." for the agent, a note in parentheses beside either
 * ("(formerly ...)", "(successor Rights Agent to ...)"), an agent a form leaves in brackets, a Canadian
 * cover page's parties joined by "- and -" (or by "and" where the second is a bank or trust company) over the
 * agreement's title with no role named, or under it ("AGREEMENT BETWEEN ... AND ... TRANSFER ... INC. DATED AS OF ..."), or set after
 * "BETWEEN:" and "AND:" with their addresses, then the agreement's date in a block
 * of its own ("Dated as of March 31, 1998", "Dated: As of July 22, 1997", "Dated originally as of ...", "Dated effective as of ...", a Canadian agreement's "Made as of March 21, 2018", a restated one's "Amended and Restated as of November 19, 2007"), or above the parties under the title, or on the cover over the table of contents that precedes the parties. The lines reach the reader joined by spaces.
 */
import { casedPhrase, type Candidate, type ReaderDocument } from "../document.js";
import { DATE, dateValue } from "../phrases/dates.js";
import { KNOWN_RIGHTS_AGENTS } from "../phrases/knownRightsAgents.js";
import { cleanName, isRedacted, restoredName } from "../phrases/names.js";
import { CORPORATE, GENERIC } from "./issuer.js";

/** What makes a leading "The" part of a name: a bank after it ("The Bank of ...", "THE ... NATIONAL BANK"), or a company's word after at least one other ("THE E.W. SCRIPPS COMPANY"; "THE COMPANY" is a defined term). */
const THE_NAMED = "(?:\\s+[A-Z][A-Za-z&.'-]*){0,4}\\s+(?:Bank|BANK)\\b|(?:\\s+(?!AND\\b|And\\b)[A-Z][A-Za-z0-9&.'-]*){1,4}\\s+(?:COMPANY|Company|CORPORATION|Corporation|COMPANIES|Companies)\\b";
/** A capitalised word of a name (not the "and" joining the parties, nor "The" unless a bank's or a company's), or a connector ("Stock Transfer and Trust", "Trust and Savings Bank", "Farmers and Merchants National Bank"). */
const WORD = `(?:(?!AND\\b(?!\\s+(?:TRUST|TRANSFER|SAVINGS|LOAN)\\b|(?<=FARMERS\\s+AND)\\s+MERCHANTS\\b)|And\\b|As\\b|AS\\b|(?:The|THE)\\b(?!${THE_NAMED}))[A-Z][A-Za-z0-9&'./-]*,?|&|of|OF|and(?=\\s+(?:Trust|Transfer|Savings|Loan)\\b)|(?<=Farmers\\s+)and(?=\\s+Merchants\\b)|AND(?=\\s+(?:TRUST|TRANSFER|SAVINGS|LOAN)\\b))`;
const PARTY = `(?<![^\\s\\[])${WORD}(?:\\s+${WORD}){0,10}`;
const NOTE = "(?:\\s*\\([^()]{0,100}\\))?";
/** The parties, then the agent's role: "as (the) Rights Agent", "(the Rights Agent", ", the Rights Agent", or the bare role; never "... DIRECTS THE RIGHTS AGENT" (a verb's object, in a sentence in capitals). */
const BLOCK = casedPhrase(`(${PARTY})${NOTE}\\s+(?:(?:-\\s*)?(?:and|AND|And)(?:\\s*-)?|\\|)\\s+\\[?(${PARTY})\\]?(?:\\s*[,|]\\s+(?:the\\s+|THE\\s+)?|\\s+)(?:\\(\\s*(?:the\\s+|THE\\s+)?|(?:as\\s+|AS\\s+|As\\s+)(?:the\\s+|THE\\s+)?)?(?:[Rr]ights\\s+[Aa]gent|RIGHTS\\s+AGENT)\\b`);
/** A Canadian cover page: the parties joined by "- and -" over the agreement's title, with no role named ("ACME GOLD CORPORATION - and - ... TRUST COMPANY / SHAREHOLDER RIGHTS PLAN AGREEMENT"). */
const TITLED = casedPhrase(`(${PARTY})${NOTE}\\s+(-\\s*)?(?:and|AND|And)(?:\\s*-)?\\s+(${PARTY})\\s+(?:(?:SHAREHOLDER|STOCKHOLDER|Shareholder|Stockholder)\\s+)?(?:RIGHTS|Rights)\\s+(?:PLAN\\s+|Plan\\s+)?(?:AGREEMENT|Agreement)\\b`);
/** The title first, then the parties joined by "and" (or "- and -"), each perhaps with its defined term ("(the "Trust") - and - ... (the "Rights Agent")"), and the agreement's date ("SHAREHOLDER RIGHTS PLAN AGREEMENT BETWEEN ACME INC. AND ... TRANSFER SERVICES INC. DATED AS OF ...", "... AGREEMENT / Between / Acme Corp. / - and - / ... Services Inc. / Dated as of ..."). */
const TITLE_FIRST = casedPhrase(`(?:AGREEMENT|Agreement)\\s+(?:BETWEEN|Between|between)\\s+(${PARTY})${NOTE}\\s+(?:-\\s*)?(?:and|AND|And)(?:\\s*-)?\\s+(${PARTY})${NOTE}\\s+(?=(?:DATED|Dated|dated)\\b)`);
/** Parties after "BETWEEN:" and "AND:", each followed by its address ("BETWEEN: ACME INC., 600 Main Street ... AND: ... SERVICES INC. 7th Floor ..."). */
const COLONS = casedPhrase(`(?:BETWEEN|Between)\\s*:\\s+(${PARTY})[^]{0,300}?\\s(?:AND|And)\\s*:\\s+(${PARTY})`);
/** An agent's name (a trust company, "TRUST CO." too, a transfer agent, a bank, a shareholder, shareowner or investor services company), which a title block joined by a plain "and" needs. */
const AGENT_LIKE = /\b(?:TRUST\s+COMPANY|Trust\s+Company|TRUST\s+CO\b|Trust\s+Co\b|TRANSFER|Transfer|BANK|Bank|REGISTRAR|Registrar|COMPUTERSHARE|Computershare|EQUINITI|Equiniti|(?:SHAREHOLDER|SHAREOWNER|INVESTOR)\s+SERVICES|(?:Shareholder|Shareowner|Investor)\s+Services)\b/;
/** The title's first word that a party's name ran into ("... TRUST COMPANY SHAREHOLDER" before "RIGHTS PLAN AGREEMENT"). */
const TITLE_WORD = /\s+(?:SHAREHOLDER|STOCKHOLDER|Shareholder|Stockholder)$/;
/** Words of a heading that come before the company's name ("EXHIBIT 4.1", "Annex A", "RIGHTS AGREEMENT", "BETWEEN"), on the name's line or on lines above it ("... AGREEMENT / Between / ACME INC."). */
const HEADING = /^(?:[^]*\b(?:AGREEMENT|Agreement|PLAN|Plan|BETWEEN|[Bb]etween|EXHIBIT\s+\S+|Exhibit\s+\S+|ANNEX\s+\S+|Annex\s+\S+)\s+)/;
/** The date in a block after the parties (group 2), "Dated ...", "Made ...", or a restated agreement's "Amended and Restated as of ..." (group 1 the word). */
const DATED = new RegExp(`^[^]{0,200}?\\b(dated|made|amended\\s+and\\s+restated):?\\s+(?:originally\\s+|effective\\s+)?(?:as\\s+of\\s+)?(${DATE})`, "i");
/** The date set above the parties instead, under the agreement's title ("SHAREHOLDER RIGHTS PLAN AGREEMENT / Dated November 4, 2013 / Between ...", "... / Dated as of June 1, 2009 / BY AND BETWEEN ..."). */
const DATED_ABOVE = new RegExp(`\\bdated\\s+(?:as\\s+of\\s+)?(${DATE})(?:\\s+by\\s+and)?\\s*$`, "i");
const AMENDMENT = /\bamendment\b/i;
/**
 * The cover page's date with the table of contents between it and the parties ("DATED AS OF FEBRUARY 19, 2020 / ARTICLE 1 INTERPRETATION / 1.1 Certain
 * Definitions / ... / BETWEEN: ACME INC., ... AND: ... SERVICES INC."): the last "dated" before the parties, when what lies between is headings only (no
 * prose in it) and no amendment is named just above the date.
 */
const COVER_DATED = new RegExp(`\\bdated\\s+(?:as\\s+of\\s+)?(${DATE})(?![^]*\\bdated\\b)([^]*)$`, "i");
/** Prose rather than headings: a sentence's end before a sentence ("... the Company. The Board"), or a run of eight lower-case words (a heading's "Price; Exercise of" is neither). */
const PROSE = /[a-z]{2}[.:]\s+[A-Z][a-z]+\s+[a-z]|(?:\b[a-z]+[\s,]+){8}/;

/** The cover's date over a table of contents before the parties at `start`, or null. */
function coverDate(text: string, start: number): { value: string; at: number } | null {
  const before = text.slice(Math.max(0, start - 4000), start);
  const cover = COVER_DATED.exec(before);
  if (!cover || PROSE.test(cover[2]!) || AMENDMENT.test(before.slice(Math.max(0, cover.index - 200), cover.index))) return null;
  const value = dateValue(cover[1]!);
  return value ? { value, at: start - before.length + cover.index } : null;
}

/**
 * Party names that are prose instead: a sentence's end inside, a defined term in any case ("the Company", "THE COMPANY", "Rights Agent"), a form's blank to fill in ("[INSERT NAME OF RIGHTS AGENT]"),
 * a recital in capitals with an article or an infinitive's "to" inside ("COMPANY TO REMOVE A RIGHTS AGENT ... AND APPOINT A SUCCESSOR RIGHTS AGENT").
 */
const NOT_A_PARTY = new RegExp(`\\s(?:A|AN|TO)\\s|[a-z]\\.\\s|^(?:the|The|THE)(?!${THE_NAMED})\\s|^(?:Company|COMPANY|Corporation|CORPORATION|Registrant|REGISTRANT|Rights\\s+Agent|RIGHTS\\s+AGENT)$|^(?:INSERT|Insert)\\b|\\b(?:NAME|Name)\\s+(?:OF|of)\\b`);
/** A party named right after "Between" is the company, whatever its name ("By and Between KB Home and ..."). */
const BETWEEN = /(?:^|\s)(?:Between|BETWEEN)\s/;
/** A savings bank or thrift is a company too ("HARBOR SAVINGS BANK, FSB"). */
const THRIFT = /\b(?:Bank|BANK|Savings|SAVINGS|FSB|F\.S\.B)\b/;

/** A description in capitals run into a party's name ("MANUFACTURERS HANOVER, A NEW YORK STATE CHARTERED BANK"): the name ends before it. */
const CAPITALS_DESCRIPTION = /,\s+(?:A|AN)\s+[A-Z][^]*$/;

function partyName(raw: string): string | null {
  const name = cleanName(raw.replace(HEADING, "").replace(TITLE_WORD, "").replace(CAPITALS_DESCRIPTION, ""));
  return name && !isRedacted(name) && !NOT_A_PARTY.test(name) && /[A-Za-z]{2}/.test(name) ? name : null;
}

/** The agent's name, or one a mirror redacted restored from the known rights agents ("XXXXXX TRUST AND SAVINGS BANK"), as the agent's own sentences are. */
function agentParty(raw: string): string | null {
  const name = cleanName(raw.replace(HEADING, "").replace(TITLE_WORD, ""));
  return isRedacted(name) ? restoredName(name, KNOWN_RIGHTS_AGENTS) : partyName(raw);
}

export function titleBlock(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [];
  const text = doc.normal.text;
  const titled = [
    ...[...text.matchAll(TITLED)].map((m) => ({ m, agent: m[3]!, dashed: m[2] !== undefined })),
    ...[...text.matchAll(TITLE_FIRST)].map((m) => ({ m, agent: m[2]!, dashed: false })),
  ];
  const blocks = [...[...text.matchAll(BLOCK), ...text.matchAll(COLONS)].map((m) => ({ m, agent: m[2]!, dashed: true })), ...titled];
  for (const { m, agent: agentRaw, dashed } of blocks) {
    const start = m.index;
    const end = start + m[0].length;
    const company = partyName(m[1]!);
    const agent = agentParty(agentRaw);
    // Over the title with a plain "and", the second party must read as an agent.
    if (!dashed && !(agent && AGENT_LIKE.test(agent))) continue;
    // A first party that is only a defined term ("between the Trust and ... as Rights Agent") names no company.
    if (company && !GENERIC.test(company) && (CORPORATE.test(company) || THRIFT.test(company) || BETWEEN.test(m[1]!))) out.push({ term: "company", value: company, start, end, confidence: 0.8, role: "prior" });
    if (agent) out.push({ term: "rightsAgent", value: agent, start, end, confidence: 0.8 });
    const dated = DATED.exec(text.slice(end, end + 260));
    const date = dated && !AMENDMENT.test(dated[0]) ? dateValue(dated[2]!) : null;
    // A restated agreement's own date is trusted less than an original's the text may also name.
    if (date) out.push({ term: "agreementDate", value: date, start, end: end + dated![0].length, confidence: /restated/i.test(dated![1]!) ? 0.7 : 0.8, role: "prior" });
    const above = text.slice(Math.max(0, start - 200), start);
    const datedAbove = DATED_ABOVE.exec(above);
    const dateAbove = datedAbove && !date && !AMENDMENT.test(above) ? dateValue(datedAbove[1]!) : null;
    if (dateAbove) out.push({ term: "agreementDate", value: dateAbove, start: start - above.length + datedAbove!.index, end, confidence: 0.75, role: "prior" });
    const cover = date || dateAbove ? null : coverDate(text, start);
    if (cover) out.push({ term: "agreementDate", value: cover.value, start: cover.at, end, confidence: 0.7, role: "prior" });
  }
  return out;
}
