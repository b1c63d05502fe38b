/** Stable reason codes of automatic moderation, with the labels shown to the citizen. */
export const REASON_CODES = ['obscene', 'insult', 'threat', 'no_substance', 'repeat'] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const REASON_LABELS: Record<ReasonCode, string> = {
  obscene: 'Нецензурные выражения',
  insult: 'Оскорбительные выражения в адрес должностных лиц',
  threat: 'Угрозы жизни, здоровью или имуществу должностных лиц',
  no_substance: 'Текст не содержит сути обращения',
  repeat: 'Повторное обращение по уже поставленному вопросу',
};

export type ModerationDecision = 'ok' | 'reject' | 'hold';

export interface ModerationResult {
  decision: ModerationDecision;
  reasons: ReasonCode[];
  /** id of the earlier message this one repeats, when `repeat` is among the reasons */
  repeatOf?: string;
}
