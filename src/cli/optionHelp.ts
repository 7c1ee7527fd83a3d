/** Help texts that several commands share (kept apart from the modules that do the work, which load only when a command runs). */

export const AS_OF_HELP = "a date (meaning 5:00 P.M. New York time, close of business, that day) or a date-time with offset";

export const EXIT_CODES_HELP = "Exit codes: 0 answered, 1 the scenario breaks a rule (see errors), 2 the input cannot be read, 70 an internal error (a bug in rightsplan).";
