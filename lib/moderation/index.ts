export { moderate, hasObscene, hasInsultToOfficials, hasThreat, hasNoSubstance, isMash } from './moderate.ts';
export type { ModerationContext } from './moderate.ts';
export { findRepeat, jaccard, shingles, repeatKey, DEFAULT_REPEAT_THRESHOLD, DEFAULT_REPEAT_WINDOW_MS } from './repeat.ts';
export type { PreviousMessage, RepeatMatch, RepeatOptions } from './repeat.ts';
export { REASON_CODES, REASON_LABELS } from './reasons.ts';
export type { ModerationDecision, ModerationResult, ReasonCode } from './reasons.ts';
