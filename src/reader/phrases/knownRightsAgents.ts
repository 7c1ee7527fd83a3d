/**
 * Banks and transfer agents that have served as rights agents, used only to restore a name a
 * public mirror redacted with X's ("Xxxxx Fargo Bank" is "Wells Fargo Bank"). Never used to
 * supply a name the text does not give.
 */
export const KNOWN_RIGHTS_AGENTS: readonly string[] = [
  "Wells Fargo Bank", "Wells Fargo Shareowner Services", "Computershare Trust Company", "Computershare Investor Services",
  "Computershare Inc.", "American Stock Transfer & Trust Company", "American Stock Transfer and Trust Company",
  "Mellon Investor Services", "ChaseMellon Shareholder Services", "Continental Stock Transfer & Trust Company",
  "EquiServe Trust Company", "First Chicago Trust Company of New York", "The Bank of New York", "Harris Trust and Savings Bank",
  "Registrar and Transfer Company", "Norwest Bank Minnesota", "UMB Bank", "KeyCorp Shareholder Services", "Fleet National Bank",
  "BankBoston", "LaSalle Bank", "U.S. Bank", "StockTrans", "Corporate Stock Transfer", "Broadridge Corporate Issuer Solutions",
  "Equiniti Trust Company", "Securities Transfer Corporation", "Illinois Stock Transfer Company", "Colonial Stock Transfer",
  "Chemical Bank", "Citibank", "National City Bank", "SunTrust Bank", "Wachovia Bank", "First Union National Bank",
  "Union Bank of California", "The Chase Manhattan Bank", "Manufacturers Hanover Trust Company", "Morgan Guaranty Trust Company",
  "First National Bank of Boston", "Boston EquiServe", "Chemical Mellon Shareholder Services", "Society National Bank",
];
