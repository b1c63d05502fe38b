import { formatMessageNumber } from '#lib/domain/message-number.ts';
import { statusLabel } from '#lib/domain/statuses.ts';
import { REASON_LABELS, type ReasonCode } from '#lib/moderation/reasons.ts';
import type { MessageRecord } from '#lib/db/messages.ts';

const reasonLabel = (code: string): string => REASON_LABELS[code as ReasonCode] ?? code;

/** A message as its author sees it over the API. */
export const citizenView = (message: MessageRecord) => ({
  id: message.id,
  number: formatMessageNumber(message.id),
  status: message.status,
  statusLabel: statusLabel(message.status),
  ...(message.categoryId ? { categoryId: message.categoryId } : {}),
  ...(message.subcategoryId ? { subcategoryId: message.subcategoryId } : {}),
  text: message.text,
  oktmo: message.oktmo,
  ...(message.address ? { address: message.address } : {}),
  ...(message.location ? { location: message.location } : {}),
  attachments: message.attachments,
  organization: message.organizationId
    ? { id: message.organizationId, name: message.organizationName ?? '' }
    : null,
  ...(message.status === 'rejected' && message.moderationReasons
    ? { rejectionReasons: message.moderationReasons.map((code) => ({ code, label: reasonLabel(code) })) }
    : {}),
  ...(message.answer ? { answer: message.answer } : {}),
  ...(message.interimAnswers ? { interimAnswers: message.interimAnswers } : {}),
  ...(message.rating ? { rating: message.rating } : {}),
  deadline: message.deadlineAt,
  deadlineDate: message.deadlineDate,
  deadlineWorkingDays: message.deadlineWorkingDays,
  createdAt: message.createdAt,
  updatedAt: message.updatedAt,
  version: message.version,
  history: message.history.map((step) => ({
    at: step.at,
    status: step.status,
    statusLabel: statusLabel(step.status),
    actor: step.actor,
    event: step.event,
    ...(step.organizationId ? { organization: { id: step.organizationId, name: step.organizationName ?? '' } } : {}),
    ...(step.reason ? { reason: step.reason } : {}),
  })),
});

export type CitizenMessageView = ReturnType<typeof citizenView>;

/** A message as officials see it: the citizen's view plus what the pipeline decided and why. */
export const officialView = (message: MessageRecord) => ({
  ...citizenView(message),
  regionCode: message.regionCode,
  ...(message.routedBy ? { routedBy: message.routedBy } : {}),
  triage: message.triage ?? false,
  ...(message.suggestedCategoryId ? { suggestedCategoryId: message.suggestedCategoryId } : {}),
  ...(message.classification ? { classification: message.classification } : {}),
  ...(message.moderationReasons
    ? { moderationReasons: message.moderationReasons, moderationReasonLabels: message.moderationReasons.map(reasonLabel) }
    : {}),
  ...(message.repeatOf ? { repeatOf: message.repeatOf } : {}),
});
