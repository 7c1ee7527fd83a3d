import { describe, it, expect } from "vitest";
import { bankCalendar } from "./bankCalendar.js";
import { closeOfBusiness, closeOfBusinessDate } from "./closeOfBusiness.js";
import { formatNewYork } from "./instant.js";
import { addDays } from "./isoDate.js";

const cal = bankCalendar();

describe("closeOfBusiness (R-T1)", () => {
  it("is 5:00 P.M. New York time on a Business Day", () => {
    expect(formatNewYork(closeOfBusiness(cal, "2004-03-15"))).toBe("2004-03-15T17:00:00-05:00");
    expect(formatNewYork(closeOfBusiness(cal, "2004-07-15"))).toBe("2004-07-15T17:00:00-04:00");
  });
  it("moves a Saturday to the next Business Day", () => {
    expect(formatNewYork(closeOfBusiness(cal, "2004-03-13"))).toBe("2004-03-15T17:00:00-05:00");
  });
  it("moves a Monday holiday to the Tuesday", () => {
    expect(formatNewYork(closeOfBusiness(cal, "2004-09-06"))).toBe("2004-09-07T17:00:00-04:00");
    expect(formatNewYork(closeOfBusiness(cal, "2003-10-13"))).toBe("2003-10-14T17:00:00-04:00");
  });
  it("takes another time of day", () => {
    expect(formatNewYork(closeOfBusiness(cal, "2004-03-13", "09:00"))).toBe("2004-03-15T09:00:00-05:00");
  });
  it("R-T2: the tenth day after a date may be a Saturday; its close is Monday's", () => {
    const tenthDay = addDays("2004-03-03", 10);
    expect(tenthDay).toBe("2004-03-13");
    expect(formatNewYork(closeOfBusiness(cal, tenthDay))).toBe("2004-03-15T17:00:00-05:00");
  });
});

describe("closeOfBusinessDate", () => {
  it("is the Business Day whose close it is", () => {
    expect(closeOfBusinessDate(cal, "2004-03-15")).toBe("2004-03-15");
    expect(closeOfBusinessDate(cal, "2004-12-25")).toBe("2004-12-27");
    expect(closeOfBusinessDate(cal, "2004-11-25")).toBe("2004-11-26");
    expect(closeOfBusinessDate(bankCalendar(["2004-03-15"]), "2004-03-13")).toBe("2004-03-16");
  });
});
