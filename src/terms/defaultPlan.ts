/** The plan a scenario uses when it names none (a module of its own: the CLI's help needs only this). */
export const DEFAULT_PLAN = "net-perceptions";
