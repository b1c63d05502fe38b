import type { ModerationResult, PreviousMessage } from '#lib/moderation/index.ts';
import type { MessageRecord } from '#lib/db/messages.ts';

/** What the classifier says of a text, in the rubricator's ids. */
export interface CategorySuggestion {
  categoryId: string;
  subcategoryId?: string;
  confidence: number;
  modelVersion: string;
}

export interface Screening {
  /** the author's earlier messages, for repeat detection */
  previousOf(message: MessageRecord): Promise<PreviousMessage[]>;
  moderate(text: string, previous: readonly PreviousMessage[]): ModerationResult;
  classify(text: string): Promise<CategorySuggestion | undefined>;
  /** below it, a message without a category goes to the coordinator's triage */
  autoRouteThreshold: number;
  /** at or above it, a classifier that disagrees with the citizen flags its suggestion */
  suggestThreshold: number;
}

/** What routing writes about the screening. */
export interface ScreeningRecord {
  categoryId?: string;
  subcategoryId?: string;
  classification?: { categoryId: string; confidence: number; modelVersion: string };
  suggestedCategoryId?: string;
  triage?: boolean;
}

export type ScreeningVerdict =
  | { kind: 'screened_out'; decision: 'reject' | 'hold'; reasons: string[]; repeatOf?: string }
  | { kind: 'pass'; categoryId?: string; subcategoryId?: string; record: ScreeningRecord };

/**
 * Moderation, then the category: the citizen's choice stands (flagged when the classifier confidently disagrees);
 * without one, the classifier's when it is confident enough, else none (triage by the coordinator).
 */
export const screen = async (message: MessageRecord, screening: Screening): Promise<ScreeningVerdict> => {
  const moderation = message.moderationReleased
    ? { decision: 'ok' as const, reasons: [] }
    : screening.moderate(message.text, await screening.previousOf(message));
  if (moderation.decision !== 'ok') {
    return {
      kind: 'screened_out',
      decision: moderation.decision,
      reasons: moderation.reasons,
      ...(moderation.repeatOf ? { repeatOf: moderation.repeatOf } : {}),
    };
  }
  const suggestion = await screening.classify(message.text);
  const classification = suggestion && {
    categoryId: suggestion.categoryId,
    confidence: suggestion.confidence,
    modelVersion: suggestion.modelVersion,
  };
  if (message.categoryId) {
    const disagrees = suggestion && suggestion.categoryId !== message.categoryId && suggestion.confidence >= screening.suggestThreshold;
    return {
      kind: 'pass',
      categoryId: message.categoryId,
      ...(message.subcategoryId ? { subcategoryId: message.subcategoryId } : {}),
      record: { ...(classification ? { classification } : {}), ...(disagrees ? { suggestedCategoryId: suggestion.categoryId } : {}) },
    };
  }
  if (suggestion && suggestion.confidence >= screening.autoRouteThreshold) {
    return {
      kind: 'pass',
      categoryId: suggestion.categoryId,
      ...(suggestion.subcategoryId ? { subcategoryId: suggestion.subcategoryId } : {}),
      record: {
        categoryId: suggestion.categoryId,
        ...(suggestion.subcategoryId ? { subcategoryId: suggestion.subcategoryId } : {}),
        ...(classification ? { classification } : {}),
      },
    };
  }
  return { kind: 'pass', record: { ...(classification ? { classification } : {}), triage: true } };
};
