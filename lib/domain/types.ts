/** Answer time for a category, counted in working days of the region's production calendar. */
export interface DeadlineRule {
  workingDays: number;
}

/** ПОС fast track; the domain marks it *unverified*, hence a default, not a constant rule. */
export const DEFAULT_DEADLINE_RULE: DeadlineRule = { workingDays: 10 };

export interface Subcategory {
  id: string;
  name: string;
}

export interface Category {
  id: string;
  name: string;
  subcategories: Subcategory[];
  deadline: DeadlineRule;
}

export interface Region {
  /** 2-digit ОКТМО region code, e.g. '38'. */
  code: string;
  name: string;
  /** IANA time zone, e.g. 'Europe/Moscow'. */
  timeZone: string;
  coordinatorOrganizationId: string;
}

export interface Territory {
  /** 8-digit ОКТМО code of the municipality. */
  oktmo: string;
  name: string;
  regionCode: string;
  timeZone: string;
}

export type OrganizationKind =
  | 'regional_ministry'
  | 'municipal_administration'
  | 'coordinator'
  | 'federal_body'
  | 'other';

export interface Organization {
  id: string;
  name: string;
  kind: OrganizationKind;
  regionCode: string;
  oktmo?: string;
  email: string;
  /** the body that reviews this organization's answers when a citizen is unsatisfied; else the region's ЦУР */
  supervisorOrganizationId?: string;
}

export type RoutingScope =
  | { kind: 'municipality'; oktmo: string }
  | { kind: 'region'; regionCode: string };

export interface RoutingRule {
  categoryId: string;
  subcategoryId?: string;
  scope: RoutingScope;
  organizationId: string;
}

export type Role =
  | 'citizen'
  | 'official'
  | 'org_admin'
  | 'coordinator'
  | 'moderator'
  | 'analyst'
  | 'platform_admin';

export interface DemoUser {
  id: string;
  role: Role;
  name: string;
  email: string;
  organizationId?: string;
  regionCode?: string;
}
