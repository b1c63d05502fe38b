import { kurskRegion, organizations, roadRules } from './fakes.test-support.ts';
import { planRouting, type RoutingLookups } from './routing-plan.ts';

const lookups: RoutingLookups = {
  getRegion: async (code) => (code === '38' ? kurskRegion : undefined),
  getRoutingRules: async (categoryId) => roadRules.filter((rule) => rule.categoryId === categoryId),
  getOrganization: async (id) => organizations[id],
};
const message = { regionCode: '38', oktmo: '38701000', createdAt: '2026-12-04T09:00:00.000Z' };
const missing = (what: string) => new Error(`missing ${what}`);

describe('planRouting', () => {
  it('sends a categorised message where the rules say, with the category’s deadline', async () => {
    const plan = await planRouting(message, { id: 'roads', workingDays: 5 }, lookups, missing);
    expect(plan).toMatchObject({ organization: { id: 'adm-kursk' }, routedBy: 'municipality_category', workingDays: 5 });
    expect(plan.deadline.dueDate).toBe('2026-12-11');
  });

  it('sends a message without a category, or without a rule, to the region’s ЦУР', async () => {
    expect(await planRouting(message, undefined, lookups, missing)).toMatchObject({ organization: { id: 'cur-38' }, routedBy: 'triage', workingDays: 10 });
    expect((await planRouting(message, { id: 'culture', workingDays: 10 }, lookups, missing)).organization.id).toBe('cur-38');
  });

  it('fails with the caller’s error when reference data is missing', async () => {
    await expect(planRouting({ ...message, regionCode: '99' }, undefined, lookups, missing)).rejects.toThrow('missing region 99');
  });
});
