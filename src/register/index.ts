/**
 * The Rights Agent's register: holders of record, Rights, certificates, exercise, redemption and
 * exchange, on SQLite or PostgreSQL. Each command is a plain async function taking an open
 * register and typed options and returning a Result (errors as data); the CLI and the server
 * call these.
 */
export { openRegister, closeRegister, parseDbRef, DEFAULT_DB, type Register, type Dialect } from "./database.js";
export type { RegisterProblem, Result, Warned } from "./problems.js";
export { RegisterFailure } from "./problems.js";
export { initRegister, type InitOptions, type InitResult } from "./init.js";
export { importHolders, type ImportHoldersOptions, type ImportHoldersResult } from "./importHolders.js";
export { importOcf, type ImportOcfOptions, type ImportOcfResult } from "./importOcf.js";
export { parseHoldersCsv, type HolderLine, type LineProblem } from "./holdersCsv.js";
export { transfer, type TransferOptions, type TransferResult } from "./transfer.js";
export { RIGHTS_LEGEND } from "./attached.js";
export { transferRights, type TransferRightsOptions, type TransferRightsResult } from "./transferRights.js";
export { issueShares, type IssueOptions, type IssueResult } from "./issue.js";
export { applyScenario, type ApplyOptions, type ApplyResult, type Rulings } from "./apply.js";
export { distribute, distributionAt, checkRightValue, type DistributeOptions, type DistributeResult } from "./distribute.js";
export { exercise, type ExerciseOptions, type ExerciseResult, type Delivery } from "./exercise.js";
export { redeem, type RedeemOptions, type RedeemResult } from "./redeem.js";
export { exchange, checkPortion, type ExchangeOptions, type ExchangeResult } from "./exchange.js";
export { claimFromTrust, type ClaimOptions, type ClaimResult } from "./claim.js";
export { report, type RegisterReport, type Reconciliation } from "./report.js";
export { verify, type VerifyResult } from "./verify.js";
export { holderList, writeHolderList, type HolderListRow } from "./export.js";
export { holderPage, type HolderPage, type HolderCertificate, type HolderPayment } from "./holderPage.js";
