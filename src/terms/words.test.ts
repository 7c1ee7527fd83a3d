import { describe, expect, it } from "vitest";
import { countText, dateText, listText, moneyText, multipleText, percentText, sharesText, timeText } from "./words.js";

describe("values in a filing's words", () => {
  it("writes dates, money, percentages, times, multiples, counts, shares and lists", () => {
    expect(dateText("2011-06-14")).toBe("June 14, 2011");
    expect(["2011-01-05", "2011-09-30", "2011-12-31"].map(dateText)).toEqual(["January 5, 2011", "September 30, 2011", "December 31, 2011"]);
    expect([moneyText("15"), moneyText("0.01"), moneyText("45.5"), moneyText("0.001")]).toEqual(["$15", "$0.01", "$45.50", "$0.001"]);
    expect([percentText("15"), percentText("4.99")]).toEqual(["15%", "4.99%"]);
    expect([timeText("17:00"), timeText("12:00"), timeText("00:30"), timeText("09:05")]).toEqual(["5:00 P.M.", "12:00 P.M.", "12:30 A.M.", "9:05 A.M."]);
    expect([multipleText("2"), multipleText("2.5")]).toEqual(["two times", "2.5 times"]);
    expect(countText(1500000)).toBe("1,500,000");
    expect([sharesText("1"), sharesText("2"), sharesText("0.5")]).toEqual(["one share", "2 shares", "0.5 shares"]);
    expect([listText(["a"]), listText(["a", "b"]), listText(["a", "b", "c"])]).toEqual(["a", "a and b", "a, b and c"]);
  });
});
