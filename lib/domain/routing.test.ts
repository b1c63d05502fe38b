import { resolveOrganization, reviewingOrganizationId, routingRuleKeys } from './routing.ts';
import type { RoutingRule } from './types.ts';

const KURSK = '38701000';
const ZHELEZNOGORSK = '38705000';

const rules: RoutingRule[] = [
  { categoryId: 'roads', scope: { kind: 'region', regionCode: '38' }, organizationId: 'min-transport-38' },
  {
    categoryId: 'roads',
    subcategoryId: 'roads.snow',
    scope: { kind: 'region', regionCode: '38' },
    organizationId: 'road-service-38',
  },
  { categoryId: 'roads', scope: { kind: 'municipality', oktmo: KURSK }, organizationId: 'adm-kursk' },
  {
    categoryId: 'roads',
    subcategoryId: 'roads.traffic-lights',
    scope: { kind: 'municipality', oktmo: KURSK },
    organizationId: 'kursk-traffic',
  },
  { categoryId: 'housing', scope: { kind: 'region', regionCode: '50' }, organizationId: 'min-housing-50' },
];

function route(categoryId: string, oktmo: string, subcategoryId?: string, regionCode = '38') {
  return resolveOrganization({
    categoryId,
    subcategoryId,
    oktmo,
    regionCode,
    rules,
    coordinatorOrganizationId: `cur-${regionCode}`,
  });
}

describe('resolveOrganization', () => {
  it('prefers a municipality rule for the subcategory', () => {
    expect(route('roads', KURSK, 'roads.traffic-lights')).toEqual({
      organizationId: 'kursk-traffic',
      matchedBy: 'municipality_subcategory',
    });
  });

  it('uses the municipality category rule over a region subcategory rule', () => {
    expect(route('roads', KURSK, 'roads.snow')).toEqual({
      organizationId: 'adm-kursk',
      matchedBy: 'municipality_category',
    });
  });

  it('falls to the region subcategory rule outside the municipality', () => {
    expect(route('roads', ZHELEZNOGORSK, 'roads.snow')).toEqual({
      organizationId: 'road-service-38',
      matchedBy: 'region_subcategory',
    });
  });

  it('falls to the region category rule', () => {
    expect(route('roads', ZHELEZNOGORSK, 'roads.potholes')).toEqual({
      organizationId: 'min-transport-38',
      matchedBy: 'region_category',
    });
    expect(route('roads', ZHELEZNOGORSK)).toEqual({
      organizationId: 'min-transport-38',
      matchedBy: 'region_category',
    });
  });

  it('falls back to the region’s coordinator when nothing matches', () => {
    expect(route('culture', KURSK)).toEqual({ organizationId: 'cur-38', matchedBy: 'coordinator_fallback' });
    // A rule of another region does not apply.
    expect(route('housing', KURSK, 'housing.roof')).toEqual({
      organizationId: 'cur-38',
      matchedBy: 'coordinator_fallback',
    });
  });
});

describe('routingRuleKeys', () => {
  it('lists the four lookups, most specific first', () => {
    expect(routingRuleKeys({ categoryId: 'roads', subcategoryId: 'roads.snow', oktmo: KURSK, regionCode: '38' })).toEqual([
      { scopeKey: 'OKTMO#38701000', subKey: 'roads.snow', matchedBy: 'municipality_subcategory' },
      { scopeKey: 'OKTMO#38701000', subKey: '*', matchedBy: 'municipality_category' },
      { scopeKey: 'REGION#38', subKey: 'roads.snow', matchedBy: 'region_subcategory' },
      { scopeKey: 'REGION#38', subKey: '*', matchedBy: 'region_category' },
    ]);
  });

  it('skips subcategory lookups when there is no subcategory', () => {
    expect(routingRuleKeys({ categoryId: 'roads', oktmo: KURSK, regionCode: '38' })).toEqual([
      { scopeKey: 'OKTMO#38701000', subKey: '*', matchedBy: 'municipality_category' },
      { scopeKey: 'REGION#38', subKey: '*', matchedBy: 'region_category' },
    ]);
  });
});

describe('reviewingOrganizationId', () => {
  const region = { coordinatorOrganizationId: 'cur-38' };
  it('gives a reopened message to the organization’s supervisor when it has one', () => {
    expect(reviewingOrganizationId({ supervisorOrganizationId: 'min-health-38' }, region)).toBe('min-health-38');
  });
  it('else to the region’s coordinator (ЦУР), also when the organization is unknown', () => {
    expect(reviewingOrganizationId({}, region)).toBe('cur-38');
    expect(reviewingOrganizationId(undefined, region)).toBe('cur-38');
  });
});
