import { computeDeadline } from '#lib/domain/deadlines.ts';
import { inboxKeys } from '#lib/domain/inbox.ts';
import { decide } from '#lib/domain/lifecycle.ts';
import { reviewingOrganizationId } from '#lib/domain/routing.ts';
import type { Organization, Region } from '#lib/domain/types.ts';
import type { MessageRecord } from '#lib/db/messages.ts';
import type { Transition } from '#lib/db/transitions.ts';
import type { Caller } from '#lib/http/auth.ts';
import { notFound } from '#lib/http/problem.ts';
import { arrivalEvents, type NotificationEvent } from '#lib/notifications/events.ts';
import { stateOf } from './act.ts';
import { refused, versionConflict } from './problems.ts';

export interface RateInput {
  satisfied: boolean;
  score: number;
  comment?: string;
}

export interface RateDeps {
  getMessage(id: string, options: { consistent: boolean }): Promise<MessageRecord | undefined>;
  saveTransition(transition: Transition): Promise<MessageRecord | 'version_conflict'>;
  getOrganization(id: string): Promise<Organization | undefined>;
  getRegion(code: string): Promise<Region | undefined>;
  notify(event: NotificationEvent): Promise<void>;
  now(): Date;
  reopenWindowDays: number;
}

/** The organization that considers a reopened message: the answering one's supervisor, else the region's ЦУР. */
const reviewerOf = async (message: MessageRecord, deps: RateDeps): Promise<Organization> => {
  const region = await deps.getRegion(message.regionCode);
  if (!region) throw new Error(`region ${message.regionCode} is missing`);
  const answering = message.organizationId ? await deps.getOrganization(message.organizationId) : undefined;
  const reviewerId = reviewingOrganizationId(answering, region);
  const reviewer = await deps.getOrganization(reviewerId);
  if (!reviewer) throw new Error(`organization ${reviewerId} is missing`);
  return reviewer;
};

/**
 * The author rates the answer: satisfied closes the message; unsatisfied within the window reopens it with a new
 * deadline by the category's rule, in the active inbox of the organization's supervisor (else the region's ЦУР).
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
  const reviewer = reopened ? await reviewerOf(message, deps) : undefined;
  const organizationId = reviewer?.id ?? message.organizationId;
  const organizationName = reviewer?.name ?? message.organizationName ?? '';
  const inbox = organizationId
    ? inboxKeys({ id, status: decision.to, organizationId, regionCode: message.regionCode, deadlineAt: deadline?.dueAt ?? message.deadlineAt })
    : undefined;
  const comment = input.comment?.trim();
  const result = await deps.saveTransition({
    id,
    expectedVersion: message.version,
    status: decision.to,
    step: {
      at,
      status: decision.to,
      actor: 'citizen',
      event: decision.event.replace('message.', ''),
      ...(reviewer ? { organizationId: reviewer.id, organizationName } : {}),
    },
    ...(inbox ? { inbox } : {}),
    rating: { satisfied: input.satisfied, score: input.score, at, ...(comment ? { comment } : {}) },
    ...(deadline ? { deadline: { deadlineAt: deadline.dueAt, deadlineDate: deadline.dueDate } } : {}),
    ...(reviewer && reviewer.id !== message.organizationId ? { organization: { organizationId: reviewer.id, organizationName } } : {}),
  });
  if (result === 'version_conflict') throw versionConflict((await deps.getMessage(id, { consistent: true })) ?? message);
  if (reviewer) {
    for (const event of arrivalEvents('message.reopened', { messageId: id, organizationId: reviewer.id, occurredAt: at, correlationId: message.correlationId })) {
      await deps.notify(event);
    }
  }
  return result;
};
