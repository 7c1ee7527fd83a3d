/**
 * The rule ids of rights-plan.md with the Agreement section each implements, so that every
 * finding in a trace cites both (scenario-format.md: "`trace` names, for every finding, the rule
 * id ... and the Agreement section").
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
  "R-X13": { section: "7(a) (reading)", title: "Events outside the plan's life, terms assumed" },
  "R-X14": { section: "— (reading)", title: "Counts are exact" },
  "scenario-format": { section: "—", title: "Scenario input" },
} as const;

export type RuleId = keyof typeof RULES;

/** The Agreement section a rule implements. */
export function sectionOf(rule: RuleId): string {
  return RULES[rule].section;
}
