/**
 * The Rights Agent: "between the Company and EquiServe Trust Company, N.A., as Rights Agent",
 * "Mellon Investor Services LLC (...), a New Jersey limited liability company (the "Rights
 * Agent")", a successor ("UMB Bank, n.a. ("UMB"), as successor Rights Agent", "the appointment
 * of ... Bank, National Association as the Rights Agent", "Computershare is being appointed as
 * the successor Rights Agent", "has appointed EquiServe to succeed First Chicago as Rights Agent"; the agent it succeeds is not the agent), or the other party of a rights agreement ("entered into a rights
 * agreement ... with Computershare Trust Company, N.A.", "a Shareholders' Rights Plan agreement dated September 24, 2012 with ... Trust Company", "the Company and Computershare ... entered into
 * a ... rights plan agreement"), or an amendment's party that "shall continue to serve as the Rights Agent". A successor, or the agent party to an
 * amendment, is the agent the amendment makes. Names redacted by a mirror are restored only from
 * the known rights agents.
 */
import { casedPhrase, spanOf, type Candidate, type ReaderDocument } from "../document.js";
import { isAmendmentPreamble } from "../amendments.js";
import { DATE } from "../phrases/dates.js";
import { KNOWN_RIGHTS_AGENTS } from "../phrases/knownRightsAgents.js";
import { cleanName, isRedacted, NAME, restoredName } from "../phrases/names.js";
import { definedNames } from "./definedNames.js";

