import { inboxKeys } from '#lib/domain/inbox.ts';
import type { Category } from '#lib/domain/types.ts';
import type { MessageRecord, RoutingUpdate, ScreenOutUpdate } from '#lib/db/messages.ts';
import { arrivalEvents, messageEvent, type NotificationEvent } from '#lib/notifications/events.ts';
import type { Screening, ScreeningVerdict } from './screening.ts';
import { screen } from './screening.ts';
import { assignmentOf, planRouting, type RoutingLookups } from './routing-plan.ts';

export interface RouteDeps extends RoutingLookups {
  getMessage(id: string, options: { consistent: boolean }): Promise<MessageRecord | undefined>;
  getCategory(id: string): Promise<Category | undefined>;
  markRouted(id: string, update: RoutingUpdate): Promise<boolean>;
  markScreenedOut(id: string, update: ScreenOutUpdate): Promise<boolean>;
  screening: Screening;
  notify(event: NotificationEvent): Promise<void>;
  now(): Date;
}

export type RouteOutcome = 'routed' | 'triaged' | 'rejected' | 'held' | 'already_routed' | 'not_routable_status' | 'missing';

/** Thrown for data the pipeline cannot route however often it retries; the record ends in the DLQ. */
export class RoutingDataError extends Error {
  override name = 'RoutingDataError';
}

const need = async <T>(value: Promise<T | undefined>, what: string): Promise<T> => {
  const found = await value;
  if (found === undefined) throw new RoutingDataError(`${what} is missing`);
  return found;
};

/** A repeat of a delivery: the step is already in the history, so only its notification is sent again. */
const repeatNotification = async (message: MessageRecord, deps: RouteDeps): Promise<RouteOutcome> => {
  const step = message.history.find((candidate) => candidate.event === 'routed' || candidate.event === 'rejected');
  if (!step) return 'not_routable_status';
  const events = step.event === 'routed'
    ? arrivalEvents('message.routed', { messageId: message.id, organizationId: step.organizationId ?? message.organizationId ?? '', occurredAt: step.at, correlationId: message.correlationId })
    : [messageEvent('message.rejected', message.id, step.at, message.correlationId)];
  for (const event of events) await deps.notify(event);
  return 'already_routed';
};

const screenOut = async (message: MessageRecord, verdict: Extract<ScreeningVerdict, { kind: 'screened_out' }>, deps: RouteDeps) => {
  const at = deps.now().toISOString();
  const rejected = verdict.decision === 'reject';
  const done = await deps.markScreenedOut(message.id, {
    status: rejected ? 'rejected' : 'on_moderation',
    reasons: verdict.reasons,
    ...(verdict.repeatOf ? { repeatOf: verdict.repeatOf } : {}),
    step: {
      at,
      status: rejected ? 'rejected' : 'on_moderation',
      actor: 'system',
      event: rejected ? 'rejected' : 'held',
      reason: verdict.reasons.join(','),
    },
  });
  if (!done) return routeMessage(message.id, deps);
  if (rejected) await deps.notify(messageEvent('message.rejected', message.id, at, message.correlationId));
  return rejected ? 'rejected' : 'held';
};

/**
 * Screens and routes one registered message: moderation first, then the category (the citizen's, or the
 * classifier's when confident, else the coordinator's triage), then the organization by the routing rules and the
 * deadline. Safe to run twice for the same message (streams deliver at least once): the status condition lets one
 * run win, and a repeat only re-sends the notification event, which the notifier de-duplicates by its id.
 */
export const routeMessage = async (messageId: string, deps: RouteDeps): Promise<RouteOutcome> => {
  const message = await deps.getMessage(messageId, { consistent: true });
  if (!message) return 'missing';
  if (message.status !== 'registered') return repeatNotification(message, deps);

  const verdict = await screen(message, deps.screening);
  if (verdict.kind === 'screened_out') return screenOut(message, verdict, deps);

  const categoryId = verdict.categoryId;
  const category = categoryId ? await need(deps.getCategory(categoryId), `category ${categoryId}`) : undefined;
  const plan = await planRouting(
    message,
    category && { id: category.id, subcategoryId: verdict.subcategoryId, workingDays: category.deadline.workingDays },
    deps,
    (what) => new RoutingDataError(`${what} is missing`),
  );
  const { organization } = plan;
  const at = deps.now().toISOString();
  const inbox = inboxKeys({ id: message.id, status: 'routed', organizationId: organization.id, regionCode: message.regionCode, deadlineAt: plan.deadline.dueAt });
  if (!inbox) throw new Error('a routed message has an inbox');
  const routed = await deps.markRouted(message.id, {
    inbox,
    ...assignmentOf(plan),
    screening: verdict.record,
    step: {
      at,
      status: 'routed',
      actor: 'system',
      event: 'routed',
      organizationId: organization.id,
      organizationName: organization.name,
      ...(categoryId ? {} : { reason: 'triage' }),
    },
  });
  if (!routed) return routeMessage(messageId, deps);
  const arrival = { messageId: message.id, organizationId: organization.id, occurredAt: at, correlationId: message.correlationId };
  for (const event of arrivalEvents('message.routed', arrival)) await deps.notify(event);
  return categoryId ? 'routed' : 'triaged';
};
