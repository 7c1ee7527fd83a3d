import { describe, expect, it } from "vitest";
import { TERM_NAMES } from "../terms/declarations.js";
import { loadPlan } from "../files/plans.js";
import { termsInForce } from "../terms/inForce.js";
import { newYorkInstant } from "../time/instant.js";
import { r27Refusal } from "./amendment.js";

const values = termsInForce(loadPlan("net-perceptions"), newYorkInstant("2004-01-01", "12:00")).values;

describe("R-X12: R-27 judges each changed term by its class", () => {
  it("allows every term to stay as it is", () => {
    for (const name of TERM_NAMES) expect(r27Refusal(name, values[name], values[name]), name).toBeNull();
  });

  it.each([
    ["purchasePrice", "15", "30", "purchasePrice (Purchase Price) from 15 to 30: it may only go down"],
    ["redemptionPrice", "0.01", "0.005", "redemptionPrice (Redemption Price) from 0.01 to 0.005: it may only go up"],
    ["acquiringPersonThresholdPercent", "15", "20", "acquiringPersonThresholdPercent (Acquiring Person threshold) from 15 to 20: it may only go down"],
    ["flipInMultiple", "2", "1", "flipInMultiple (flip-in multiple) from 2 to 1: it may only go up"],
    ["exchangeRatio", "1", "0.5", "exchangeRatio (exchange ratio) from 1 to 0.5: it may only go up"],
    ["passiveInvestorThresholdPercent", null, "20", "passiveInvestorThresholdPercent (passive-investor threshold) from none to 20: it may only go down"],
    ["exemptPersons", [], [{ name: "Bidder Corp" }], "exemptPersons (exempt Persons) from none to name=Bidder Corp: nothing may be added to it (adds name=Bidder Corp)"],
    ["qualifiedOffer", false, true, "qualifiedOffer (Qualified Offer exception) from false to true: it may only change to false"],
    ["qualifiedTransaction", { percent: "85", excludeDirectorOfficers: true, excludeStockPlans: true }, { percent: "70", excludeDirectorOfficers: true, excludeStockPlans: true }, "qualifiedTransaction (Qualified Transaction exception) from percent=85, excludeDirectorOfficers=true, excludeStockPlans=true to percent=70, excludeDirectorOfficers=true, excludeStockPlans=true: it may only be removed, or its percent raised and its exclusions dropped"],
    ["qualifiedTransaction", { percent: "85", excludeDirectorOfficers: false, excludeStockPlans: true }, { percent: "90", excludeDirectorOfficers: true, excludeStockPlans: true }, "it may only be removed, or its percent raised and its exclusions dropped"],
    ["qualifiedTransaction", null, { percent: "95", excludeDirectorOfficers: false, excludeStockPlans: false }, "from none to percent=95"],
    ["unitDescription", "a", "b", "unitDescription (Unit) from a to b: the engine cannot judge whether this can hurt holders"],
  ])("refuses %s from %j to %j, naming the term, its old and its new value", (name, before, after, message) => {
    expect(r27Refusal(name as never, before, after)).toContain(message);
  });

  it.each([
    ["purchasePrice", "15", "12"],
    ["redemptionPrice", "0.01", "0.02"],
    ["acquiringPersonThresholdPercent", "15", "10"],
    ["flipInMultiple", "2", "3"],
    ["passiveInvestorThresholdPercent", "20", null],
    ["exemptPersons", [{ name: "A" }, { name: "B" }], [{ name: "A" }]],
    ["qualifiedTransaction", { percent: "85", excludeDirectorOfficers: true, excludeStockPlans: true }, null],
    ["qualifiedTransaction", { percent: "85", excludeDirectorOfficers: true, excludeStockPlans: true }, { percent: "90", excludeDirectorOfficers: false, excludeStockPlans: true }],
    ["finalExpiration", { date: "2011-06-14", time: "17:00" }, { date: "2009-06-14", time: "17:00" }],
    ["rightsAgent", "Wells Fargo Bank Minnesota, N.A.", "Computershare"],
  ])("allows %s from %j to %j", (name, before, after) => {
    expect(r27Refusal(name as never, before, after)).toBeNull();
  });
});
