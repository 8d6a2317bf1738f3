/**
 * Bumped whenever the parser finds items it did not before, so roles parsed by an older
 * parser can be offered the new items (through the re-parse review) once. In a module of
 * its own so that reading it (the Roles screen does) does not load the parser.
 */
export const PARSER_VERSION = 4;
