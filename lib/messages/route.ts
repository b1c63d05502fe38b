import { computeDeadline } from '#lib/domain/deadlines.ts';
import { resolveOrganization, routingRuleKeys, type RoutingRuleKey } from '#lib/domain/routing.ts';
import type { Category, Organization, Region, RoutingRule } from '#lib/domain/types.ts';
import type { MessageRecord, RoutingUpdate } from '#lib/db/messages.ts';
import { type NotificationEvent, routedEvent } from '#lib/notifications/events.ts';

export interface RouteDeps {
  getMessage(id: string, options: { consistent: boolean }): Promise<MessageRecord | undefined>;
  getCategory(id: string): Promise<Category | undefined>;
  getRegion(code: string): Promise<Region | undefined>;
  getRoutingRules(categoryId: string, keys: readonly RoutingRuleKey[]): Promise<RoutingRule[]>;
  getOrganization(id: string): Promise<Organization | undefined>;
  markRouted(id: string, update: RoutingUpdate): Promise<boolean>;
  notify(event: NotificationEvent): Promise<void>;
  now(): Date;
}

export type RouteOutcome = 'routed' | 'already_routed' | 'not_routable_status' | 'missing';

/** Thrown for data the pipeline cannot route however often it retries; the record ends in the DLQ. */
export class RoutingDataError extends Error {
  override name = 'RoutingDataError';
}

const need = async <T>(value: Promise<T | undefined>, what: string): Promise<T> => {
  const found = await value;
  if (found === undefined) throw new RoutingDataError(`${what} is missing`);
  return found;
};

/**
 * Routes one registered message. Safe to run twice for the same message (streams deliver at least once): the
 * status condition lets one run win, and a repeat only re-sends the notification event, which the notifier
 * de-duplicates by its event id.
 */
export const routeMessage = async (messageId: string, deps: RouteDeps): Promise<RouteOutcome> => {
  const message = await deps.getMessage(messageId, { consistent: true });
  if (!message) return 'missing';
  if (message.status !== 'registered') {
    const routedStep = message.history.find((step) => step.event === 'routed');
    if (!routedStep) return 'not_routable_status';
    await deps.notify(routedEvent(message.id, routedStep.at, message.correlationId));
    return 'already_routed';
  }

  const [category, region] = await Promise.all([
    need(deps.getCategory(message.categoryId), `category ${message.categoryId}`),
    need(deps.getRegion(message.regionCode), `region ${message.regionCode}`),
  ]);
  const target = {
    categoryId: message.categoryId,
    oktmo: message.oktmo,
    regionCode: message.regionCode,
    ...(message.subcategoryId ? { subcategoryId: message.subcategoryId } : {}),
  };
  const rules = await deps.getRoutingRules(message.categoryId, routingRuleKeys(target));
  const decision = resolveOrganization({ ...target, rules, coordinatorOrganizationId: region.coordinatorOrganizationId });
  const organization = await need(deps.getOrganization(decision.organizationId), `organization ${decision.organizationId}`);

  // The deadline runs from registration, by the category's rule, in the region's time zone.
  const deadline = computeDeadline({
    registeredAt: new Date(message.createdAt),
    workingDays: category.deadline.workingDays,
    timeZone: region.timeZone,
  });
  const at = deps.now().toISOString();
  const routed = await deps.markRouted(message.id, {
    organizationId: organization.id,
    organizationName: organization.name,
    routedBy: decision.matchedBy,
    deadlineAt: deadline.dueAt,
    deadlineDate: deadline.dueDate,
    deadlineWorkingDays: category.deadline.workingDays,
    step: {
      at,
      status: 'routed',
      actor: 'system',
      event: 'routed',
      organizationId: organization.id,
      organizationName: organization.name,
    },
  });
  if (!routed) return routeMessage(messageId, deps);
  await deps.notify(routedEvent(message.id, at, message.correlationId));
  return 'routed';
};
