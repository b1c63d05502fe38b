import { computeDeadline } from '#lib/domain/deadlines.ts';
import { inboxKeys } from '#lib/domain/inbox.ts';
import { routingShardOf } from '#lib/domain/routing-shards.ts';
import { type ActorContext, allowedActions, decide, type LifecycleAction } from '#lib/domain/lifecycle.ts';
import type { MessageRecord } from '#lib/db/messages.ts';
import type { Transition } from '#lib/db/transitions.ts';
import type { Caller } from '#lib/http/auth.ts';
import { notFound, unprocessable } from '#lib/http/problem.ts';
import { arrivalEvents, messageEvent, type NotificationEvent } from '#lib/notifications/events.ts';
import type { Organization } from '#lib/domain/types.ts';
import { officialMaySee } from './access.ts';
import { type StoredAttachment, validateAttachments } from './attachments.ts';
import { refused, versionConflict } from './problems.ts';

/** What officials and moderators do through this endpoint; the lifecycle says who may do which. */
export const OFFICIAL_ACTIONS = ['take', 'answer', 'interim', 'extend', 'redirect', 'reject', 'release'] as const;
export type OfficialAction = (typeof OFFICIAL_ACTIONS)[number];

export interface ActInput {
  action: OfficialAction;
  expectedVersion: number;
  text?: string;
  reason?: string;
  /** redirect: the organization that is competent */
  organizationId?: string;
  /** answer, interim: keys of files the official uploaded through POST /v1/attachments */
  attachments?: string[];
}

export interface ActDeps {
  getMessage(id: string, options: { consistent: boolean }): Promise<MessageRecord | undefined>;
  saveTransition(transition: Transition): Promise<MessageRecord | 'version_conflict'>;
  getOrganization(id: string): Promise<Organization | undefined>;
  notify(event: NotificationEvent): Promise<void>;
  headAttachment(key: string): Promise<StoredAttachment | undefined>;
  now(): Date;
  /** working days an extension adds to the deadline */
  extensionWorkingDays: number;
  reopenWindowDays: number;
}

export const stateOf = (message: MessageRecord) => ({
  status: message.status,
  extensionsUsed: message.extensionsUsed ?? 0,
  ...(message.answeredAt ? { answeredAt: message.answeredAt } : {}),
});

const redirectTarget = async (input: ActInput, message: MessageRecord, deps: ActDeps): Promise<Organization> => {
  const target = input.organizationId ? await deps.getOrganization(input.organizationId) : undefined;
  if (!target) throw unprocessable('unknown_organization', 'Укажите организацию, в компетенции которой вопрос.');
  if (target.id === message.organizationId) throw unprocessable('same_organization', 'Сообщение уже направлено в эту организацию.');
  return target;
};

const needsText = (action: LifecycleAction): boolean => action === 'answer' || action === 'interim';

const actorOf = (caller: Caller, message: MessageRecord): ActorContext => ({
  role: caller.role,
  sameOrganization: caller.organizationId !== undefined && caller.organizationId === message.organizationId,
  sameRegion: caller.regionCode !== undefined && caller.regionCode === message.regionCode,
  isAuthor: false,
});

/** What the caller may do with the message now: the card shows these buttons, the lifecycle still decides. */
export const allowedActionsFor = (message: MessageRecord, caller: Caller): OfficialAction[] =>
  allowedActions(stateOf(message), actorOf(caller, message)).filter((action): action is OfficialAction => (OFFICIAL_ACTIONS as readonly string[]).includes(action));

/** An official takes a message into work, answers it (finally or in the interim) or extends its deadline once. */
export const actOnMessage = async (id: string, input: ActInput, caller: Caller, deps: ActDeps): Promise<MessageRecord> => {
  const message = await deps.getMessage(id, { consistent: true });
  if (!message || !officialMaySee(caller, message)) throw notFound('message_not_found', 'Сообщение не найдено.');
  const actor = actorOf(caller, message);
  const now = deps.now();
  const decision = decide(stateOf(message), input.action, actor, {
    ...(input.reason ? { reason: input.reason } : {}),
    now,
    reopenWindowDays: deps.reopenWindowDays,
  });
  if (!decision.ok) throw refused(decision.code, decision.detail, message);
  if (message.version !== input.expectedVersion) throw versionConflict(message);
  const text = input.text?.trim();
  if (needsText(input.action) && !text) throw unprocessable('text_required', 'Напишите текст ответа.');
  const attachments = input.attachments ?? [];
  if (attachments.length > 0 && !needsText(input.action)) {
    throw unprocessable('attachments_not_allowed', 'Файлы прикладываются только к ответу.');
  }
  await validateAttachments(attachments, caller.userId, deps.headAttachment);
  const files = attachments.length > 0 ? { attachments } : {};

  const at = now.toISOString();
  const target = input.action === 'redirect' ? await redirectTarget(input, message, deps) : undefined;
  // an extension adds working days to the deadline; a redirect gives the new organization the category's full time
  const newDeadline =
    input.action === 'extend'
      ? computeDeadline({ registeredAt: new Date(message.deadlineAt), workingDays: deps.extensionWorkingDays, timeZone: message.timeZone })
      : target
        ? computeDeadline({ registeredAt: now, workingDays: message.deadlineWorkingDays, timeZone: message.timeZone })
        : undefined;
  const deadlineAt = newDeadline?.dueAt ?? message.deadlineAt;
  const organizationId = target?.id ?? message.organizationId;
  const organizationName = target?.name ?? message.organizationName ?? '';
  const inbox = organizationId
    ? inboxKeys({ id, status: decision.to, organizationId, regionCode: message.regionCode, deadlineAt, answeredAt: at })
    : undefined;
  const transition: Transition = {
    id,
    expectedVersion: input.expectedVersion,
    status: decision.to,
    step: {
      at,
      status: decision.to,
      actor: caller.role === 'coordinator' ? 'coordinator' : caller.role === 'moderator' ? 'moderator' : 'official',
      event: decision.event.replace('message.', ''),
      ...(input.reason ? { reason: input.reason } : {}),
      ...(organizationId ? { organizationId, organizationName } : {}),
    },
    ...(inbox ? { inbox } : {}),
    ...(input.action === 'answer' && text ? { answer: { text, at, organizationName: message.organizationName ?? '', ...files } } : {}),
    ...(input.action === 'interim' && text ? { interimAnswer: { text, at, ...files } } : {}),
    ...(newDeadline ? { deadline: { deadlineAt: newDeadline.dueAt, deadlineDate: newDeadline.dueDate } } : {}),
    ...(input.action === 'extend' ? { usesExtension: true } : {}),
    ...(target ? { organization: { organizationId: target.id, organizationName: target.name } } : {}),
    // released: the sweeper routes it on its next run, and screening no longer holds it
    ...(input.action === 'release' ? { release: { routingShard: routingShardOf(id), routingPendingSince: at } } : {}),
    ...(message.status === 'on_moderation' ? { leavesModerationQueue: true } : {}),
  };
  const saved = await deps.saveTransition(transition);
  if (saved === 'version_conflict') throw versionConflict((await deps.getMessage(id, { consistent: true })) ?? message);
  if (input.action === 'answer') await deps.notify(messageEvent('message.answered', id, at, message.correlationId));
  if (target) {
    for (const event of arrivalEvents('message.redirected', { messageId: id, organizationId: target.id, occurredAt: at, correlationId: message.correlationId })) {
      await deps.notify(event);
    }
  }
  if (input.action === 'reject') await deps.notify(messageEvent('message.rejected', id, at, message.correlationId));
  return saved;
};
