/**
 * The rule catalogue: the rule ids of rights-plan.md with the Agreement section each implements,
 * so that every finding in a trace cites both (scenario-format.md: "`trace` names, for every
 * finding, the rule id ... and the Agreement section"), and, in RULE_TEXT, each rule in plain
 * words with the seed's own words where the seed states it. `rightsplan rules` prints it and
 * docs/rules.md is generated from it (test/rules-doc.test.ts keeps the page current).
 */
export const RULES = {
  "R-T1": { section: "1 (close of business)", title: "Close of business is 5:00 P.M. New York time" },
  "R-T2": { section: "1 (day)", title: "A day is a calendar day" },
  "R-T3": { section: "1 (Business Day)", title: "Business Days follow New York bank closings" },
  "R-T4": { section: "1 (Trading Day)", title: "Trading Days are days with a reported close" },
  "R-T5": { section: "—", title: "Events apply in time order" },
  "R-T6": { section: "27", title: "Each event is judged under the text in force at its instant" },
  "R-1a": { section: "1(a)", title: "Acquiring Person" },
  "R-1a-repurchase": { section: "1(a)", title: "No Acquiring Person solely through Company repurchases" },
  "R-1a-inadvertent": { section: "1(a)", title: "Inadvertent crossing, promptly divested" },
  "R-1a-grandfather": { section: "1(a)", title: "Holders at the threshold when the plan was adopted" },
  "R-1b": { section: "1(b)", title: "Affiliates and Associates" },
  "R-1d": { section: "1(d)", title: "Beneficial Ownership" },
  "R-1d-amendment": { section: "1(d) as amended", title: "Voting only on the Plan of Complete Liquidation forms no group" },
  "R-1ff": { section: "1(ff)", title: "Stock Acquisition Date" },
  "R-1ll": { section: "1(ll)", title: "Qualified Transaction" },
  "R-3a": { section: "3(a)", title: "Distribution Date" },
  "R-3-attached": { section: "3(a)-(c)", title: "Rights attached to the Common Stock" },
  "R-3-separation": { section: "3(b)", title: "Rights Certificates at the Distribution Date" },
  "R-7a": { section: "7(a)", title: "Exercise and expiration" },
  "R-7-after-flip-in": { section: "7(a)", title: "Not exercisable after a flip-in while redeemable" },
  "R-7e": { section: "7(e)", title: "Rights of an Acquiring Person are void" },
  "R-7-whole": { section: "7", title: "Exercise in whole shares of Preferred" },
  "R-11a-i": { section: "11(a)(i)", title: "Adjustments for Preferred dividends and splits" },
  "R-11a-ii": { section: "11(a)(ii)", title: "Section 11(a)(ii) Event (flip-in)" },
  "R-11a-iii": { section: "11(a)(iii)", title: "Not enough authorised Common Stock" },
  "R-11d": { section: "11(d)", title: "Current Market Price" },
  "R-11p": { section: "11(p)", title: "Common Stock splits and dividends" },
  "R-13": { section: "13", title: "Section 13 Event (flip-over)" },
  "R-13d": { section: "13(d)", title: "Merger after a Qualified Offer or Qualified Transaction" },
  "R-triggering": { section: "1 (Triggering Event)", title: "Triggering Events" },
  "R-14": { section: "14", title: "Fractional Rights and shares" },
  "R-23": { section: "23", title: "Redemption" },
  "R-24": { section: "24", title: "Exchange" },
  "R-27": { section: "27", title: "Amendment" },
  "R-X1": { section: "1(a) (reading)", title: "Acquiring Person status is current; each Person's history is kept" },
  "R-X2": { section: "1(a), 27 (reading)", title: "A changed threshold makes no one an Acquiring Person by itself" },
  "R-X3": { section: "3(a) (reading)", title: "A tender offer's clock keeps running" },
  "R-X4": { section: "7(a) (reading)", title: "Exercise needs Rights held" },
  "R-X5": { section: "1(a) (reading)", title: "The inadvertent divestiture deadline" },
  "R-X6": { section: "11(p) (reading)", title: "A Common Stock split after the Distribution Date" },
  "R-X7": { section: "3(a) (reading)", title: "No Rights before the Record Date" },
  "R-X8": { section: "11(p), 14 (reading)", title: "Fractional shares from a reverse split" },
  "R-X9": { section: "— (reading)", title: "An offset that is not New York's" },
  "R-X10": { section: "11(d) (reading)", title: "Closes on days the market was closed" },
  "R-X11": { section: "— (reading)", title: "An event that breaks a rule changes nothing" },
  "R-X12": { section: "27 (reading)", title: "Amendments after the Distribution Date are judged term by term" },
  "R-X13": { section: "7(a) (reading)", title: "Events outside the plan's life, terms assumed" },
  "R-X14": { section: "— (reading)", title: "Counts are exact" },
  "scenario-format": { section: "—", title: "Scenario input" },
} as const;

