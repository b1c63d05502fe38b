import type { Organization, Region, RoutingRule, RoutingScope } from './types.ts';

export type RoutingMatch =
  | 'municipality_subcategory'
  | 'municipality_category'
  | 'region_subcategory'
  | 'region_category'
  | 'coordinator_fallback';

/** Sub-key of a rule that applies to the whole category. */
export const ANY_SUBCATEGORY = '*';

export interface RoutingRuleKey {
  /** 'OKTMO#<oktmo>' | 'REGION#<code>' */
  scopeKey: string;
  /** A subcategory id, or '*' for a category-wide rule. */
  subKey: string;
  matchedBy: Exclude<RoutingMatch, 'coordinator_fallback'>;
}

export interface RoutingTarget {
  categoryId: string;
  subcategoryId?: string;
  oktmo: string;
  regionCode: string;
}

export function scopeKey(scope: RoutingScope): string {
  return scope.kind === 'municipality' ? `OKTMO#${scope.oktmo}` : `REGION#${scope.regionCode}`;
}

export function ruleSubKey(rule: Pick<RoutingRule, 'subcategoryId'>): string {
  return rule.subcategoryId ?? ANY_SUBCATEGORY;
}

/** The rule keys to look up for a message, most specific first; categoryId is common to all of them. */
export function routingRuleKeys({ subcategoryId, oktmo, regionCode }: RoutingTarget): RoutingRuleKey[] {
  const municipality = scopeKey({ kind: 'municipality', oktmo });
  const region = scopeKey({ kind: 'region', regionCode });
  const keys: RoutingRuleKey[] = [];
  if (subcategoryId !== undefined) {
    keys.push({ scopeKey: municipality, subKey: subcategoryId, matchedBy: 'municipality_subcategory' });
  }
  keys.push({ scopeKey: municipality, subKey: ANY_SUBCATEGORY, matchedBy: 'municipality_category' });
  if (subcategoryId !== undefined) {
    keys.push({ scopeKey: region, subKey: subcategoryId, matchedBy: 'region_subcategory' });
  }
  keys.push({ scopeKey: region, subKey: ANY_SUBCATEGORY, matchedBy: 'region_category' });
  return keys;
}

export interface RoutingInput extends RoutingTarget {
  rules: readonly RoutingRule[];
  coordinatorOrganizationId: string;
}

export interface RoutingDecision {
  organizationId: string;
  matchedBy: RoutingMatch;
}

/** Municipality before region, subcategory-specific before category-wide, else the region's ЦУР. */
export function resolveOrganization(input: RoutingInput): RoutingDecision {
  const candidates = input.rules.filter((rule) => rule.categoryId === input.categoryId);
  for (const key of routingRuleKeys(input)) {
    const rule = candidates.find((r) => scopeKey(r.scope) === key.scopeKey && ruleSubKey(r) === key.subKey);
    if (rule) return { organizationId: rule.organizationId, matchedBy: key.matchedBy };
  }
  return { organizationId: input.coordinatorOrganizationId, matchedBy: 'coordinator_fallback' };
}

/** Who considers a message again when the citizen is unsatisfied: the organization's supervisor, else the ЦУР. */
export const reviewingOrganizationId = (organization: Pick<Organization, 'supervisorOrganizationId'> | undefined, region: Pick<Region, 'coordinatorOrganizationId'>): string =>
  organization?.supervisorOrganizationId ?? region.coordinatorOrganizationId;
