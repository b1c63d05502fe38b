import { computeDeadline } from '#lib/domain/deadlines.ts';
import { inboxKeys } from '#lib/domain/inbox.ts';
import { decide } from '#lib/domain/lifecycle.ts';
import type { MessageRecord } from '#lib/db/messages.ts';
import type { Transition } from '#lib/db/transitions.ts';
import type { Caller } from '#lib/http/auth.ts';
import { notFound } from '#lib/http/problem.ts';
import { stateOf } from './act.ts';
import { refused, versionConflict } from './problems.ts';

export interface RateInput {
  satisfied: boolean;
  score: number;
  comment?: string;
}

export interface RateDeps {
  getMessage(id: string, options: { consistent: boolean }): Promise<MessageRecord | undefined>;
  saveTransition(transition: Transition): Promise<'saved' | 'version_conflict'>;
  now(): Date;
  reopenWindowDays: number;
}

/**
 * The author rates the answer: satisfied closes the message; unsatisfied within the window reopens it with a new
 * deadline by the category's rule, back in the organization's active inbox.
 */
export const rateAnswer = async (id: string, input: RateInput, caller: Caller, deps: RateDeps): Promise<MessageRecord> => {
  const message = await deps.getMessage(id, { consistent: true });
  if (!message || message.authorId !== caller.userId) throw notFound('message_not_found', 'Сообщение не найдено.');
  const now = deps.now();
  const decision = decide(stateOf(message), 'rate', { role: caller.role, sameOrganization: false, sameRegion: false, isAuthor: true }, {
    satisfied: input.satisfied,
    score: input.score,
    now,
    reopenWindowDays: deps.reopenWindowDays,
  });
  if (!decision.ok) throw refused(decision.code, decision.detail, message);

  const at = now.toISOString();
  const reopened = decision.to === 'reopened';
  const deadline = reopened
    ? computeDeadline({ registeredAt: now, workingDays: message.deadlineWorkingDays, timeZone: message.timeZone })
    : undefined;
  const inbox = message.organizationId
    ? inboxKeys({ id, status: decision.to, organizationId: message.organizationId, regionCode: message.regionCode, deadlineAt: deadline?.dueAt ?? message.deadlineAt })
    : undefined;
  const comment = input.comment?.trim();
  const result = await deps.saveTransition({
    id,
    expectedVersion: message.version,
    status: decision.to,
    step: { at, status: decision.to, actor: 'citizen', event: decision.event.replace('message.', '') },
    ...(inbox ? { inbox } : {}),
    rating: { satisfied: input.satisfied, score: input.score, at, ...(comment ? { comment } : {}) },
    ...(deadline ? { deadline: { deadlineAt: deadline.dueAt, deadlineDate: deadline.dueDate } } : {}),
  });
  if (result === 'version_conflict') throw versionConflict((await deps.getMessage(id, { consistent: true })) ?? message);
  const saved = await deps.getMessage(id, { consistent: true });
  if (!saved) throw new Error('message vanished after rating');
  return saved;
};
