import type { LifecycleErrorCode } from '#lib/domain/lifecycle.ts';
import type { MessageRecord } from '#lib/db/messages.ts';
import { notFound, Problem } from '#lib/http/problem.ts';

// The problems every action on a message may end in; each names the message's current version and status, so the
// client can refresh and retry.

const STATUS_OF_CODE: Record<LifecycleErrorCode, number> = {
  role_not_allowed: 403,
  not_your_message: 404,
  action_not_allowed_in_status: 409,
  extension_used: 409,
  reason_required: 422,
  invalid_score: 422,
  rating_window_closed: 409,
};

/** A refusal of the lifecycle; not being allowed near the message at all answers like a missing one. */
export const refused = (code: LifecycleErrorCode, detail: string, message: MessageRecord): Problem =>
  code === 'not_your_message'
    ? notFound('message_not_found', 'Сообщение не найдено.')
    : new Problem(STATUS_OF_CODE[code], code, detail, { current: { version: message.version, status: message.status } });

/** Someone changed the message since the caller saw it (optimistic locking). */
export const versionConflict = (message: MessageRecord): Problem =>
  new Problem(409, 'version_conflict', 'Сообщение уже изменили: обновите карточку и повторите действие.', {
    current: { version: message.version, status: message.status },
  });