/** The role, capitalised or all in capitals (a preamble set in capitals: (the "RIGHTS AGENT")). */
const AGENT = "(?:[Rr]ights\\s+[Aa]gent|RIGHTS\\s+AGENT)";
/** What may stand between the agent's name and its role: notes in parentheses, "a ... company" descriptions (in capitals too) with the state they name after a comma ("a national banking association headquartered in Aurora, Illinois,"), a later name. */
const TAIL = "((?:\\s*\\([^()]{0,150}\\)|,\\s+(?:an?|AN?)\\s+[^,()\"]{1,80}(?:,\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?(?=,))?|,\\s+[a-z][a-z -]{1,60}(?=[,(])|\\s*,\\s+(?:now\\s+known\\s+as|formerly(?:\\s+known\\s+as)?|f/k/a|(?:as\\s+)?successor(?:-in-interest)?\\s+to)\\s+[^,()\"]{1,80}(?:,\\s+(?:N\\.A\\.|Inc\\.|LLC|National\\s+Association))?|\\s+(?:under|operating\\s+(?:with|under))\\s+the\\s+(?:service|trade)\\s+name\\s+[^,()\"]{1,80}){0,4}),?";
/** "as", "AS" (a title block in capitals) or "in its capacity as" before the role. */
const ROLE = "(?:as|AS|in\\s+its\\s+capacity\\s+as)\\s+(?:the\\s+|THE\\s+)?(?:duly\\s+appointed\\s+)?";
const SHORT = "\"?([A-Z][\\w&.-]*(?: [A-Z][\\w&.-]*){0,3})\"?";
/** "shall (continue to) serve as the Rights Agent", "will act as successor Rights Agent". */
const SERVES = `(?:shall|will)\\s+(?:continue\\s+to\\s+)?(?:serve|act)\\s+as\\s+(?:the\\s+)?(successor\\s+)?${AGENT}`;
const SERVES_NEEDS = /\b(?:shall|will)\s+(?:continue\s+to\s+)?(?:serve|act)\s+as\s+(?:the\s+)?(?:successor\s+)?rights\s+agent/i;
/** Each pattern with the words a sentence needs for it to be tried (a pattern led by a name is dear). */
const PATTERNS: readonly { pattern: RegExp; needs: RegExp; confidence: number; successor?: boolean; short?: boolean }[] = [
  { pattern: casedPhrase(`(${NAME})${TAIL},?\\s+${ROLE}(successor\\s+)?(?:the\\s+)?${AGENT}`), needs: /\b(?:as|capacity\s+as)\s+(?:the\s+)?(?:duly\s+appointed\s+)?(?:successor\s+)?(?:the\s+)?rights\s+agent/i, confidence: 0.9 },
  // The defined term, perhaps after "in its capacity as the rights agent," and with the quotes a mirror stripped ("(in its capacity as the rights agent, the Rights Agent)"), or in capitals ("(THE "RIGHTS AGENT")").
  { pattern: casedPhrase(`(${NAME})${TAIL}\\s*\\(\\s*(?:in\\s+its\\s+capacity\\s+as\\s+(?:the\\s+)?[Rr]ights\\s+[Aa]gent,\\s*)?(?:(?:the\\s+|THE\\s+)?"${AGENT}"|(?:the|THE)\\s+${AGENT})\\s*\\)`), needs: /"rights\s+agent"|\bthe\s+rights\s+agent\s*\)/i, confidence: 0.9 },
  { pattern: casedPhrase(`(?:[Aa]ppoint(?:ment|ed|s)?|[Ss]ubstitut(?:e|ed|ion))\\s+(?:of\\s+)?(${NAME})${TAIL}\\s+as\\s+(?:the\\s+)?(successor\\s+)?${AGENT}`), needs: /appoint|substitut/i, confidence: 0.9, successor: true },
  { pattern: casedPhrase(`${SHORT}\\s+(?:is|was|has\\s+been|shall\\s+be)\\s+(?:being\\s+)?(?:hereby\\s+)?appointed\\s+(?:as\\s+)?(?:the\\s+)?(successor\\s+)?${AGENT}`), needs: /appointed/i, confidence: 0.85, successor: true, short: true },
  // A succession: "the Corporation has appointed EquiServe to succeed First Chicago as Rights Agent", "the Company appointed Pine Trust Company, N.A. ("Pine") to succeed Harbor Trust Company as rights agent".
  { pattern: casedPhrase(`[Aa]ppoint(?:s|ed)?\\s+(${NAME})${TAIL}\\s+to\\s+succeed\\s+[^;]{1,80}?\\s+as\\s+(?:the\\s+)?(successor\\s+)?${AGENT}`), needs: /appoint(?:s|ed)?\s[^;]{1,80}?\bto\s+succeed\b/i, confidence: 0.85, successor: true },
  { pattern: casedPhrase(`[Aa]ppoint(?:s|ed)?\\s+${SHORT}\\s+to\\s+succeed\\s+[^;]{1,80}?\\s+as\\s+(?:the\\s+)?(successor\\s+)?${AGENT}`), needs: /appoint(?:s|ed)?\s[^;]{1,80}?\bto\s+succeed\b/i, confidence: 0.85, successor: true, short: true },
  // An agent that "has succeeded" the one the agreement named: "all references ... to Manufacturers Hanover Trust Company shall be replaced with references to Chemical Bank, which has succeeded MHTC as Rights Agent".
  { pattern: casedPhrase(`(${NAME}),?\\s+which\\s+(?:has\\s+)?succeeded\\s+[^;]{1,80}?\\s+as\\s+(?:the\\s+)?${AGENT}`), needs: /\bwhich\s+(?:has\s+)?succeeded\b/i, confidence: 0.9, successor: true },
  // The role named inside the parenthetical after the agent's name: "Computershare Trust Company, Inc. (successor-in-interest to Computershare Investor Services, LLC, referred to herein as "Rights Agent")".
  { pattern: casedPhrase(`(${NAME})\\s*\\([^()"]{0,150}?,?\\s+(?:referred\\s+to\\s+(?:herein\\s+)?as|hereinafter\\s+(?:called|referred\\s+to\\s+as))\\s+(?:the\\s+)?"${AGENT}"\\s*\\)`), needs: /referred\s+to\s+(?:herein\s+)?as|hereinafter/i, confidence: 0.85 },
  // An amendment's party that "shall continue to serve as the Rights Agent" ("so long as Acme Trust shall continue to serve as the Rights Agent under the Rights Agreement"), by its full or its defined short name: the agent the amendment makes.
  { pattern: casedPhrase(`(${NAME})\\s+${SERVES}`), needs: SERVES_NEEDS, confidence: 0.85, successor: true },
  { pattern: casedPhrase(`${SHORT}\\s+${SERVES}`), needs: SERVES_NEEDS, confidence: 0.85, successor: true, short: true },
  { pattern: casedPhrase(`(${NAME})\\s+was\\s+named\\s+(?:as\\s+)?(?:the\\s+)?"?${AGENT}`), needs: /was\s+named/i, confidence: 0.8 },
  { pattern: casedPhrase(`(?:[Tt]he\\s+Company|[Tt]he\\s+Corporation|[Ww]e)\\s+and\\s+(${NAME})\\s+entered\\s+into\\s+(?:an?|the)\\s+(?:[a-z-]+\\s+){0,5}?[Rr]ights\\s+(?:[Pp]lan\\s+)?[Aa]greement`), needs: /\band\s+[A-Z][^;]{0,80}\bentered\s+into\b/, confidence: 0.75 },
  // The agreement's date may stand before "with": "a Shareholders' Rights Plan agreement dated September 24, 2012 with Acme Trust Company".
  { pattern: casedPhrase(`(?:[Rr]ights\\s+(?:[Pp]lan\\s+)?[Aa]greement|[Pp]reservation\\s+[Pp]lan|[Pp]rotection\\s+[Pp]lan|[Rr]ights\\s+[Pp]lan)(?:\\s*\\([^()]{0,60}\\))?(?:,?\\s+dated\\s+(?:as\\s+of\\s+)?${DATE},?)?\\s+with\\s+(${NAME})`), needs: /(?:agreement|plan)[^;]{0,80}\bwith\b/i, confidence: 0.75 },
  // The agent named after its role, in a letter or a note: "you may call our Rights Agent, Equiniti Trust Company, toll-free at ...".
  { pattern: casedPhrase(`\\b(?:[Oo]ur|[Tt]he|[Ii]ts)\\s+${AGENT},\\s+(${NAME}),`), needs: /\b(?:our|the|its)\s+rights\s+agent,\s+[A-Z]/i, confidence: 0.75 },
];
const GENERIC = /^(?:the\s+)?(?:Company|Corporation|Bank|Registrant|Board|Agent)$|Agreement|Rights\s+Agent/i;

