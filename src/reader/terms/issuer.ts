/**
 * The issuer (plan term `company`): the registrant on a cover page ("NET PERCEPTIONS, INC. /
 * (Exact name of registrant as specified in its charter)"), the company whose Board declared the
 * Rights ("the Board of Directors of Yahoo! Inc. (the "Company")", "the board of directors (the "Board") of Rite Aid
 * Corporation (the "Company" or "Rite Aid")", without a defined term "the Board of
 * Directors of NETsilicon, Inc. declared a dividend"), a party to an agreement
 * ("between USEC Inc., a Delaware corporation (the "Company")", "between TransAlta Corporation ("TransAlta")"), a defined name ("Selectica, Inc.
 * (the "Company")") or a press release's, the ticker's company being the one that announces or adopts (its name may hold an "and": "The Reynolds and Reynolds Company (NYSE: REY) today announced"; "Selectica, Inc.
 * (Nasdaq: SLTC) today announced", a Canadian one's "Treasury Metals Inc. (TSX: TML) (the "Company") has adopted"), not a
 * company the news only names ("its acquisition of Newstrike Resources Ltd. (TSXV:HIP)").
 * A headline names it before "Adopts ... Rights Plan" (or "... Preservation Plan", "... Protection Plan") or "Announces Amendment to ... Rights Plan",
 * a short name without a corporate word only where the text names the company so again; a
 * material change report under "Reporting Issuer"; a title in capitals "... AGREEMENT BETWEEN ACME RESOURCES FUND and" (perhaps dated first: "RIGHTS AGREEMENT DATED AS OF JULY 25, 2007 BETWEEN ACME 360 AND ...").
 * News text names the company short ("Tallis has announced that its Board of Directors", "Tallis's
 * Board of Directors adopted", "The board of directors of Tallis (TLS +2.4% ) has adopted" (or "The board at Tallis ..."), "Tallis said on
 * Monday its board had adopted", "Tallis, the owner of two papers, said Monday that its board of directors has adopted", "Tallis announced Monday that it has initiated a shareholder's-rights plan", "Tallis adopted a "poison pill"", "Tallis Bancorp, Ballwin, Mo., is adopting a ... rights plan", "Tallis on May 28 adopted", "Bristol-based Tallis Corp. last week adopted"); a stored page's address may name it with its ticker. A name a
 * mirror redacted ("Xxxxxx Rubbermaid Inc.") is not a name. A filing summary's "Issuer: Acme, Inc. (ACME) CIK: ...", a news possessive with
 * the board alone ("Acme Inc.'s board unanimously adopted"), and the company all of a clause page's samples name ("Samples: Rights Agreement (Acme Inc /De/)").
 */
import { casedPhrase, type Candidate, type ReaderDocument } from "../document.js";
import { cleanName, isRedacted, NAME } from "../phrases/names.js";
import { endsWithAbbreviation } from "../text/sentences.js";

/**
 * The defined term, alone or after the short name a release also defines ("("LivePerson" or the "Company")") or the names the text
 * will use ("("we," "our" or the "Company")"), or first of a list of them ("(the "Company," "Globus," "we," "us" or "our")").
 */
const COMPANY = `\\(\\s*(?:(?:(?:"[^"()]{1,40}"\\s*,?\\s*)+(?:or\\s+|and\\s+)?)?(?:the\\s+)?"(?:Company|Corporation|Registrant|Trust|Partnership)"(?:\\s+or\\s+"[^"()]{1,40}")?|the\\s+(?:Company|Corporation)|(?:the\\s+)?"(?:Company|Corporation|Registrant),"(?:\\s*(?:or\\s+|and\\s+)?"[^"()]{1,30}")+)\\s*\\)`;
/** Where a defined term closes, with its quotes or without them where a mirror stripped them ("(the Company)"), or a list the term opens. */
const DEFINED_END = /(?:"(?:Company|Corporation|Registrant|Trust|Partnership)"(?:\s+or\s+"[^"()]{1,40}")?|\(\s*the\s+(?:Company|Corporation))\s*\)|\(\s*(?:the\s+)?"(?:Company|Corporation|Registrant),"(?:\s*(?:or\s+|and\s+)?"[^"()]{1,30}")+\s*\)/g;
/**
 * What a party is, after its name: "a Delaware corporation", "a company incorporated under the laws of Bermuda", or under a named
 * statute and with limited liability ("a company incorporated with limited liability under the Cayman Islands Companies Law", "an exempted company
 * organized under the Companies Act 1981 of Bermuda", "a corporation continued under the Business Corporations Act (British Columbia)").
 */
