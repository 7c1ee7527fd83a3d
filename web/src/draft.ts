/**
 * The scenario being edited, kept in this browser tab (sessionStorage) at every change until it is
 * saved or discarded: a reload, or a visit to another page and back, does not lose the work.
 * One draft per saved scenario's name, and one for a new scenario ("").
 */
import type { ScenarioDoc } from "./scenario.js";

const keyOf = (name: string): string => `rightsplan.draft.${name}`;

/** The unsaved draft of `name`, or null when there is none (or it cannot be read back). */
export function draftOf(name: string): ScenarioDoc | null {
  const text = sessionStorage.getItem(keyOf(name));
  if (text === null) return null;
  try {
    return JSON.parse(text) as ScenarioDoc;
  } catch {
    sessionStorage.removeItem(keyOf(name));
    return null;
  }
}

export function keepDraft(name: string, doc: ScenarioDoc): void {
  sessionStorage.setItem(keyOf(name), JSON.stringify(doc));
}

export function dropDraft(name: string): void {
  sessionStorage.removeItem(keyOf(name));
}
