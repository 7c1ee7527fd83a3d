import { describe, expect, it } from "vitest";
import { readTexts } from "../read.js";

const read = (text: string) => readTexts([{ file: "t.txt", text }]);

describe("changes stated 'from X to Y'", () => {
  it("reads the old value as the plan's and the new one as the amendment's, for each term named", () => {
    const reading = read("On May 6, 2019 the Board approved and we entered into a First Amendment to Rights Agreement. The Amendment, among other things, (i) extends the final expiration date (as defined in the Rights Agreement) from May 18, 2019 to May 18, 2022; (ii) changes the initial purchase price (as defined in the Rights Agreement) from $13.86 to $13.39; and (iii) reduces the redemption price from $0.01 to $0.001.");
    expect(reading.terms.finalExpiration?.value).toEqual({ date: "2019-05-18", time: "17:00" });
    expect(reading.terms.purchasePrice?.value).toBe("13.86");
    expect(reading.terms.redemptionPrice?.value).toBe("0.01");
    const changes = reading.amendments[0]!.changes;
    expect(changes.finalExpiration?.value).toEqual({ date: "2022-05-18", time: "17:00" });
    expect(changes.purchasePrice?.value).toBe("13.39");
    expect(changes.redemptionPrice?.value).toBe("0.001");
  });
  it("does not read a change of a term it does not know", () => {
    const reading = read("The First Amendment increases the period in which the Board has to consider an exemption request from ten business days to 20 business days.");
    expect(reading.terms).toEqual({});
  });
});
