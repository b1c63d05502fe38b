import { formatMessageNumber } from '#lib/domain/message-number.ts';
import { statusLabel } from '#lib/domain/statuses.ts';
import type { MessageRecord } from '#lib/db/messages.ts';

/** A message as its author sees it over the API. */
export const citizenView = (message: MessageRecord) => ({
  id: message.id,
  number: formatMessageNumber(message.id),
  status: message.status,
  statusLabel: statusLabel(message.status),
  categoryId: message.categoryId,
  ...(message.subcategoryId ? { subcategoryId: message.subcategoryId } : {}),
  text: message.text,
  oktmo: message.oktmo,
  ...(message.address ? { address: message.address } : {}),
  ...(message.location ? { location: message.location } : {}),
  attachments: message.attachments,
  organization: message.organizationId
    ? { id: message.organizationId, name: message.organizationName ?? '' }
    : null,
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
