/**
 * The scenario file a command is given, read for people: a folder, an empty file, a binary or
 * UTF-16 file, or a plan terms file each get a sentence saying what is wrong; `prices: FILE.csv`
 * is read from the scenario's folder; every invalid field is placed at its line and column (or
 * the CSV line of a price). The engine gets the same parsed scenario as from the library.
 */
import { dirname, resolve } from "node:path";
import { InputError } from "../errors.js";
import { parseScenario, type ParsedScenario } from "../scenario/parse.js";
import { parseYamlText } from "../terms/load.js";
import { readPricesCsv, type PricesFile } from "./pricesCsv.js";
import { placeBadEvent, placeIssues, positionsIn, type Locate } from "../files/sourcePositions.js";
import { readTextFile } from "../files/textFile.js";

export interface ScenarioInput {
  readonly parsed: ParsedScenario;
  /** The scenario's folder: a relative plan path is resolved there. */
  readonly baseDir: string;
  /** The name of each Person that has one, by id, for the text output. */
  readonly names: ReadonlyMap<string, string>;
}

export function readScenarioInput(path: string): ScenarioInput {
  const text = scenarioText(path);
  const data = parseYamlText(text, path);
  checkLooksLikeScenario(data, path);
  const baseDir = dirname(resolve(path));
  const prices = pricesFileOf(data, baseDir);
  const locate = locator(positionsIn(text), prices);
  const input = withPrices(data, prices);
  try {
    const parsed = placeBadEvent(parseScenario(input, path), locate);
    return { parsed, baseDir, names: new Map(parsed.scenario.persons.flatMap((p) => (p.name ? [[p.id, p.name] as const] : []))) };
  } catch (e) {
    if (e instanceof InputError && e.issues.length) throw new InputError(e.headline, placeIssues(e.issues, locate));
    throw e;
  }
}

/** The file's text, or a sentence saying why it is not a scenario's text. */
function scenarioText(path: string): string {
  const text = readTextFile(path, "a scenario (a YAML or JSON text file)");
  if (text.trim() === "") throw new InputError(`cannot read ${path}: the file is empty; a scenario gives at least \`company: {sharesOutstanding: N}\` (see docs/scenario-format.md)`, []);
  return text;
}

/** Refuses data that is not a scenario: not a set of fields, a plan terms file, or a rule case (test/cases) that holds one. */
function checkLooksLikeScenario(data: unknown, path: string): asserts data is Record<string, unknown> {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new InputError(`${path} is not a scenario: a scenario is a set of fields such as plan, company, persons and events (see docs/scenario-format.md)`, []);
  }
  if ("terms" in data && !("company" in data) && !("events" in data)) {
    throw new InputError(`${path} is a plan terms file, not a scenario: name it in a scenario (\`plan: ./${path.split(/[\\/]/).pop()}\`), or print its terms with \`rightsplan plan show ${path}\``, []);
  }
  const held = (data as Record<string, unknown>).scenario;
  if (typeof held === "object" && held !== null && !("company" in data)) {
    throw new InputError(`${path} is a rule case, not a scenario: its scenario is the part under \`scenario:\` (with its expected answer under \`expect:\`); save that part as a file of its own to evaluate it`, []);
  }
}

function pricesFileOf(data: Record<string, unknown>, baseDir: string): PricesFile | undefined {
  return typeof data.prices === "string" ? readPricesCsv(data.prices, baseDir) : undefined;
}

const withPrices = (data: Record<string, unknown>, prices: PricesFile | undefined) => (prices ? { ...data, prices: prices.rows } : data);

/** A scenario's data with `prices: FILE.csv` replaced by that file's rows (read from the scenario's folder `baseDir`). */
export function withPricesFileRead(data: Record<string, unknown>, baseDir: string): Record<string, unknown> {
  return withPrices(data, pricesFileOf(data, baseDir));
}

/** Where a path is: its line in the scenario file, or for a price read from a CSV file, that file's line. */
function locator(inFile: Locate, prices: PricesFile | undefined): Locate {
  if (!prices) return inFile;
  return (path) => (path[0] === "prices" && typeof path[1] === "number" ? `${prices.name} line ${prices.lines[path[1]]}` : inFile(path));
}
