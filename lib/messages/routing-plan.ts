import { computeDeadline, type Deadline } from '#lib/domain/deadlines.ts';
import { resolveOrganization, routingRuleKeys, type RoutingRuleKey } from '#lib/domain/routing.ts';
import type { RoutingAssignment } from '#lib/db/messages.ts';
import { DEFAULT_DEADLINE_RULE, type Organization, type Region, type RoutingRule } from '#lib/domain/types.ts';

export interface RoutingLookups {
  getRegion(code: string): Promise<Region | undefined>;
  getRoutingRules(categoryId: string, keys: readonly RoutingRuleKey[]): Promise<RoutingRule[]>;
  getOrganization(id: string): Promise<Organization | undefined>;
}

export interface RoutingPlan {
  organization: Organization;
  /** which rule matched, or `triage` when the message had no category */
  routedBy: string;
  workingDays: number;
  deadline: Deadline;
}

/**
 * Where a message goes and by when, the one way the pipeline and a coordinator's triage decision both route: the
 * organization the routing rules name for the category and territory (the region's ЦУР when no rule matches, or
 * when there is no category yet), and the category's deadline counted from registration in the region's time zone.
 * `missing` makes the error for absent reference data (the pipeline's goes to its DLQ).
 */
export const planRouting = async (
  message: { regionCode: string; oktmo: string; createdAt: string },
  category: { id: string; subcategoryId?: string | undefined; workingDays: number } | undefined,
  lookups: RoutingLookups,
  missing: (what: string) => Error,
): Promise<RoutingPlan> => {
  const region = await lookups.getRegion(message.regionCode);
  if (!region) throw missing(`region ${message.regionCode}`);
  let organizationId = region.coordinatorOrganizationId;
  let routedBy = 'triage';
  if (category) {
    const target = { categoryId: category.id, oktmo: message.oktmo, regionCode: message.regionCode, ...(category.subcategoryId ? { subcategoryId: category.subcategoryId } : {}) };
    const rules = await lookups.getRoutingRules(category.id, routingRuleKeys(target));
    const decision = resolveOrganization({ ...target, rules, coordinatorOrganizationId: region.coordinatorOrganizationId });
    organizationId = decision.organizationId;
    routedBy = decision.matchedBy;
  }
  const organization = await lookups.getOrganization(organizationId);
  if (!organization) throw missing(`organization ${organizationId}`);
  const workingDays = category?.workingDays ?? DEFAULT_DEADLINE_RULE.workingDays;
  const deadline = computeDeadline({ registeredAt: new Date(message.createdAt), workingDays, timeZone: region.timeZone });
  return { organization, routedBy, workingDays, deadline };
};

/** The message attributes a plan sets. */
export const assignmentOf = (plan: RoutingPlan): RoutingAssignment => ({
  organizationId: plan.organization.id,
  organizationName: plan.organization.name,
  routedBy: plan.routedBy,
  deadlineAt: plan.deadline.dueAt,
  deadlineDate: plan.deadline.dueDate,
  deadlineWorkingDays: plan.workingDays,
});
