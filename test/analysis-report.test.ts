/**
 * The memo (src/analysis/report.ts): dated, with the facts, the timeline citing rule and section,
 * the dilution table, the charts and the open questions, in Markdown and in HTML.
 */
import { describe, expect, it } from "vitest";
import { newYorkAt, report } from "../src/analysis/report.js";
import { flatCloses, fromData, loaded, project, shared } from "./analysis-support.js";

describe("report: shared example 01 in Markdown", () => {
  const { parsed, options } = loaded(shared("01-open-market-crossing.yaml"));
  const memo = report(parsed, { ...options, format: "md", date: "2026-11-30", source: "01-open-market-crossing.yaml" });

  it("is a dated memo with the facts", () => {
    expect(memo.text).toMatch(/^# Memorandum\n/);
    expect(memo.text).toContain("**Date:** 2026-11-30");
    expect(memo.text).toContain("**Re:** Net Perceptions, Inc. Rights Agreement");
    expect(memo.text).toContain("version in force net-perceptions@2003-12-22");
    expect(memo.text).toContain("| bidder | Bidder Holdings LLC | Acquiring Person (R-1a) | 0 | 4,100,000 (15.1639%) |");
    expect(memo.text).toContain("| 1 | 2004-03-01 | acquire (person: bidder, shares: 1,100,000) |");
  });

  it("writes counts with thousands separators and percentages to 4 places everywhere, the timeline and the workings too", () => {
    expect(memo.text).toContain("| bidder acquires 1,100,000 shares; beneficially owns 4,100,000 of 27,037,814 |");
    expect(memo.text).toContain("| bidder beneficially owns 15.1639% ≥ 15%: Acquiring Person |");
    expect(memo.text).toContain("22,937,814 Rights x $15 = $344,067,210");
    expect(memo.text).not.toMatch(/(?<![\d.:-])\d{5,}(?![\d:-]|\.\d)/);
  });

  it("gives percentages to 4 places, as the CLI's text answer does (issue 8 item 12)", () => {
    // 4,100,000 / 27,037,814 = 15.16394779...%; after the exchange 8.20399...%; the losses 47.8707...% and 45.89...%; the others 84.83605...%: each cut (not rounded) to 4 places, as the CLI does
    expect(memo.text).toMatch(/Exchange: [^\n]*bidder 15\.1639% -> 8\.2039%, a loss of \$3,349,636\.08 \(45\.89\d\d%\)/);
    expect(memo.text).toMatch(/Flip-in: [^\n]*bidder 15\.1639% -> 0\.9700%, a loss of \$3,493,609\.99 \(47\.8707%\)/);
    expect(memo.text).toMatch(/\| all other holders \| 22,937,814 \| 22,937,814 \| 84\.8360% \|/);
  });

  it("takes counsel's To, From and Re, and puts the privilege legend above it when asked (Markdown and HTML)", () => {
    const heading = { to: "Board of Directors", from: "Counsel to the Company", re: "The bidder's 13D", privileged: true };
    const md = report(parsed, { ...options, format: "md", date: "2026-11-30", source: "x.yaml", heading }).text;
    expect(md).toMatch(/^\*\*PRIVILEGED AND CONFIDENTIAL[^\n]*\*\*\n\n# Memorandum\n\n\*\*To:\*\* Board of Directors {2}\n\*\*From:\*\* Counsel to the Company {2}\n\*\*Date:\*\* 2026-11-30 {2}\n\*\*Re:\*\* The bidder's 13D {2}\n/);
    const html = report(parsed, { ...options, format: "html", date: "2026-11-30", source: "x.yaml", heading: { ...heading, privileged: false, re: "A & B <LLP>" } }).text;
    expect(html).not.toContain("PRIVILEGED");
    expect(html).toContain("<td><strong>Re:</strong></td><td>A &amp; B &lt;LLP&gt;</td>");
    expect(memo.text).not.toContain("PRIVILEGED");
    expect(memo.text).toContain("**To:** File");
  });

  it("gives the timeline with each finding's rule and section", () => {
    expect(memo.text).toContain("| 2004-03-03 09:00 | 2 | R-1ff | 1(ff) | bidder announces that bidder has become an Acquiring Person: Stock Acquisition Date 2004-03-03 |");
    expect(memo.text).toContain("| 2004-03-15 17:00 |  | R-3a | 3(a) | Distribution Date now: close of business 2004-03-15T17:00:00-05:00 (prong (i)) |");
  });

  it("gives the dilution table", () => {
    expect(memo.text).toContain("### Exchange: every valid Right for 1 share(s) of Common Stock (R-24)");
    expect(memo.text).toContain("| bidder | 4,100,000 (void) | 4,100,000 | 15.1639% | 4,100,000 | 8.2039% | $7,298,000.00 |");
    expect(memo.text).toContain("Cash in lieu of fractional shares (R-14): $0.93");
  });

  it("lists the open questions: the authorised-share assumption and the standard-form terms relied on", () => {
    expect(memo.openQuestions.some((q) => q.startsWith("R-11a-iii (Section 11(a)(iii)), 2004-03-01: authorised Common Stock not given: assumed"))).toBe(true);
    expect(memo.openQuestions.some((q) => q.includes("currentMarketPriceTradingDays = 30"))).toBe(true);
    expect(memo.text).toContain("## Open questions");
  });

  it("has no charts unless asked, and writes them as files beside the memo", () => {
    expect(memo.files).toEqual([]);
    const withFiles = report(parsed, { ...options, format: "md", date: "2026-11-30", source: "x.yaml", charts: "files", chartStem: "memo" });
    expect(withFiles.files.map((f) => f.name)).toEqual(["memo-ownership.svg", "memo-dilution.svg"]);
    expect(withFiles.text).toContain("](memo-ownership.svg)");
    expect(withFiles.files[0].content).toMatch(/^<svg/);
  });
});

describe("report: HTML", () => {
  it("inlines the charts as SVG and escapes the facts", () => {
    const { parsed, options } = fromData({
      plan: "net-perceptions",
      title: "A <b> & C",
      company: { sharesOutstanding: 1_000_000 },
      persons: [{ id: "bidder", name: "Smith & <Jones>" }],
      prices: flatCloses("2004-01-05", 45, "2.00"),
      events: [{ at: "2004-03-01", type: "acquire", person: "bidder", shares: 150_000 }],
    });
    const memo = report(parsed, { ...options, format: "html", date: "2026-11-30", source: "s.yaml" });
    expect(memo.text).toMatch(/^<!DOCTYPE html>/);
    expect(memo.text).toContain("Smith &amp; &lt;Jones&gt;");
    expect(memo.text).not.toContain("<Jones>");
    expect(memo.text.match(/<svg /g)?.length).toBe(2);
    expect(memo.text).toContain("<td>R-11a-ii</td><td>11(a)(ii)</td>");
    // no announcement: the Stock Acquisition Date is an open question (R-1ff)
    expect(memo.openQuestions.some((q) => q.startsWith("No public announcement that bidder became an Acquiring Person"))).toBe(true);
  });

  it("asks once for the closes a scenario without any needs: the values' price, and the Current Market Price only as the error it is", () => {
    const facts = (shares: number) => fromData({ plan: "net-perceptions", company: { sharesOutstanding: 27_037_814 }, persons: [{ id: "bidder" }], events: [{ at: "2004-02-02", type: "acquire", person: "bidder", shares }] });
    const questionsOf = (shares: number) => {
      const { parsed, options } = facts(shares);
      return report(parsed, { ...options, format: "md", date: "2026-11-30", source: "s.yaml", charts: "none" }).openQuestions.filter((q) => /clos(e|ing)|price/i.test(q) && !q.startsWith("Terms"));
    };
    expect(questionsOf(3_000_000)).toEqual(["No closing price on or before 2004-02-02 in the scenario: values need a market price (give --price)."]);
    const crossing = questionsOf(5_000_000);
    expect(crossing).toHaveLength(2);
    expect(crossing[0]).toMatch(/^Event 0 breaks R-11d .*needs closes for the 30 Trading Days before it; the scenario has 0/);
  });

  it("lists an error of the scenario as an open question (shared example 09)", () => {
    const { parsed, options } = loaded(shared("09-error-redeem-after-window.yaml"));
    const memo = report(parsed, { ...options, format: "html", date: "2026-11-30", source: "09.yaml", charts: "none" });
    expect(memo.answer.errors).toHaveLength(1);
    expect(memo.openQuestions[0]).toMatch(/^Event 2 breaks R-23 \(Section 23\), field at: the redemption window closed/);
    expect(memo.text).not.toContain("<svg");
  });
});

describe("report: conclusions after the scenario's own exchange or redemption (shared examples 08 and 06)", () => {
  const memoOf = (name: string) => {
    const { parsed, options } = loaded(shared(name));
    return report(parsed, { ...options, format: "md", date: "2026-12-03", source: name, charts: "none" }).text;
  };
  const conclusions = (text: string) => text.slice(text.indexOf("## Conclusions"), text.indexOf("## Facts"));

  it("states the flip-in's price, $15 a Right (R-11a-ii), not the $0 an exchanged Right now pays, and says the Rights were exchanged (R-24)", () => {
    // 08: flip-in on 2004-03-01 at a Current Market Price of 52.18 / 30; every valid Right exchanged on 2004-03-05
    const c = conclusions(memoOf("08-exchange-after-flip-in.yaml"));
    expect(c).toContain("Section 11(a)(ii) Event on 2004-03-01: each valid Right became a right to buy 17.247987734764 shares for $15 at a Current Market Price of $1.739333333333 (R-11a-ii, R-11d)");
    expect(c).toContain("The Rights have since been exchanged (R-24).");
    expect(c).not.toContain("for $0");
    // the dilution is that of the state before the exchange, and the conclusion says so
    expect(c).toMatch(/Exchange: every valid Right for 1 share\(s\) of Common Stock \(R-24\), analysed on the state just before event 2 \(exchange, 2004-03-05T09:00:00-05:00\): bidder 15\.1639% -> 8\.2039%/);
  });

  it("says a redeemed Right's flip-in entitlement ended with the redemption (R-23)", () => {
    const c = conclusions(memoOf("06-redeem-in-window.yaml"));
    expect(c).toContain("for $15 at a Current Market Price");
    expect(c).toContain("The Rights have since been redeemed (R-23).");
  });
});

describe("report: the rules cited are every rule the memo cites (shared example 01)", () => {
  const { parsed, options } = loaded(shared("01-open-market-crossing.yaml"));
  const text = report(parsed, { ...options, format: "md", date: "2026-12-03", source: "01.yaml", charts: "none" }).text;
  const cited = text.slice(text.indexOf("## Rules cited"));

  it("lists the rules of the conclusions and the dilution too, not only the trace's", () => {
    // the conclusions cite R-23 (the window) and R-24 (exchange); the dilution R-14 (fractions) and R-11p (the ratio as adjusted)
    for (const id of ["R-23", "R-24", "R-14", "R-11p", "R-1a", "R-11a-ii"]) expect(cited).toContain(`- ${id} (Section `);
    const ids = new Set(text.slice(0, text.indexOf("## Rules cited")).match(/\bR-[A-Za-z0-9]+(?:-[a-z0-9]+)*/g));
    for (const id of ids) expect(cited, id).toContain(`- ${id} (Section `);
  });
});

describe("report: a scenario with no Person, no event and no finding carries no empty table", () => {
  it("says so in a sentence instead (Markdown and HTML)", () => {
    const { parsed, options } = fromData({ plan: "net-perceptions", asOf: "2004-03-01T17:00:00-05:00", company: { sharesOutstanding: 27037814 }, persons: [], events: [] });
    const md = report(parsed, { ...options, format: "md", date: "2026-12-03", source: "empty.yaml", charts: "none" }).text;
    // a table's separator row followed by anything but a row is a table without rows
    expect(md).not.toMatch(/^\| ---.*\|\n(?!\|)/m);
    expect(md).toContain("The scenario names no Person: every share is held by the public.");
    expect(md).toContain("The scenario states no events.");
    const html = report(parsed, { ...options, format: "html", date: "2026-12-03", source: "empty.yaml", charts: "none" }).text;
    expect(html).not.toMatch(/<tbody>\s*<\/tbody>/);
    expect(html).toContain("<p>The scenario states no events.</p>");
  });
});

describe("report: the events stated are dated in New York time (R-T1)", () => {
  it("reads an instant as New York's clock does, and shows one it cannot read as written", () => {
    expect(newYorkAt("2004-07-01T17:00:00-04:00")).toBe("2004-07-01 17:00");
    expect(newYorkAt("2004-07-01T17:00:30.5-04:00")).toBe("2004-07-01 17:00:30.500");
    expect(newYorkAt("2004-03-01")).toBe("2004-03-01");
    // UTC, as "Z" or "+00:00", is not New York's offset (R-X9): the scenario's error; shown as written
    expect(newYorkAt("2004-03-03T03:30:00Z")).toBe("2004-03-03T03:30:00Z");
    expect(newYorkAt("2004-03-03T03:30:00+00:00")).toBe("2004-03-03T03:30:00+00:00");
    // an offset that is not New York's (R-X9) is the scenario's error; the memo shows it as written
    expect(newYorkAt("2004-04-04T02:30:00-04:00")).toBe("2004-04-04T02:30:00-04:00");
  });

  it("in the memo's table of events", () => {
    const { parsed, options } = fromData({
      plan: "net-perceptions",
      asOf: "2004-03-05T12:00:00-05:00",
      company: { sharesOutstanding: 27037814 },
      persons: [{ id: "bidder" }],
      prices: flatCloses("2004-01-05", 45, "2.00"),
      events: [
        { at: "2004-03-01", type: "acquire", person: "bidder", shares: 4100000 },
        { at: "2004-03-02T22:30:00-05:00", type: "announce", by: "company", subject: "bidder" },
      ],
    });
    const md = report(parsed, { ...options, format: "md", date: "2026-12-03", source: "evening.yaml", charts: "none" }).text;
    expect(md).toContain("| 1 | 2004-03-02 22:30 | announce (by: company, subject: bidder) |");
    expect(md).toContain("Stock Acquisition Date (R-1ff): 2004-03-02");
  });
});

describe("report: open questions are the answer's warnings, each asked in its own words (analysis2)", () => {
  it("asks the project's Selectica example's assumed terms once, in the line of assumed terms, never for company.authorizedCommon (R-X13)", () => {
    const { parsed, options } = loaded(project("examples/08-selectica-2009-exchange.yaml"));
    const memo = report(parsed, { ...options, format: "md", date: "2026-11-30", source: "08.yaml", charts: "none" });
    expect(memo.answer.warnings.filter((w) => w.code === "assumed-term").length).toBeGreaterThan(5);
    // only the R-11a-iii finding (authorised Common Stock not given) asks for company.authorizedCommon
    const authorised = memo.openQuestions.filter((q) => q.includes("company.authorizedCommon"));
    expect(authorised).toHaveLength(1);
    expect(authorised[0]).toMatch(/^R-11a-iii \(Section 11\(a\)\(iii\)\), 2008-12-19: authorised Common Stock not given/);
    expect(memo.openQuestions.filter((q) => q.includes("assumed-term"))).toEqual([]);
    // the terms the plan marks `assumed:` are in the one line of assumed terms, not among the standard-form ones
    const assumedLine = memo.openQuestions.filter((q) => q.startsWith("Terms assumed because"));
    expect(assumedLine).toHaveLength(1);
    for (const name of ["recordDate", "unitFraction", "purchasePrice", "redemptionPrice", "preferredReserved"]) expect(assumedLine[0]).toContain(`${name} = `);
    expect(memo.openQuestions.find((q) => q.startsWith("Terms the plan's source leaves"))).not.toMatch(/purchasePrice|redemptionPrice/);
  });

  it("asks the warnings that are no assumed term: closes on NYSE holidays (R-X10) and open days without a close inside the window (R-11d)", () => {
    // weekday closes from 2004-01-02, with 2004-02-02..06 (open days) left out; MLK Day (01-19) and Presidents' Day (02-16) are weekdays with a close
    const prices = flatCloses("2004-01-02", 50, "2.00").filter((p) => p.date < "2004-02-02" || p.date > "2004-02-06");
    const { parsed, options } = fromData({ plan: "net-perceptions", company: { sharesOutstanding: 1_000_000 }, persons: [{ id: "bidder" }], prices, events: [{ at: "2004-03-01", type: "acquire", person: "bidder", shares: 150_000 }] });
    const memo = report(parsed, { ...options, format: "md", date: "2026-11-30", source: "s.yaml", charts: "none" });
    expect(memo.answer.warnings.map((w) => w.code).sort()).toEqual(["market-closed", "market-closed", "missing-close"]);
    const missing = memo.openQuestions.filter((q) => q.startsWith("R-11d (Section 11(d)), event 0 (2004-03-01): "));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/2004-02-02.*confirm it\.$/);
    expect(memo.openQuestions.filter((q) => /^R-X10 \(Section 11\(d\) \(reading\)\): the close dated 2004-0(1-19|2-16) falls on an NYSE holiday/.test(q))).toHaveLength(2);
    expect(memo.openQuestions.filter((q) => q.includes("company.authorizedCommon"))).toHaveLength(1);
  });
});

describe("report: the facts give the flip-over multiple in force, not the flip-in's (R-13, R-27)", () => {
  it("says 2x for the flip-in and 3x for the flip-over after an amendment of the flip-over multiple alone", () => {
    const { parsed, options } = fromData({
      plan: "net-perceptions",
      company: { sharesOutstanding: 1_000_000 },
      persons: [{ id: "bidder" }],
      prices: flatCloses("2004-01-15", 30, "2.00"),
      events: [{ at: "2004-02-02", type: "amend", id: "a1", changes: { flipOverMultiple: "3" } }],
    });
    const text = report(parsed, { ...options, format: "md", date: "2026-11-30", source: "s.yaml", charts: "none" }).text;
    expect(text).toContain("flip-in at 2x the Purchase Price (R-11a-ii); flip-over at 3x (R-13)");
    expect(text).not.toContain("flip-in and flip-over at 2x");
  });
});

describe("report: the status says when the Rights ended, and the window 'closed' only once it has (R-23, R-24, R-7a; analysis2)", () => {
  const statusOf = (path: string) => {
    const { parsed, options } = loaded(path);
    return report(parsed, { ...options, format: "md", date: "2026-11-30", source: "s.yaml", charts: "none" }).text.split("\n").find((l) => l.startsWith("- Status of the Rights:"));
  };

  it("shared example 06: redeemed at 9:00 on 2004-03-05; as of 2004-03-10 noon the window (close of business 2004-03-12, the 10th day after the Stock Acquisition Date 2004-03-02) had not closed", () => {
    expect(statusOf(shared("06-redeem-in-window.yaml"))).toBe("- Status of the Rights: redeemed on 2004-03-05T09:00:00-05:00 (R-23), not exercisable; no longer redeemable (R-23).");
  });

  it("shared example 08: exchanged at 9:00 on 2004-03-05, as of 2004-03-10 noon", () => {
    expect(statusOf(shared("08-exchange-after-flip-in.yaml"))).toBe("- Status of the Rights: exchanged on 2004-03-05T09:00:00-05:00 (R-24), not exercisable; no longer redeemable (R-23).");
  });

  it("shared example 01: as of 2004-03-20 the window closed at close of business 2004-03-15 (the 10th day, 2004-03-13, a Saturday)", () => {
    expect(statusOf(shared("01-open-market-crossing.yaml"))).toBe("- Status of the Rights: separated, exercisable; no longer redeemable (the window closed 2004-03-15T17:00:00-05:00, R-23).");
  });
});

describe("report: the conclusions say when authorised shares fall short of the Adjustment Shares (R-11a-iii; analysis2)", () => {
  it("150,000 of 1,000,000 shares at $2.00, 1,200,000 authorised: 850,000 valid Rights x 15 = 12,750,000 shares needed, 200,000 available, 12,550,000 short; Spread 15 x $2 - $15 = $15", () => {
    const { parsed, options } = fromData({ plan: "net-perceptions", company: { sharesOutstanding: 1_000_000, authorizedCommon: 1_200_000 }, persons: [{ id: "bidder" }], prices: flatCloses("2004-01-15", 30, "2.00"), events: [{ at: "2004-03-01", type: "acquire", person: "bidder", shares: 150_000 }] });
    const text = report(parsed, { ...options, format: "md", date: "2026-11-30", source: "s.yaml", charts: "none" }).text;
    const line = text.split("\n").find((l) => l.startsWith("- Section 11(a)(ii) Event on 2004-03-01"))!;
    expect(line).toContain("each valid Right became a right to buy 15 shares for $15");
    expect(line).toContain("Authorised Common Stock falls 12,550,000 shares short of the Adjustment Shares: the Board must substitute value so that each valid Right receives the Spread of $15 (R-11a-iii).");
  });
});