/** A company's name run into the agent's on a title line ("ACME GOLD CORPORATION COMPUTERSHARE INVESTOR SERVICES INC."): the agent's is the second. */
const COMPANY_THEN_AGENT = /^.*?\b(?:CORPORATION|Corporation|INC\.|Inc\.|CORP\.|Corp\.|LTD\.|Ltd\.|LIMITED|Limited)\s+(?=[A-Z])((?:\S+\s+)+\S+)$/;
const AGENT_WORD = /\b(?:Trust|TRUST|Transfer|TRANSFER|Bank|BANK|Registrar|REGISTRAR|Computershare|COMPUTERSHARE|Equiniti|EQUINITI|Investor\s+Services|INVESTOR\s+SERVICES|Shareowner|SHAREOWNER)\b/;

function withoutCompanyBefore(name: string): string {
  const run = COMPANY_THEN_AGENT.exec(name);
  return run && AGENT_WORD.test(run[1]!) ? run[1]! : name;
}

/** Words an agent's name in capitals has (a sentence in capitals, "IT IS BEING REMOVED AS RIGHTS AGENT", has none). */
const CAPITALS_AGENT_WORD = /\b(?:TRUST|BANK|COMPANY|SERVICES|TRANSFER|REGISTRAR|COMPUTERSHARE|EQUINITI|SHAREOWNER|INC|LLC|L\.L\.C|N\.\s?A|CORPORATION|LIMITED|LTD|ASSOCIATION)\b/;
/** A predecessor named in capitals ("SUCCESSOR TO MELLON BANK N.A., AS RIGHTS AGENT"). */
const CAPITALS_PREDECESSOR = /^(?:SUCCESSOR|FORMERLY|F\/K\/A|NOW)\b/;

/**
 * Whether a name is usable as an agent's: one with small letters always; one in capitals only with an agent's
 * or company's word, in the name or in what describes it ("MANUFACTURERS HANOVER, A NEW YORK STATE CHARTERED
 * BANK AND TRUST COMPANY, AS RIGHTS AGENT"), and not a predecessor's.
 */
function isCapitalsName(name: string, described: string): boolean {
  return /[a-z]/.test(name) || ((CAPITALS_AGENT_WORD.test(name) || CAPITALS_AGENT_WORD.test(described)) && !CAPITALS_PREDECESSOR.test(name));
}

/** What an indefinite article leads ("A NEW YORK STATE CHARTERED BANK AND TRUST COMPANY", "a national banking association") describes the agent; it is not its name. */
const DESCRIPTION = /^(?:an?|AN?)\s/;