export type RuleId = keyof typeof RULES;

/** The Agreement section a rule implements. */
export function sectionOf(rule: RuleId): string {
  return RULES[rule].section;
}

/** Words of the seed (the plan's Form 8-A/A): where they are and what they say. */
export interface SeedWords {
  /** "Item 1" or "Amendment No. 1, §(4)". */
  readonly where: string;
  /** Verbatim, whitespace aside; " ... " marks words left out. */
  readonly words: string;
}

export interface RuleText {
  /** What the rule does, in plain words (not the seed's). */
  readonly summary: string;
  /** The seed's words for the rule; empty where the seed is silent (a standard form, or a reading decided in rights-plan.md section 11). */
  readonly seed: readonly SeedWords[];
}

const ITEM_1 = "Item 1";
const amendment = (paragraph: string) => `Amendment No. 1, §${paragraph}`;

/** Each rule in words, with the seed's. */
export const RULE_TEXT: { readonly [R in RuleId]: RuleText } = {
  "R-T1": {
    summary: "Close of business on a day means 5:00 P.M. New York time that day; when the day is not a Business Day, it means 5:00 P.M. on the next Business Day. Daylight saving follows the rules in force that year.",
    seed: [{ where: ITEM_1, words: "will expire at 5:00 P.M. (New York City time) on June 14, 2011" }],
  },
  "R-T2": {
    summary: "A \"day\" in the Agreement is a calendar day: the tenth day after a date is that date plus ten, even on a weekend or holiday; only its close of business moves to a Business Day (R-T1).",
    seed: [{ where: ITEM_1, words: "10 days following a public announcement" }],
  },
  "R-T3": {
    summary: "A Business Day is a weekday on which New York banks are open, taken as every day but the Federal Reserve holidays. A holiday on a Sunday closes the Monday; one on a Saturday closes nothing. Plans may add one-off closings.",
    seed: [{ where: ITEM_1, words: "10 business days (or such later date as the Board shall determine)" }],
  },
  "R-T4": {
    summary: "A Trading Day is a day on which the stock's principal market is open; in a scenario, a date with a closing price.",
    seed: [],
  },
  "R-T5": {
    summary: "Events apply in time order, and events at the same instant in the order the scenario lists them. An event given only a date happens at 9:00 A.M. New York time that day.",
    seed: [],
  },
  "R-T6": {
    summary: "An amendment applies from the start (00:00 New York time) of its effective date. Each event is judged under the text in force at its instant; a later amendment does not undo what has already happened.",
    seed: [{ where: amendment("(7)"), words: "This Amendment shall be deemed effective as of the date first written above, as if executed on such date." }],
  },
  "R-1a": {
    summary: "An Acquiring Person is anyone who, counting its Affiliates and Associates, beneficially owns 15% or more of the Common Stock outstanding. The Company, its Subsidiaries and its employee benefit plans never are.",
    seed: [{ where: ITEM_1, words: "a person or group of affiliated or associated persons (an \"Acquiring Person\") has acquired beneficial ownership of 15% or more of the outstanding shares of Common Stock after June 1, 2001" }],
  },
  "R-1a-repurchase": {
    summary: "Nobody becomes an Acquiring Person only because the Company bought back shares and so raised its percentage; buying even one more share while at or above the threshold does make it one.",
    seed: [{ where: ITEM_1, words: "other than as a result of repurchases of stock by the Company" }],
  },
  "R-1a-inadvertent": {
    summary: "When the Board finds that a Person crossed the threshold inadvertently and the Person sells back below it in time, the crossing is treated as if it never happened. Until it sells, it counts as an Acquiring Person. Falling below through the Company's act (new shares issued, an exchange, an amendment) is no cure. The finding may come after the Person has already sold back below: a sale within 10 Business Days before the finding cures at once; an older one was not prompt and cannot.",
    seed: [{ where: ITEM_1, words: "certain inadvertent actions by institutional or certain other stockholders" }],
  },
  "R-1a-grandfather": {
    summary: "A Person already at or above the threshold when the plan was adopted is not an Acquiring Person for that; it becomes one only by acquiring more shares. A split or stock dividend is not an acquisition.",
    seed: [{ where: ITEM_1, words: "has acquired beneficial ownership of 15% or more of the outstanding shares of Common Stock after June 1, 2001" }],
  },
  "R-1b": {
    summary: "Affiliates and Associates (as the SEC's Rule 12b-2 defines them) are counted together: a Person's holdings include those of everyone related to it, directly or through others.",
    seed: [{ where: ITEM_1, words: "a person or group of affiliated or associated persons" }],
  },
  "R-1d": {
    summary: "A Person beneficially owns the shares it or its Affiliates and Associates own, may acquire under an option or other right, may vote under an agreement (not a revocable proxy), or that a group it has agreed with owns. Each share counts once per Person; tendered shares are the bidder's only once accepted.",
    seed: [],
  },
  "R-1d-amendment": {
    summary: "From Amendment No. 1 on, an agreement to vote only on the Plan of Complete Liquidation and Dissolution does not make its parties a group; before it, such an agreement does.",
    seed: [{ where: amendment("(1)"), words: "a Person (the \"First Person\") shall not be deemed to Beneficially Own securities Beneficially Owned by another Person solely as a result of, or the performance by a Person under, any agreement, arrangement or understanding between the First Person and such other Person solely with respect to the voting of any voting securities of the Company solely with respect to the Plan of Complete Liquidation and Dissolution" }],
  },
  "R-1ff": {
    summary: "The Stock Acquisition Date is the first day the Company or an Acquiring Person publicly announces (a Schedule 13D counts) that someone has become an Acquiring Person, unless it became one through a Qualified Offer or a Qualified Transaction. What is announced is the crossing: an announcement made after the Person fell back below the threshold still counts (R-X1 keeps its crossing), unless that crossing was cured as inadvertent.",
    seed: [{ where: amendment("(2)"), words: "\"Stock Acquisition Date\" shall mean the first date of public announcement (which, for purposes of this definition, shall include, without limitation, a report filed or amended pursuant to Section 13(d) under the Exchange Act) by the Company or an Acquiring Person that an Acquiring Person has become such other than pursuant to a Qualified Offer or a Qualified Transaction." }],
  },
  "R-1ll": {
    summary: "A Qualified Transaction is defined in Section 11(a)(ii): see R-11a-ii.",
    seed: [{ where: amendment("(3)"), words: "(ll) \"Qualified Transaction\" shall have the meaning set forth in Section 11(a)(ii) hereof." }],
  },
  "R-3a": {
    summary: "The Distribution Date is the earlier of close of business on the tenth day after the Stock Acquisition Date and close of business on the tenth Business Day after a tender offer for less than all the shares begins (or an all-shares offer is cut to less than all) that would make the bidder an Acquiring Person. The Board may set a later date for the second; once the Distribution Date has come, it stays.",
    seed: [{ where: amendment("(4)"), words: "Until the earlier of (i) the close of business on the tenth day after the Stock Acquisition Date (or, if the tenth day after the Stock Acquisition Date occurs before the Record Date, the close of business on the Record Date), or (ii) the close of business on the tenth Business Day (or such later date as the Board shall determine) after (A) the date that a tender or exchange offer by any Person ... for less than the all outstanding shares of Common Stock is commenced" }],
  },
  "R-3-attached": {
    summary: "Until the Distribution Date the Rights live inside the Common Stock: the share certificates stand for them, they move only with the shares, and every share issued meanwhile, after the Record Date too, carries one.",
    seed: [{ where: ITEM_1, words: "Until the Distribution Date, (i) the Rights will be evidenced by the Common Stock certificates and will be transferred with and only with such Common Stock certificates" }],
  },
  "R-3-separation": {
    summary: "At the Distribution Date, separate Rights Certificates go to the holders of record at that day's close of business, and the Rights trade on their own. Shares issued later get Rights only when the Board decides or for options and employee plans.",
    seed: [
      { where: ITEM_1, words: "Rights Certificates will be mailed to holders of record of the Common Stock as of the close of business on the Distribution Date, and thereafter the separate Rights certificates alone will represent the Rights." },
      { where: ITEM_1, words: "Except as otherwise determined by the Board, only shares of Common Stock issued prior to the Distribution Date will be issued with Rights." },
    ],
  },
  "R-7a": {
    summary: "A Right cannot be exercised before the Distribution Date. From then until it expires, is redeemed or is exchanged, it buys one Unit of Preferred for the Purchase Price. Unused Rights expire at 5:00 P.M. New York time on the Final Expiration Date.",
    seed: [{ where: ITEM_1, words: "The Rights are not exercisable until the Distribution Date and will expire at 5:00 P.M. (New York City time) on June 14, 2011, unless such date is extended or the Rights are earlier redeemed or exchanged by the Company" }],
  },
  "R-7-after-flip-in": {
    summary: "After a flip-in (a Section 11(a)(ii) Event), no Right can be exercised while the Board can still redeem the Rights.",
    seed: [{ where: ITEM_1, words: "Rights are not exercisable following the occurrence of the event set forth above until such time as the Rights are no longer redeemable by the Company" }],
  },
  "R-7e": {
    summary: "On a flip-in, every Right the Acquiring Person, its Affiliates and Associates (or those who took Rights from them) own becomes void for good: nobody may exercise it.",
    seed: [{ where: ITEM_1, words: "all Rights that are, or (under certain circumstances specified in the Rights Agreement) were, beneficially owned by any Acquiring Person will be null and void" }],
  },
  "R-7-whole": {
    summary: "Before any Triggering Event the Company may insist that Rights be exercised in numbers that give whole shares of Preferred.",
    seed: [{ where: ITEM_1, words: "the Company reserves the right to require prior to the occurrence of a Triggering Event (as defined below) that, upon any exercise of Rights, a number of Rights be exercised so that only whole shares of Series A Preferred Stock will be issued" }],
  },
  "R-11a-i": {
    summary: "A dividend, split, combination or reclassification of the Preferred adjusts the Purchase Price and what a Right buys, so that a Right exercised afterwards gets what it would have got just before.",
    seed: [{ where: ITEM_1, words: "The number and kind of shares and the purchase price of the shares covered by each Right and the number of Rights outstanding are subject to adjustment in the event of a dividend, subdivision, combination or reclassification of the Series A Preferred Stock" }],
  },
  "R-11a-ii": {
    summary: "The flip-in: when a Person becomes an Acquiring Person (except through a Section 13(a) transaction, a Qualified Offer or a Qualified Transaction), each valid Right then buys, for the Purchase Price, Common Stock worth twice that price: the Purchase Price divided by half the Current Market Price. A Qualified Transaction is an all-shares offer after which the bidder owns at least 85% of the shares outstanding when it began, leaving out shares of directors who are officers and of certain stock plans.",
    seed: [
      { where: ITEM_1, words: "each holder of a Right will thereafter have the right to receive, upon exercise, Common Stock (or, in certain circumstances, cash, property or other securities of the Company) having a value equal to two times the exercise price of the Right" },
      { where: amendment("(5)"), words: "dividing that product (which, following such first occurrence, shall thereafter be referred to as the \"Purchase Price\" for each Right and for all purposes of this Agreement) by 50% of the Current Market Price" },
    ],
  },
  "R-11a-iii": {
    summary: "When there is not enough authorised Common Stock for every exercise, the Board makes up the difference with cash, other securities or property, or by lowering the price, so that each holder still gets the same value. A scenario without the authorised count is assumed to have enough, and the trace says so.",
    seed: [{ where: ITEM_1, words: "Common Stock (or, in certain circumstances, cash, property or other securities of the Company)" }],
  },
  "R-11d": {
    summary: "The Current Market Price on a date is the average close of the 30 Trading Days just before it (the date's own close left out), with closes before a split divided by its ratio. Fewer than 30 closes is an error, never a guess.",
    seed: [{ where: amendment("(5)"), words: "50% of the Current Market Price (determined pursuant to Section 11(d) hereof) per share of Common Stock on the date of such first occurrence" }],
  },
  "R-11p": {
    summary: "Before the Distribution Date, a split, reverse split or stock dividend of the Common Stock changes the Rights per share so that the total number of Rights stays the same; each Right still buys one Unit for the Purchase Price, and the exchange ratio follows the split.",
    seed: [{ where: ITEM_1, words: "one additional Right (as such number may be adjusted pursuant to the provisions of the Rights Agreement) shall be deemed to be delivered for each share of Common Stock issued or transferred by the Company in the future" }],
  },
  "R-13": {
    summary: "The flip-over: after the Stock Acquisition Date, if the Company merges and does not survive, survives but its Common Stock is exchanged, or sells half or more of its assets or earning power, each valid Right buys, for the Purchase Price, the acquirer's common stock worth twice that price.",
    seed: [{ where: ITEM_1, words: "In the event that, at any time following the Stock Acquisition Date, (i) the Company engages in a merger or other business combination transaction in which the Company is not the surviving corporation ... (ii) the Company engages in a merger or other business combination transaction in which the Company is the surviving corporation and the Common Stock of the Company is changed or exchanged or (iii) 50% or more of the Company's assets, cash flow or earning power is sold or transferred" }],
  },
  "R-13d": {
    summary: "A merger with a buyer who bought its shares through a Qualified Offer or a Qualified Transaction is no flip-over, when holders get at least the offer's price in the same form. Asset sales have no such exception.",
    seed: [
      { where: amendment("(6)"), words: "such transaction is consummated with a Person or Persons who acquired shares of Common Stock pursuant to a tender offer or exchange offer for all outstanding shares of Common Stock which is a Qualified Offer or a Qualified Transaction" },
      { where: ITEM_1, words: "the rights would also not be triggered by a subsequent merger of the Company with such a bidder in which the Company's stockholders receive the same consideration as was paid or issued in the tender offer or exchange offer" },
    ],
  },
  "R-triggering": {
    summary: "Flip-ins (Section 11(a)(ii) Events) and flip-overs (Section 13 Events) are together the Triggering Events.",
    seed: [{ where: ITEM_1, words: "The events set forth in this paragraph and in the second preceding paragraph are referred to as the \"Triggering Events.\"" }],
  },
  "R-14": {
    summary: "No fractions of Rights are issued (cash instead); Preferred goes in multiples of one one-thousandth, and smaller fractions, like fractions of Common Stock on exercise or exchange, are paid in cash at their market value.",
    seed: [],
  },
  "R-23": {
    summary: "Until close of business on the tenth day after the Stock Acquisition Date (and before the Final Expiration Date), the Board may redeem all the Rights, never some, at $.01 each. Once it orders redemption, the Rights end and holders only get that price.",
    seed: [
      { where: ITEM_1, words: "At any time until 10 days following the Stock Acquisition Date, the Company may redeem the Rights in whole, but not in part, at a price of $.01 per Right" },
      { where: ITEM_1, words: "Immediately upon the action of the Board ordering redemption of the Rights, the Rights will terminate and the only right of the holders of Rights will be to receive the $.01 per Right redemption price." },
    ],
  },
  "R-24": {
    summary: "After a Person becomes an Acquiring Person and before it owns 50% or more, the Board may exchange all or some of the valid Rights for one share of Common Stock each (or one one-thousandth of a Preferred share), as adjusted. Exchanged Rights only carry the right to those shares. A partial exchange takes the same portion of every holder's valid Rights; before the Distribution Date the Rights left stay attached to the shares, the Rights per share scaled by (1 - portion) as a split scales them, and fractions of a Right are settled in cash when the Rights separate.",
    seed: [{ where: ITEM_1, words: "At any time after a person becomes an Acquiring Person and prior to the acquisition by such person or group of fifty percent (50%) or more of the outstanding Common Stock, the Board may exchange the Rights (other than Rights owned by such person or group which have become void), in whole or in part, at an exchange ratio of one share of Common Stock" }],
  },
  "R-27": {
    summary: "Before the Distribution Date the Board may amend anything. After it, only to cure an ambiguity, fix an inconsistency, change a time period, or make changes that do not hurt holders of Rights (other than an Acquiring Person). No amendment at all while the Rights cannot be redeemed.",
    seed: [{ where: ITEM_1, words: "Any of the provisions of the Rights Agreement may be amended by the Board prior to the Distribution Date. After the Distribution Date, the provisions of the Rights Agreement may be amended by the Board in order to cure any ambiguity, to make changes which do not adversely affect the interests of holders of Rights or to shorten or lengthen any time period under the Rights Agreement. The foregoing notwithstanding, no amendment may be made at such time as the Rights are not redeemable." }],
  },
  "R-X1": {
    summary: "Being an Acquiring Person depends on ownership now: a Person that falls below the threshold stops being one, and becomes one again by crossing again; what its crossing already caused (a Triggering Event, a Stock Acquisition Date) stays. Each Person's history is kept on its own, so one Person's cure undoes nothing another caused.",
    seed: [],
  },
  "R-X2": {
    summary: "An amendment that lowers the threshold makes no one an Acquiring Person by itself: holders already above the new threshold are grandfathered at what they own then, and become Acquiring Persons only by buying more. The trace names them.",
    seed: [],
  },
  "R-X3": {
    summary: "Once a tender offer has started the ten-Business-Day clock of the Distribution Date, withdrawing the offer or changing it to an all-shares offer does not stop the clock; only the Board's deferral does.",
    seed: [],
  },
  "R-X4": {
    summary: "A holder cannot exercise more Rights than it holds: trying is an error.",
    seed: [],
  },
  "R-X5": {
    summary: "A Person found to have crossed inadvertently must sell below the threshold by close of business on the tenth Business Day after the Board's finding.",
    seed: [],
  },
  "R-X6": {
    summary: "A Common Stock split after the Distribution Date leaves the number of Rights alone; after a flip-in, what each Right buys and the exchange ratio scale with the split so that a Right is worth what it was. A share issued with Rights afterwards (an option, the Board's decision) carries the Rights of the part of a share of the Distribution Date it stands for.",
    seed: [],
  },
  "R-X7": {
    summary: "Before close of business on the Record Date there are no Rights: the answer says `not-issued`; purchases before then still count towards ownership.",
    seed: [],
  },
  "R-X8": {
    summary: "Fractions of shares left by a reverse split are paid in cash and traced; ratios follow the split's stated terms exactly, never rounded counts.",
    seed: [],
  },
  "R-X9": {
    summary: "A time whose UTC offset does not match New York's at that moment (such as 2:30 A.M. on the morning the clocks change) is refused, naming the two times it could mean. That event changes nothing; the events before both times still count, and an answer without asOf is dated by the later one.",
    seed: [],
  },
  "R-X10": {
    summary: "A closing price dated on a weekend or a stock-market holiday still counts if kept, but the answer warns about it, naming the date.",
    seed: [],
  },
  "R-X11": {
    summary: "An event that breaks a rule has no effect at all: the answer is what the events before it give.",
    seed: [],
  },
  "R-X12": {
    summary: "After the Distribution Date an amendment is judged term by term, not by the purpose it states: changed time periods pass (while the Rights are redeemable), changes that cannot reduce what a valid Right gives or protects against pass, anything else, or anything the engine cannot judge, is refused, naming the term with its old and new values.",
    seed: [],
  },
  "R-X13": {
    summary: "Events before the plan was adopted or after it expired, and plan terms that were assumed rather than read from the plan's text, are still applied, but the answer warns about each.",
    seed: [],
  },
  "R-X14": {
    summary: "Share and Right counts are exact: a count above 9,007,199,254,740,991 is refused rather than rounded, and two starting holdings for one Person are an input error.",
    seed: [],
  },
  "scenario-format": {
    summary: "The scenario itself is not valid: a field is missing or of the wrong kind, or names something unknown. See docs/scenario-format.md.",
    seed: [],
  },
};
