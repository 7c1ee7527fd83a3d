/** The `evaluate --json` answer as the workbench reads it (src/engine/answer.ts). */
export type { Answer, AnswerFinding } from "../../src/engine/answer.js";
export type { OwnershipTimeline } from "../../src/analysis/timeline.js";
