/**
 * The verdicts a player gives a claim in a source-detective question. Apart from the content schema
 * so that saved answers can be checked (at the first screen) without loading the schema.
 */
export const VERDICTS = ['consistent', 'contradictory', 'undetermined'] as const;