/** The agent's name as the text gives it, `described` what stands between it and its role (without the "AND" a title block in capitals sets before it), restored if redacted, or null if it is no usable name. */
function agentName(raw: string, short: boolean, defined: ReadonlyMap<string, string>, described: string): { name: string; restored: boolean } | null {
  const name = withoutCompanyBefore(cleanName(defined.get(raw) ?? (short ? "" : raw))).replace(/^(?:the\s+)?(?:Company|Corporation|Registrant)\s+and\s+/, "").replace(/^AND\s+(?=[A-Z])/, "");
  if (!name || GENERIC.test(name) || DESCRIPTION.test(name) || !isCapitalsName(name, described)) return null;
  if (!isRedacted(name)) return { name, restored: false };
  const restored = restoredName(name, KNOWN_RIGHTS_AGENTS);
  return restored ? { name: restored, restored: true } : null;
}

/** A name given as the agent's former one ("Equiniti Trust Company, formerly Wells Fargo, National Association, as rights agent") or its predecessor's ("Acme Shareholder Services, L.L.C., successor to Acme Bank N.A., as Rights Agent"), or the name it trades under ("Acme Investor Services LLC under the service name Acme Shareholder Services, as Rights Agent").  The one an agent "succeeded" or "replaced as Rights Agent" is its predecessor. The one an agent "succeeded" or "replaced" as Rights Agent is its predecessor. */
const FORMER_NAME_BEFORE = /\b(?:formerly(?:\s+known\s+as)?|f\/k\/a|(?:under|with)\s+the\s+(?:service|trade)\s+name|successor(?:-in-interest)?\s+to|succeed(?:ed|s)?|replac(?:ed|es|ing))\s+$/i;
/** The agreement an agent was named in, defined right after as the one replaced: "(the "Original Rights Agreement")", "(the "Existing Agreement")". */
const REPLACED_AGREEMENT_AFTER = /^\s*\(\s*the\s+"(?:Original|Existing|Prior|Old|Former)\s+(?:[\w-]+\s+){0,2}?(?:Agreement|Plan)"\s*\)/i;
/** A name right after "the laws of" is the place the agent was incorporated in ("..., A TRUST COMPANY INCORPORATED UNDER the laws of Canada, as Rights Agent"), not the agent. */
const JURISDICTION_BEFORE = /\blaws\s+of\s+(?:the\s+)?$/i;
/** A lone word after a comma is the end of an address ("..., 10 King Street, Toronto (the "Rights Agent")"), not the agent's name. */
function isAddressEnd(text: string, at: number, name: string): boolean {
  return !/\s/.test(name) && /,\s*$/.test(text.slice(Math.max(0, at - 3), at));
}

export function rightsAgent(doc: ReaderDocument): Candidate[] {
  const defined = definedNames(doc);
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    if (!/[Aa]gent|AGENT|(?:[Aa]greement|[Pp]lan)[^.]{0,80}with|entered\s+into/.test(s.text)) continue;
    // In an amendment's preamble the first agent named is the amendment's party; later ones are the agreement's.
    let partyAt = isAmendmentPreamble(s.text) ? Infinity : -1;
    const found: Candidate[] = [];
    for (const { pattern, needs, confidence, successor, short } of PATTERNS) {
      if (!needs.test(s.text)) continue;
      for (const m of s.text.matchAll(pattern)) {
        const agent = agentName(m[1]!, short === true, defined, m[2] ?? "");
        if (!agent || isAddressEnd(s.text, m.index, agent.name) || FORMER_NAME_BEFORE.test(s.text.slice(Math.max(0, m.index - 30), m.index)) || JURISDICTION_BEFORE.test(s.text.slice(Math.max(0, m.index - 20), m.index))) continue;
        const isSuccessor = successor === true || m.slice(2).some((g) => g !== undefined && /^successor/i.test(g));
        // The agent of the agreement a restatement replaces ("..., as rights agent (the "Original Rights Agreement"), resulting in an Amended and Restated Rights Agreement ... between the Registrant and Acme Trust, as rights agent") is the old one.
        const replaced = REPLACED_AGREEMENT_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60)) ? 0.1 : 0;
        if (partyAt !== -1) partyAt = Math.min(partyAt, m.index);
        found.push({
          term: "rightsAgent", value: agent.name, ...spanOf(s, m), confidence: confidence * (agent.restored ? 0.8 : 1) + (isSuccessor ? 0.05 : 0) - replaced,
          ...(isSuccessor ? { role: "new" as const } : {}),
        });
      }
    }
    out.push(...found.map((c) => (c.start - s.start === partyAt ? { ...c, role: "new" as const } : c)));
  }
  return out;
}
