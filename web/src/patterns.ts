/**
 * The `pattern` attributes of the fields that take an id. A browser compiles a pattern with the
 * RegExp `v` flag, in which a class must escape its "-": "[a-z0-9-]" is not a valid pattern there
 * (chromium logs an error and checks nothing), "[a-z0-9\-]" is.
 */
/** A Person's id in a scenario (scenario-format.md: [a-z0-9-]+). */
export const PERSON_ID_PATTERN = "[a-z0-9\\-]+";
/** A saved scenario's or plan's name: a letter or digit first. */
export const NAME_PATTERN = "[a-z0-9][a-z0-9\\-]*";
