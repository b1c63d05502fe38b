import type { Category, Organization, Region, RoutingRule, Territory } from '#lib/domain/types.ts';

// Small reference data for unit tests of the use cases (pure logic with fake side effects).
export const roads: Category = {
  id: 'roads',
  name: 'Ремонт дорог',
  subcategories: [{ id: 'roads.potholes', name: 'Ямы и выбоины' }],
  deadline: { workingDays: 10 },
};
export const kursk: Territory = { oktmo: '38701000', name: 'город Курск', regionCode: '38', timeZone: 'Europe/Moscow' };
export const kurskRegion: Region = { code: '38', name: 'Курская область', timeZone: 'Europe/Moscow', coordinatorOrganizationId: 'cur-38' };
export const organizations: Record<string, Organization> = {
  'cur-38': { id: 'cur-38', name: 'ЦУР Курской области', kind: 'coordinator', regionCode: '38', email: 'cur@example.ru' },
  'adm-kursk': { id: 'adm-kursk', name: 'Администрация города Курска', kind: 'municipal_administration', regionCode: '38', oktmo: '38701000', email: 'adm@example.ru' },
};
export const roadRules: RoutingRule[] = [
  { categoryId: 'roads', scope: { kind: 'municipality', oktmo: '38701000' }, organizationId: 'adm-kursk' },
];
