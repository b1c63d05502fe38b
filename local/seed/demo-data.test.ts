import { CATEGORY_NAMES, findCategory } from '#lib/domain/rubricator.ts';
import { resolveOrganization } from '#lib/domain/routing.ts';
import {
  demoCategories,
  demoOrganizations,
  demoRegions,
  demoRoutingRules,
  demoTerritories,
  demoUsers,
} from './demo-data.ts';

const orgById = new Map(demoOrganizations.map((o) => [o.id, o]));
const territoryByOktmo = new Map(demoTerritories.map((t) => [t.oktmo, t]));
const regionByCode = new Map(demoRegions.map((r) => [r.code, r]));

function route(categoryId: string, oktmo: string, subcategoryId?: string) {
  const territory = territoryByOktmo.get(oktmo)!;
  const region = regionByCode.get(territory.regionCode)!;
  return resolveOrganization({
    categoryId,
    subcategoryId,
    oktmo,
    regionCode: region.code,
    rules: demoRoutingRules,
    coordinatorOrganizationId: region.coordinatorOrganizationId,
  });
}

describe('demo categories', () => {
  it('carry the 15 rubricator names exactly, in order, with the agreed slugs', () => {
    expect(demoCategories.map((c) => c.name)).toEqual([...CATEGORY_NAMES]);
    expect(demoCategories.map((c) => c.id)).toEqual([
      'improvement', 'housing', 'healthcare', 'culture', 'forestry', 'education', 'business', 'roads',
      'telecom', 'agriculture', 'social', 'construction', 'transport', 'sport', 'ecology',
    ]);
  });

  it('have 3–10 uniquely named subcategories prefixed by the category id', () => {
    const allIds = demoCategories.flatMap((c) => c.subcategories.map((s) => s.id));
    expect(new Set(allIds).size).toBe(allIds.length);
    for (const c of demoCategories) {
      expect(c.subcategories.length).toBeGreaterThanOrEqual(3);
      expect(c.subcategories.length).toBeLessThanOrEqual(10);
      for (const s of c.subcategories) expect(s.id.startsWith(`${c.id}.`)).toBe(true);
      expect(c.deadline.workingDays).toBe(10);
    }
  });
});

describe('demo territories and organizations', () => {
  it('give each region at least 4 municipalities with ОКТМО codes of the region, in its time zone', () => {
    for (const region of demoRegions) {
      const territories = demoTerritories.filter((t) => t.regionCode === region.code);
      expect(territories.length).toBeGreaterThanOrEqual(4);
      for (const t of territories) {
        expect(t.oktmo).toMatch(new RegExp(`^${region.code}\\d{6}$`));
        expect(t.timeZone).toBe(region.timeZone);
      }
    }
    expect(new Set(demoRegions.map((r) => r.timeZone)).size).toBe(demoRegions.length);
  });

  it('give each region a ЦУР coordinator organization', () => {
    for (const region of demoRegions) {
      const coordinator = orgById.get(region.coordinatorOrganizationId);
      expect(coordinator?.kind).toBe('coordinator');
      expect(coordinator?.regionCode).toBe(region.code);
    }
  });

  it('give each municipality an administration', () => {
    for (const t of demoTerritories) {
      const admins = demoOrganizations.filter((o) => o.kind === 'municipal_administration' && o.oktmo === t.oktmo);
      expect(admins).toHaveLength(1);
    }
  });

  it('have unique ids and demo e-mails', () => {
    expect(new Set(demoOrganizations.map((o) => o.id)).size).toBe(demoOrganizations.length);
    for (const o of demoOrganizations) {
      expect(o.email).toMatch(/^[\w.-]+@[\w-]+\.example\.ru$/);
      expect(regionByCode.has(o.regionCode)).toBe(true);
    }
  });
});

describe('demo routing rules', () => {
  it('point to existing categories, subcategories, territories and organizations of the same region', () => {
    for (const rule of demoRoutingRules) {
      expect(findCategory(demoCategories, rule.categoryId, rule.subcategoryId).ok).toBe(true);
      const org = orgById.get(rule.organizationId);
      expect(org).toBeDefined();
      const regionCode =
        rule.scope.kind === 'region' ? rule.scope.regionCode : territoryByOktmo.get(rule.scope.oktmo)?.regionCode;
      expect(regionCode).toBeDefined();
      expect(regionByCode.has(regionCode!)).toBe(true);
      expect(org?.regionCode).toBe(regionCode);
    }
  });

  it('have no two rules for the same lookup key', () => {
    const keys = demoRoutingRules.map((r) =>
      [r.categoryId, r.scope.kind === 'region' ? r.scope.regionCode : r.scope.oktmo, r.subcategoryId ?? '*'].join('|'),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('route by municipality, region, subcategory and coordinator fallback', () => {
    expect(route('improvement', '38701000')).toEqual({ organizationId: 'adm-kursk-city', matchedBy: 'municipality_category' });
    expect(route('housing', '38708000', 'housing.heating')).toEqual({
      organizationId: 'adm-kurchatov-city',
      matchedBy: 'municipality_subcategory',
    });
    expect(route('housing', '50708000', 'housing.major-repairs')).toEqual({
      organizationId: 'fkr-50',
      matchedBy: 'region_subcategory',
    });
    expect(route('healthcare', '50615000', 'healthcare.appointments')).toEqual({
      organizationId: 'min-health-50',
      matchedBy: 'region_category',
    });
    expect(route('telecom', '50701000')).toEqual({ organizationId: 'cur-50', matchedBy: 'coordinator_fallback' });
    expect(route('improvement', '38621000')).toEqual({ organizationId: 'cur-38', matchedBy: 'coordinator_fallback' });
  });
});

describe('demo users', () => {
  it('have the agreed ids and unique e-mails', () => {
    const ids = demoUsers.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(demoUsers.map((u) => u.email)).size).toBe(ids.length);
    for (const id of ['citizen-1', 'citizen-2', 'citizen-3', 'coordinator-38', 'coordinator-50', 'moderator-1', 'analyst-1', 'platform-admin-1']) {
      expect(ids).toContain(id);
    }
    expect(demoUsers.find((u) => u.id === 'citizen-1')?.email).toBe('citizen-1@example.ru');
  });

  it('belong to existing organizations, coordinators to their region’s ЦУР', () => {
    for (const user of demoUsers) {
      if (user.organizationId === undefined) continue;
      const org = orgById.get(user.organizationId);
      expect(org).toBeDefined();
      expect(user.regionCode).toBe(org?.regionCode);
    }
    for (const region of demoRegions) {
      const coordinator = demoUsers.find((u) => u.id === `coordinator-${region.code}`);
      expect(coordinator).toMatchObject({ role: 'coordinator', organizationId: region.coordinatorOrganizationId });
    }
  });

  it('include an official and an org admin for at least two organizations', () => {
    const staffed = demoOrganizations.filter(
      (o) =>
        demoUsers.some((u) => u.role === 'official' && u.organizationId === o.id) &&
        demoUsers.some((u) => u.role === 'org_admin' && u.organizationId === o.id),
    );
    expect(staffed.length).toBeGreaterThanOrEqual(2);
  });
});