const DESCRIPTOR = "(?:\\s*\\([^()]{0,80}\\))?(?:,?\\s+an?\\s+[^,()\"]{0,60}?(?:corporation|company|real\\s+estate\\s+investment\\s+trust|business\\s+trust|statutory\\s+trust|limited\\s+partnership)(?:\\s+(?:incorporated|organized|existing|continued|amalgamated)(?:\\s+with\\s+limited\\s+liability)?\\s+under\\s+(?:the\\s+laws\\s+of\\s+[^,()\"]{1,40}|the\\s+[A-Z][^,()\"]{1,40}?\\s+(?:Law|Act)(?:\\s+\\d{4})?(?:\\s+of\\s+(?:the\\s+)?[A-Z][A-Za-z ]{1,30}?|\\s*\\([A-Z][A-Za-z ]{1,30}\\))?))?)?";
/** News's place after a name ("Ballwin, Mo.,", "Vancouver, B.C., USA,") and time before the verb ("last week", "on May 28"). */
const PLACE = "(?:,\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?,\\s+(?:[A-Z][a-z]{1,3}\\.?|[A-Z]\\.[A-Z]\\.)(?:,\\s+(?:[A-Z]{2,3}|[A-Z][a-z]+))?,)?";
const WHEN = "(?:\\s+(?:last\\s+week|this\\s+week|today|yesterday|on\\s+(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}|[A-Z][a-z]+day)))?";
/** News's ticker after a name, bare or with its market ("(FTRE)", "(NASDAQ: SSP)"), and an aside after it (", a global contract research organization,"). */
const TICKER = "(?:\\s*\\(\\s*(?:[A-Za-z ]{1,20}:\\s*)?[A-Z.]{1,6}\\s*\\))?";
/** The aside may hold commas of its own (", a company dedicated to making, selling and servicing valves,"): the verb that must follow it ends it. */
const ASIDE = "(?:,\\s+an?\\s+[^;]{1,200}?,)?";
/** A release's short name defined before its ticker ("Acme Corp. ("Acme") (NASDAQ: ACME)"), or several ("Acme Real Estate Trust ("ART" or the "REIT") (TSX: ART.UN)", "Acme Co., Inc. ("Acme", the "Company" or "we") (NYSE: ACM)"), or a generic one ("(the "REIT")"). */
const SHORT_NAME = '(?:\\s*\\(\\s*(?:the\\s+)?"[^"()]{1,40}"(?:\\s*,?\\s*(?:or\\s+|and\\s+)?(?:the\\s+)?"[^"()]{1,40}"){0,4}\\s*\\))?';
/** A weekday after "announced" ("announced Tuesday that its Board"). */
const WEEKDAY = "(?:\\s+(?:on\\s+)?[A-Z][a-z]+day)?";
/** A headline's verb and plan after the company's name, in title case or in capitals ("... Adopts Shareholder Rights Plan", "... AMENDS SHAREHOLDER RIGHTS PLAN"). */
const HEADLINE = "\\b(?:Adopts|Announces|Amends|Extends|ADOPTS|ANNOUNCES|AMENDS|EXTENDS)\\s+(?:an?\\s+|the\\s+|AN?\\s+|THE\\s+)?(?:(?:[A-Z][\\w'-]*|to|of)\\s+){0,4}(?:Rights|Preservation|Protection|RIGHTS|PRESERVATION|PROTECTION)\\s+(?:Plan|Agreement|PLAN|AGREEMENT)\\b";
/** Each pattern ends at an anchor: the name is read in the stretch before each place the anchor is found. */
const PATTERNS: readonly { anchor: RegExp; pattern: RegExp; confidence: number; anyName?: boolean; coverLine?: boolean; ownWord?: boolean; notAgent?: boolean; needsRepeat?: boolean }[] = [
  { anchor: /\(\s*exact\s+name\s+of\s+registrant/gi, pattern: casedPhrase(`(${NAME})[\\s|_-]*\\(\\s*(?:[Ee]xact\\s+[Nn]ame\\s+of\\s+[Rr]egistrant|EXACT\\s+NAME\\s+OF\\s+REGISTRANT)`), confidence: 0.9, coverLine: true },
  // A Schedule 14D-9's cover: "ACME REAL ESTATE INCOME FUND INC. / (Name of Subject Company)".
  { anchor: /\(\s*name\s+of\s+subject\s+company/gi, pattern: casedPhrase(`(${NAME})[\\s|_-]*\\(\\s*(?:[Nn]ame\\s+of\\s+[Ss]ubject\\s+[Cc]ompany|NAME\\s+OF\\s+SUBJECT\\s+COMPANY)`), confidence: 0.85, coverLine: true },
  { anchor: DEFINED_END, pattern: casedPhrase(`[Bb]oard\\s+of\\s+(?:[Dd]irectors|[Tt]rustees)(?:\\s*\\(\\s*the\\s+"Board"\\s*\\))?\\s+of\\s+(?:the\\s+)?(${NAME}(?:\\s+and\\s+${NAME})?)${DESCRIPTOR},?\\s*${COMPANY}`), confidence: 0.95 },
  { anchor: DEFINED_END, pattern: casedPhrase(`(?:[Bb]etween|[Aa]mong)\\s+(${NAME})${DESCRIPTOR},?\\s*${COMPANY}`), confidence: 0.95 },
  // The same in a preamble set in capitals: "... BETWEEN ACME CORPORATION, A DELAWARE CORPORATION (THE "COMPANY"), AND ...".
  { anchor: /\(\s*THE\s+"(?:COMPANY|CORPORATION)"\s*\)/g, pattern: casedPhrase(`(?:BETWEEN|AMONG)\\s+(${NAME})(?:,?\\s+AN?\\s+[^,()"a-z]{0,60}?(?:CORPORATION|COMPANY))?,?\\s*\\(\\s*THE\\s+"(?:COMPANY|CORPORATION)"\\s*\\)`), confidence: 0.9 },
  // The company whose Board declared the Rights, where no defined term follows its name ("On September 12, 2000, the Board of Directors of Acme, Inc. declared a dividend").
  { anchor: /\bBoard\s+of\s+(?:Directors|Trustees)\s+of\s+[A-Z]/g, pattern: casedPhrase(`Board\\s+of\\s+(?:Directors|Trustees)\\s+of\\s+(${NAME})${DESCRIPTOR},?\\s+(?:has\\s+|have\\s+)?(?:unanimously\\s+)?(?:authorized\\s+and\\s+)?(?:declared|adopted|approved)\\s+(?:a|the|an)\\s+(?:dividend|[Rr]ights|[Ss]hareholder|[Ss]tockholder|[Tt]ax|amendment\\s+to\\s+(?:the|its)\\s+(?:[A-Z][\\w-]*\\s+){0,3}?Rights)\\b`), confidence: 0.85 },
  // A party defined by the first word of its own name ("between TransAlta Corporation ("TransAlta"), a corporation"): group 2 must open the name.
  { anchor: /\(\s*"[A-Z][\w&.-]*"\s*\)/g, pattern: casedPhrase(`(?:between|among)\\s+(${NAME})\\s*\\(\\s*"([A-Z][\\w&.-]*)"\\s*\\)`), confidence: 0.85, ownWord: true },
  // A party described as a state's corporation needs no corporate word ("between RiceBran Technologies, a California corporation").
  { anchor: DEFINED_END, pattern: casedPhrase(`(?:between|among)\\s+(${NAME}),?\\s+an?\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?\\s+corporation,?\\s*${COMPANY}`), confidence: 0.9, anyName: true },
  { anchor: DEFINED_END, pattern: casedPhrase(`(${NAME})${DESCRIPTOR},?\\s*${COMPANY}`), confidence: 0.85 },
  { anchor: /\(\s*(?:Nasdaq|NYSE|AMEX|OTC|TSX|CSE|ASX)[^:)]{0,20}:/gi, pattern: casedPhrase(`(${NAME}(?:\\s+and\\s+${NAME})?)${SHORT_NAME}\\s*\\(\\s*(?:Nasdaq|NASDAQ|NYSE(?:\\s+American|\\s+MKT)?|AMEX|OTC[A-Za-z ]{0,10}|TSX(?:-?V|\\s+Venture)?|CSE|ASX)\\s*:\\s*[A-Z.]{1,6}\\s*\\)(?=(?:\\s*\\([^()]{0,40}\\))*${ASIDE},?\\s+(?:today\\s+|has\\s+|have\\s+|had\\s+|will\\s+)?(?:announced|announces|said|says|adopted|adopts|declared|approved|extended|amended|reported))`), confidence: 0.85, anyName: true },
  // News text: "Tallis has announced that its Board of Directors ...", "Tallis's board of directors has agreed to implement ...".
  // Perhaps with its ticker and an aside: "Fortrea Holdings Inc. (FTRE), a global contract research organization, announced that its Board of Directors has unanimously adopted", "The E.W. Scripps Company's (NASDAQ: SSP) board of directors has approved",
  // or with the board abbreviated, in the present tense: "Capstone Therapeutics' (CAPS) BOD authorizes and declares".
  { anchor: /(?:\bannounced(?:\s+today|\s+(?:on\s+)?[A-Z][a-z]+day)?\s+that\s+(?:on\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4},?\s+)?its|'s?(?:\s*\([^()]{1,30}\))?)\s+(?:Board(?:\s+of\s+Directors)?|BOD)\b/gi, pattern: casedPhrase(`(${NAME})(?:${SHORT_NAME}${TICKER}${ASIDE}(?:\\s+(?:has\\s+|today\\s+)?announced(?:\\s+today|${WEEKDAY})\\s+that\\s+(?:on\\s+[A-Z][a-z]+\\.?\\s+\\d{1,2},\\s+\\d{4},?\\s+)?its)|'s?${TICKER})\\s+(?:[Bb]oard(?:\\s+of\\s+[Dd]irectors)?|BOD)\\s+(?:\\([^()]{0,30}\\)\\s+)?(?:has\\s+)?(?:unanimously\\s+)?(?:approved|adopted|declared|authorized|approves|adopts|declares|authorizes|agreed\\s+to\\s+(?:implement|adopt))`), confidence: 0.7, anyName: true },
  // News naming the company's board with the day it acted: "The Acme Petroleum Corp. (Acme) board on Friday adopted a limited duration stockholders rights plan".
  { anchor: /\bboard\s+(?:of\s+directors\s+)?(?:on\s+[A-Z][a-z]+day\s+)?(?:has\s+|had\s+)?(?:unanimously\s+)?(?:adopted|approved|declared)\s+(?:an?|the|its)\s/g, pattern: casedPhrase(`(${NAME})(?:\\s*\\([^()]{1,30}\\))?\\s+board\\s+(?:of\\s+directors\\s+)?(?:on\\s+[A-Z][a-z]+day\\s+)?(?:has\\s+|had\\s+)?(?:unanimously\\s+)?(?:adopted|approved|declared)\\s+(?:an?|the|its)\\s+(?:[A-Za-z"\u201c\u201d-]+\\s+){0,4}?(?:rights\\s+(?:plan|agreement)|dividend|poison[\\s-]+pill)`), confidence: 0.65, anyName: true },
  // News that reports what the company said: "Tribune Publishing Co said on Monday its board had adopted ...", perhaps after an aside a stored copy
  // ends with a stray period ("Acme Inc., the Honolulu-based parent of Acme Bank. said Thursday that its board ...").
  { anchor: /\b(?:said|announced|stated)\b[^.;]{0,40}?\bits\s+board\b/gi, pattern: casedPhrase(`(${NAME})(?:,\\s+(?:the|an?)\\s+(?:[A-Z][\\w.'-]*-based\\s+)?[a-z][^,;]{0,100}[,.])?\\s+(?:said|announced|stated)(?:\\s+(?:on|today|that|[A-Z][a-z]+day)){0,3}\\s+its\\s+[Bb]oard(?:\\s+of\\s+[Dd]irectors)?\\s+(?:has\\s+|had\\s+)?(?:approved|adopted|declared|authorized)`), confidence: 0.7, anyName: true },
  // News naming the company that adopted (or extended, introduced) the pill, perhaps with its ticker or an aside: "Sotheby's adopted a "poison pill"", "The E.W. Scripps Company (SSP) has adopted a shareholder rights plan", "The Walt Disney Company said it had adopted a stockholder rights plan", "Metro, a lender ..., has adopted a shareholder rights agreement", "Acme adopted a shareholders' rights plan", "PetMed Express, Inc. has extended its shareholder rights plan".
  { anchor: /\b(?:adopt(?:ed|ing|s)|approved|extended|renewed|introduced|implemented|initiated|put)\s+(?:(?:an?|its)\s+)?[^.;]{0,40}?(?:poison[\s-]+pill|rights\s+(?:plan|agreement)|protection\s+plan)/gi, pattern: casedPhrase(`(${NAME})${TICKER}(?:,\\s+an?\\s+[a-z][^,;]{0,60},)?${PLACE}${WHEN}(?:\\s+(?:said|announced)(?:\\s+(?:on\\s+)?[A-Z][a-z]+day)?\\s+(?:that\\s+)?it)?\\s+(?:has\\s+|had\\s+|is\\s+)?(?:unanimously\\s+)?(?:adopted|adopting|adopts|approved|extended|renewed|introduced|implemented|initiated|put)\\s+(?:(?:an?|its)\\s+)?(?:[A-Za-z"\u201c'\u2019-]+\\s+){0,4}?(?:["\u201c'\u2018])?(?:poison[\\s-]+pill|protection\\s+plan|(?:[A-Za-z'\u2019]+-)?[Rr]ights\\s+(?:[Pp]lan|[Aa]greement))`), confidence: 0.65, anyName: true },
  // News that the company itself issues the Rights: "Under the rights plan, Fortrea will issue one right for each share", "Scripps will issue, by means of a dividend, one Class A common share right for each ...".
  { anchor: /\bwill\s+(?:issue|distribute)\b[^.;]{0,80}?\bright\s+for\s+each\b/g, pattern: casedPhrase(`(${NAME})\\s+will\\s+(?:issue|distribute)(?:,\\s*[^,;]{1,40},)?\\s+(?:to\\s+its\\s+(?:stock|share)holders\\s+)?(?:one|a)\\s+(?:[A-Za-z-]+\\s+){0,5}?right\\s+for\\s+each\\b`), confidence: 0.6, anyName: true },
  // The party a plan is made between, described as a state's corporation, where the text breaks off before its defined term.
  { anchor: /\b(?:between|among)\s+[A-Z][^()]{0,100}?\bcorporation\b/g, pattern: casedPhrase(`(?:between|among)\\s+(${NAME}),?\\s+an?\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?\\s+corporation\\b`), confidence: 0.8, notAgent: true },
  // The first party of a plan "entered into between" a company and its agent, where the text breaks off in the company's descriptor ("This Tax Benefit
  // Preservation Plan, dated as of May 26, 2010 ("Plan"), is entered into between Autobytel Inc., a Del"): a name with a corporate word, never an agent's.
  { anchor: /\bentered\s+into\s+(?:by\s+and\s+)?between\s+[A-Z]/g, pattern: casedPhrase(`\\bentered\\s+into\\s+(?:by\\s+and\\s+)?between\\s+(${NAME}),\\s+an?\\s`), confidence: 0.75, notAgent: true },
  // A title in capitals naming the first party ("UNITHOLDER RIGHTS PLAN AGREEMENT BETWEEN ACME RESOURCES FUND and ..."), whatever its name's last word.
  { anchor: /\b(?:AGREEMENT|PLAN)(?:\s+DATED\s+(?:AS\s+OF\s+)?[A-Z]+\s+\d{1,2},\s+\d{4})?\s+BETWEEN\s+[A-Z]/g, pattern: casedPhrase(`(?:AGREEMENT|PLAN)(?:\\s+DATED\\s+(?:AS\\s+OF\\s+)?[A-Z]+\\s+\\d{1,2},\\s+\\d{4})?\\s+BETWEEN\\s+([A-Z][A-Z0-9&.'-]*(?:,?\\s+[A-Z0-9][A-Z0-9&.'-]*){0,6})\\s+(?:and|AND)\\s`), confidence: 0.75, anyName: true },
  // A material change report's item naming the reporting issuer ("Reporting Issuer / Acme Royalty Corporation", in capitals too).
  { anchor: /\b(?:Name\s+and\s+Address\s+of\s+(?:Company|Reporting\s+Issuer)|Reporting\s+Issuer)\b/gi, pattern: casedPhrase(`(?:Name\\s+and\\s+Address\\s+of\\s+(?:Company|Reporting\\s+Issuer)|Reporting\\s+Issuer|NAME\\s+AND\\s+ADDRESS\\s+OF\\s+(?:COMPANY|REPORTING\\s+ISSUER)|REPORTING\\s+ISSUER)[\\s|]+(${NAME})`), confidence: 0.85 },
  // News naming the board of a company followed by its ticker, and perhaps the day's move: "The board of directors of Tallis (TLS +2.4% ) has adopted", "The board at Tallis (TLS +10.2% ) has adopted".
  { anchor: /\bBoard\s+(?:of\s+Directors\s+of|at)\s+[A-Z][^()]{0,80}\(/gi, pattern: casedPhrase(`[Bb]oard\\s+(?:of\\s+[Dd]irectors\\s+of|at)\\s+(${NAME})\\s*\\(\\s*(?:(?:Nasdaq|NASDAQ|NYSE(?:\\s+American|\\s+MKT)?|AMEX|OTC[A-Za-z ]{0,10})\\s*:\\s*)?[A-Z.]{1,6}(?:\\s+[-+]?\\d+(?:\\.\\d+)?%)?\\s*\\)\\s+(?:has\\s+)?(?:approved|adopted|declared|authorized)`), confidence: 0.7, anyName: true },
  // A headline opening its paragraph (or after a stored page's source line): "Harborview Bancorp Adopts Shareholder Rights Plan".
  // A short name without a corporate word counts where the text names the company so again ("OPT Adopts Tax Benefits Preservation Plan" ... "OPT's ability").
  { anchor: new RegExp(HEADLINE, "g"), pattern: casedPhrase(`(?:^|(?<=\\n)|(?<=^#\\s*source:\\s*\\S+\\s+))(${NAME})\\s+${HEADLINE}`), confidence: 0.7, needsRepeat: true },
  // A filing summary's header: "Issuer: Acme Outfitters, Inc. (ACMO) CIK: 0000123456".
  { anchor: /\bIssuer:\s+[A-Z]/g, pattern: casedPhrase(`\\bIssuer:\\s+(${NAME})\\s*\\(\\s*[A-Z.]{1,6}\\s*\\)\\s+CIK:`), confidence: 0.85, anyName: true },
  // The source line of a stored page whose address names the company with its ticker ("/stock/Citigroup_(C)/").
  { anchor: /^#\s*source:\s*\S+/g, pattern: casedPhrase(`/([A-Z][A-Za-z0-9&]+(?:_[A-Z][A-Za-z0-9&]+){0,4})_\\([A-Z.]{1,6}\\)`), confidence: 0.5, anyName: true },
];
const WINDOW = 300;
/** How far past its anchor a pattern may read: a release's ticker, defined term and aside before "today announced" run past 100 characters. */
const AFTER = 240;
/** Capitalised words before the name that belong to something of the company ("Preferred Stock Purchase Rights of SeaChange ..."). */
/** News's "Bristol-based" before a name is the place, not the name. */
const BASED = /^[A-Z][\w.'-]*-based\s+(?=[A-Z])/;
/** A news wire's dateline lines run into the name ("7:43AM / Business Wire / Acme Fund Inc."): the hour's "AM" and the wire are not the name. */
const WIRE_LEAD = /^(?:(?:AM|PM)\s+)?(?:(?:Business\s+Wire|PR\s+Newswire|GLOBE\s+NEWSWIRE|Globe\s+Newswire|GlobeNewswire|Marketwired|ACCESSWIRE|Canada\s+NewsWire)\s+)?(?=[A-Z])/;
/** A name right after "the parent of", "a unit of": the company's subsidiary or parent named in an aside, not the company. */
const RELATIVE_BEFORE = /\b(?:parent|subsidiary|unit|division|owner|affiliate)\s+(?:company\s+)?of\s+$/i;
const LEAD_IN = /^.*\b(?:Rights|Stock|Shares|Directors|Trustees)\s+of\s+(?:the\s+)?(?=[A-Z])/;
/** A defined term, or a body of the company, taken for its name ("the Company", "Company's Board of Directors", a heading run into "The Company", a trust's "between the Trust and ..."). */
/** A statute's name ("Cayman Islands Companies Law", "Business Corporations Act"), never the company though it holds a corporate word. */
const STATUTE = /\b(?:Laws?|Act)(?:\s+\d{4})?$/;
export const GENERIC = /^(?:the\s+)?(?:Company|Corporation|Registrant|Reporting\s+Issuer|Trust|Fund|Partnership)(?:$|'s?(?![A-Za-z]))|\bthe\s+(?:Company|Corporation|Registrant|Trust|Fund|Partnership)$|\bBoard\s+of\s+(?:Directors|Trustees)\b/i;
/** First words of a sentence that are not a company's name. */
const NOT_A_NAME = /^(?:The|This|That|These|Today|On|In|At|As|If|Our|We|Its|It|Each|Any|All|An?|Under|Company|Corporation|Board|Registrant|Stockholders|Shareholders|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** A name that reads as a rights agent's (a trust company, a transfer agent, a bank), never taken for the company without its defined term. */
const AGENT_LIKE = /\b(?:Trust\s+Company|Transfer|Bank|Registrar|Shareowner|Computershare|Equiniti)\b/i;
export const CORPORATE = /\b(?:Inc|Corp|Corporation|Company|Co|Incorporated|Ltd|Limited|plc|Holdings|Group|N\.V|S\.A|AG|L\.?P|LLC|Bancorp|Bancshares|Bankshares|Trust|Companies|Industries|International)\b/i;

/** A line of capitalised words only (no digits, no form heading) that a cover page's long name wrapped from. */
const WRAPPED_LINE = /(?:^|\n)((?:[A-Z][A-Z&'.-]*)(?: [A-Z][A-Z&'.-]*){0,5})\n$/;
const HEADING_WORDS = /\b(?:FORM|REPORT|COMMISSION|ACT|SECURITIES|PURSUANT|WASHINGTON|AMENDMENT|REGISTRATION|EXCHANGE|CURRENT|STATES|UNITED|SECTION)\b/;

/** The cover page's name with the first half of a name wrapped over two lines ("HANNON ARMSTRONG SUSTAINABLE / INFRASTRUCTURE CAPITAL, INC."). */
function withWrappedLine(text: string, start: number, name: string): { name: string; start: number } {
  const before = WRAPPED_LINE.exec(text.slice(Math.max(0, start - 120), start));
  if (!before || HEADING_WORDS.test(before[1]!) || CORPORATE_END.test(before[1]!) || !/^[^a-z]+$/.test(name)) return { name, start };
  return { name: `${before[1]} ${name}`, start: start - before[0].length + (before[0].startsWith("\n") ? 1 : 0) };
}
/** A form's heading run into the cover page's name ("A CURRENT REPORT ACME, INC." from "FORM 8-A / CURRENT REPORT / ACME, INC.", a Schedule 14D-9's "SOLICITATION/RECOMMENDATION STATEMENT"). */
const FORM_HEADING = /^(?:[A-Z0-9-]+\s+){0,3}?(?:CURRENT\s+REPORT|QUARTERLY\s+REPORT|ANNUAL\s+REPORT|FORM\s+[0-9A-Z/-]+|AMENDMENT\s+NO\.\s*\d+|(?:SOLICITATION\/)?RECOMMENDATION\s+STATEMENT)\s+(?=[A-Z])/;
const CORPORATE_END = /\b(?:INC|CORP|CORPORATION|COMPANY|CO|LTD|LLC|N\.V|PLC|TRUST)\.?$/;

/**
 * A cover page's name opening its line, right above (or, in a re-wrapped text, before) the rule and "(Exact name of registrant ...)" under it,
 * needs no corporate word ("EASTERN ENTERPRISES" / "-------------------" / "(Exact name of registrant as specified in its charter)"); a form's
 * heading does not count.
 */
function opensItsLine(text: string, start: number, name: string): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  return text.slice(lineStart, start).trim() === "" && !HEADING_WORDS.test(name.toUpperCase());
}

/** Whether the text names the company so at least once besides its headline ("OPT's ability", "OPT will distribute"). */
function namedAgain(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [...text.matchAll(new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`, "g"))].length >= 2;
}

/** A clause page's samples line: "Samples: Rights Agreement (Acme Mills Inc /De/), Rights Agreement (Acme Mills Inc /De/)" (a state after a slash is no part of the name). */
const SAMPLES = /\bSamples:\s+((?:[A-Z][A-Za-z ]{0,40}?\s*\([^()]{2,80}\)(?:,\s*|\s*$)){1,6})/gm;
const SAMPLE = /\(([^()]{2,80}?)(?:\s*\/[A-Za-z]{2,3}\/)?\)/g;

/** The company all of a clause page's samples name (the clause is that company's), or none where they name several. */
function samplesCompany(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SAMPLES)) {
    const names = new Set([...m[1]!.matchAll(SAMPLE)].map((n) => cleanName(n[1]!)));
    const [name] = names;
    if (names.size !== 1 || !name || isRedacted(name) || !CORPORATE.test(name)) continue;
    out.push({ term: "company", value: name, start: m.index, end: m.index + m[0].length, confidence: 0.6, role: "prior" });
  }
  return out;
}

/**
 * Where the last sentence in a matched name starts (0 when it is one sentence's): a name does not run over a
 * sentence's end ("... its acquisition of Newstrike. CanniMed (TSX:CMED) has said", wrapped lines joined), so
 * only the words after a stop that ends no abbreviation are the name.
 */
function lastSentenceStart(text: string, at: number, name: string): number {
  let start = 0;
  for (const stop of name.matchAll(/\.( +)(?=[A-Z])/g)) if (!endsWithAbbreviation(text, at + stop.index)) start = stop.index + 1 + stop[1]!.length;
  return start;
}

/**
 * A report's heading: the company's name in capitals on a line of its own near the top, over the report's title ("KESTREL
 * BIOSCIENCES, INC. / NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", "GALIL OPTRONICS LTD. / ANNUAL REPORT ON FORM 20-F",
 * "ACME HOLDINGS, INC. AND SUBSIDIARIES / Notes to ..."), where a note or an item names the company only as "the Company".
 */
const HEADING_NAME = /^([A-Z0-9][A-Z0-9&.,' -]{2,80}?)(?:\s+AND\s+SUBSIDIARIES)?\s*$/;
/** A name that ends with its corporate word ("... PARTNERS, LP", "... LTD."). */
const ENDS_CORPORATE = new RegExp(`(?:${CORPORATE.source})\\.?$`, "i");
const REPORT_TITLE = /^(?:(?:ANNUAL|QUARTERLY|TRANSITION)\s+REPORT\b|NOTES\s+TO\b|FORM\s+(?:10-K|10-Q|20-F|40-F|8-K)\b)/i;

/** The heading's company, read on the original's lines (normalising joins a heading to the lines under it) and placed where the normalised text has it. */
function headingCompany(doc: ReaderDocument): Candidate[] {
  const lines = doc.original.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 12);
  for (let i = 0; i < lines.length - 1; i++) {
    const name = HEADING_NAME.exec(lines[i]!);
    if (!name || !ENDS_CORPORATE.test(name[1]!) || !REPORT_TITLE.test(lines[i + 1]!)) continue;
    const start = doc.normal.text.indexOf(name[1]!);
    return start < 0 ? [] : [{ term: "company", value: cleanName(name[1]!), start, end: start + name[1]!.length, confidence: 0.6, role: "prior" }];
  }
  return [];
}

export function issuer(doc: ReaderDocument): Candidate[] {
  const out: Candidate[] = [...samplesCompany(doc.normal.text), ...headingCompany(doc)];
  const text = doc.normal.text;
  for (const { anchor, pattern, confidence, anyName, coverLine, ownWord, notAgent, needsRepeat } of PATTERNS) {
    for (const at of text.matchAll(anchor)) {
      const from = Math.max(0, at.index - WINDOW);
      for (const m of text.slice(from, at.index + at[0].length + AFTER).matchAll(pattern)) {
        const nameAt = m.index + m[0].indexOf(m[1]!);
        const cut = lastSentenceStart(text, from + nameAt, m[1]!);
        const found = cleanName(m[1]!.slice(cut).replace(/_/g, " ").replace(LEAD_IN, "").replace(BASED, "").replace(WIRE_LEAD, "").replace(coverLine ? FORM_HEADING : /^$/, ""));
        const nameOnly = (anyName || needsRepeat && namedAgain(text, found) || coverLine && opensItsLine(text, from + nameAt + cut, found)) && !NOT_A_NAME.test(found);
        if (isRedacted(found) || GENERIC.test(found) || STATUTE.test(found) || !(CORPORATE.test(found) || nameOnly)) continue;
        if (RELATIVE_BEFORE.test(text.slice(Math.max(0, from + m.index - 40), from + m.index))) continue;
        if (ownWord && found.split(/\s+/)[0] !== m[2]) continue;
        if (notAgent && AGENT_LIKE.test(found)) continue;
        const matchStart = cut ? from + nameAt + cut : from + m.index;
        const { name, start } = coverLine ? withWrappedLine(text, matchStart, found) : { name: found, start: matchStart };
        out.push({ term: "company", value: name, start, end: from + m.index + m[0].length, confidence, role: "prior" });
      }
    }
  }
  return out;
}
