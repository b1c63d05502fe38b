import { inboxKeys } from '#lib/domain/inbox.ts';
import { findCategory } from '#lib/domain/rubricator.ts';
import type { Category } from '#lib/domain/types.ts';
import type { CategoryDecision, MessageRecord } from '#lib/db/messages.ts';
import type { Caller } from '#lib/http/auth.ts';
import { conflict, notFound, unprocessable } from '#lib/http/problem.ts';
import { arrivalEvents, type NotificationEvent } from '#lib/notifications/events.ts';
import { officialMaySee } from './access.ts';
import { versionConflict } from './problems.ts';
import { assignmentOf, planRouting, type RoutingLookups } from './routing-plan.ts';

export interface DecideCategoryInput {
  categoryId: string;
  subcategoryId?: string;
  expectedVersion: number;
}

export interface DecideCategoryDeps extends RoutingLookups {
  getMessage(id: string, options: { consistent: boolean }): Promise<MessageRecord | undefined>;
  getCategory(id: string): Promise<Category | undefined>;
  saveCategoryDecision(decision: CategoryDecision): Promise<'saved' | 'version_conflict'>;
  notify(event: NotificationEvent): Promise<void>;
  now(): Date;
}

const OPEN_STATUSES = new Set(['routed', 'in_progress', 'reopened']);

/**
 * An official confirms or corrects a message's category; the text and the final category become a labeled example
 * for retraining. A coordinator deciding a triage message also routes it to the organization the rules name.
 */
export const decideCategory = async (
  messageId: string,
  input: DecideCategoryInput,
  caller: Caller,
  deps: DecideCategoryDeps,
): Promise<MessageRecord> => {
  const message = await deps.getMessage(messageId, { consistent: true });
  if (!message || !officialMaySee(caller, message)) throw notFound('message_not_found', 'Сообщение не найдено.');
  if (message.version !== input.expectedVersion) throw versionConflict(message);
  if (!OPEN_STATUSES.has(message.status)) {
    throw conflict('status_conflict', 'Категорию можно подтвердить только у сообщения, которое сейчас рассматривается.');
  }
  const category = await deps.getCategory(input.categoryId);
  const lookup = findCategory(category ? [category] : [], input.categoryId, input.subcategoryId);
  if (!lookup.ok) {
    throw unprocessable(lookup.reason === 'unknown_category' ? 'unknown_category' : 'subcategory_mismatch', 'Выберите категорию и подкатегорию из рубрикатора.');
  }

  const at = deps.now().toISOString();
  const corrected = message.categoryId !== input.categoryId;
  const actor = caller.role === 'coordinator' ? 'coordinator' : 'official';
  const decision: CategoryDecision = {
    messageId,
    expectedVersion: input.expectedVersion,
    categoryId: input.categoryId,
    categoryName: lookup.category.name,
    ...(input.subcategoryId ? { subcategoryId: input.subcategoryId } : {}),
    text: message.text,
    corrected,
    at,
    steps: [{ at, status: message.status, actor, event: corrected ? 'category_corrected' : 'category_confirmed', reason: input.categoryId }],
  };

  if (message.triage && caller.role === 'coordinator') {
    const category = { id: input.categoryId, subcategoryId: input.subcategoryId, workingDays: lookup.category.deadline.workingDays };
    const plan = await planRouting(message, category, deps, (what) => new Error(`${what} is missing`));
    const { organization } = plan;
    const inbox = inboxKeys({ id: message.id, status: message.status, organizationId: organization.id, regionCode: message.regionCode, deadlineAt: plan.deadline.dueAt });
    if (!inbox) throw new Error(`a ${message.status} message has an inbox`);
    decision.reroute = { ...assignmentOf(plan), ...inbox };
    decision.steps.push({ at, status: 'routed', actor, event: 'routed', organizationId: organization.id, organizationName: organization.name });
  }

  if ((await deps.saveCategoryDecision(decision)) === 'version_conflict') {
    const current = await deps.getMessage(messageId, { consistent: true });
    throw versionConflict(current ?? message);
  }
  if (decision.reroute) {
    const arrival = { messageId, organizationId: decision.reroute.organizationId, occurredAt: at, correlationId: message.correlationId };
    for (const event of arrivalEvents('message.routed', arrival)) await deps.notify(event);
  }
  const saved = await deps.getMessage(messageId, { consistent: true });
  if (!saved) throw new Error('message vanished after the decision');
  return saved;
};
