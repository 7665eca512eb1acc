/**
 * IndexedDB stores of schema version 8: the community assessment (issue 14). A street has a few
 * rounds a year; entered scores are a few per community and round, read by their round.
 */
export const STORES: Record<string, string> = {
  assessmentRounds: 'id',
  assessmentScores: 'id, roundId',
};
