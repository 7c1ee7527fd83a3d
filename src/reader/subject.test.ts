import { describe, expect, it } from "vitest";
import { unreadableReason } from "./subject.js";

describe("whether a text speaks of a rights plan", () => {
  it("reads a clause of the agreement that names only the Rights' redemption or the Final Expiration Date", () => {
    expect(unreadableReason("r.txt", "The Board may at its option redeem all but not less than all the then outstanding Rights at a redemption price of $.005 per Right.")).toBeNull();
    expect(unreadableReason("r.txt", "No Right may be exercised after the Close of Business on the Final Expiration Date.")).toBeNull();
    expect(unreadableReason("r.txt", "Redemption of the Rights. Until a person acquires 15%, the Board may redeem the Class A Rights at $0.001 per Right.")).toBeNull();
  });
  it("reads a definition that speaks of a Right in the singular", () => {
    expect(unreadableReason("r.txt", "Purchase Price. The price at which a holder of a Right may purchase one one-hundredth of a share upon exercise of a Right.")).toBeNull();
    expect(unreadableReason("r.txt", "The buyer may purchase the land upon exercise of a right of first refusal.")).toMatch(/does not speak/);
  });
  it("reads an 8-K item whose Board declared a dividend distribution of one Right for each share", () => {
    expect(unreadableReason("r.txt", "Item 5. Distribution of Preferred Stock Rights\nOn June 3, 1998, the Board of Directors of Fenmore Supply, Inc. declared a dividend distribution of one Right for each outstanding share of common stock.")).toBeNull();
    expect(unreadableReason("r.txt", "The partnership made a distribution of one right for each unit held, giving a right of first offer.")).toMatch(/does not speak/);
  });
  it("reads news of a plan in lower case: a dividend of one right for each share, a right to buy a fraction of a share of preferred", () => {
    expect(unreadableReason("r.txt", "The company declares a dividend distribution of one right for each share of outstanding common stock.")).toBeNull();
    expect(unreadableReason("r.txt", "Each right entitles the holder to purchase 1/100 of a share of Series A Preferred Stock for $5.00.")).toBeNull();
    expect(unreadableReason("r.txt", "Each right entitles the holder to purchase one share of common stock at $4.00 in the offering.")).toMatch(/does not speak/);
    expect(unreadableReason("r.txt", "the Board of Trustees of the registrant adopted an amendment to the Rights Declaration, originally adopted October 10, 1989.")).toBeNull();
  });
  it("reads an 8-K cover whose registered class is the rights to purchase preferred stock", () => {
    expect(unreadableReason("r.txt", "Title of each class | Trading Symbol(s)\nCommon Stock, no par value | HTC\nRights to Purchase Series A Junior Participating Preferred Stock |")).toBeNull();
    expect(unreadableReason("r.txt", "Holders have rights to purchase more common stock in the offering.")).toMatch(/does not speak/);
  });
  it("reads a Form 8-A whose registered class has a table's other column run into it", () => {
    expect(unreadableReason("r.txt", "to be so registered      each class is to be registered\n------\nRights to Purchase Junior         Midwest Exchange, Inc.\nParticipating Preferred\nStock, par value $1.00 per share")).toBeNull();
  });
  it("still refuses a text about other rights or redemptions", () => {
    expect(unreadableReason("r.txt", "The notes may be redeemed at a redemption price of 101% of their principal amount.")).toMatch(/does not speak of a shareholder rights plan/);
  });
});

describe("a Form 8-A registering a class titled 'Rights' alone", () => {
  it("reads it, but not an offering's subscription rights", () => {
    expect(unreadableReason("r.txt", "Securities to be registered pursuant to Section 12(g) of the Act:\n        Rights\n   (Title of Class)\nItem 1.")).toBeNull();
    expect(unreadableReason("r.txt", "Securities to be registered pursuant to Section 12(b) of the Act:\n   Subscription Rights\n   (Title of Class)\nItem 1.")).toMatch(/does not speak/);
  });
  it("reads it in capitals, with blank lines or non-breaking spaces between, or in HTML (round-10 transformations)", () => {
    const nbsp = "Securities to be registered pursuant to Section 12(g) of the Act:\n\u00a0\u00a0\u00a0Rights\u00a0\n\u00a0(Title\u00a0of Class)\nItem 1.";
    expect(unreadableReason("r.txt", nbsp)).toBeNull();
    expect(unreadableReason("r.txt", "Section 12(g) of the Act:\n\n             RIGHTS\n\n        (Title of Class)\n\nItem 1.")).toBeNull();
    expect(unreadableReason("r.htm", "<html><body><p>Section 12(g) of the Act:</p><p><font size=\"2\">Rights</font></p><p>(Title&nbsp;of&nbsp;Class)</p></body></html>")).toBeNull();
    expect(unreadableReason("r.htm", "<html><body><p>Section 12(b) of the Act:</p><p>Subscription Rights</p><p>(Title of Class)</p></body></html>")).toMatch(/does not speak/);
  });
  it("reads it with line numbers in the margin (round 11), but not subscription rights so numbered", () => {
    const numbered = (cls: string) => ["Securities to be registered pursuant to Section 12(g) of the Act:", "", cls, "(Title of Class)", "", "Item 1. Description."].map((l, k) => `${String(k + 30).padStart(4)}   ${l}`).join("\n");
    expect(unreadableReason("r.txt", numbered("Rights"))).toBeNull();
    expect(unreadableReason("r.txt", numbered("Subscription Rights"))).toMatch(/does not speak/);
  });
  it("reads one whose class is 'Rights to Purchase Common Stock' just after 'Section 12(g) of the Act:', not such rights told of elsewhere", () => {
    expect(unreadableReason("r.txt", "Securities to be registered pursuant to\n Section 12(g) of the Act:                   Rights to Purchase Common Stock\n\nItem 1.")).toBeNull();
    expect(unreadableReason("r.txt", "Securities to be registered pursuant to Section 12(g) of the Act: None\n\nItem 1. In the offering, holders received Rights to Purchase Common Stock at $4.00.")).toMatch(/does not speak/);
  });
});
