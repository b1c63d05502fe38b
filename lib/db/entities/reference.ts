import { Entity, item, list, map, number, string } from 'dynamodb-toolbox';
import { mainTable } from '../table.ts';

// Reference data administered by platform admins (seeded locally). Each kind lives in one small partition
// read by Query on the public list endpoints and by GetItem (cached per container) on the write path.

export const CategoryEntity = new Entity({
  name: 'category',
  table: mainTable,
  timestamps: false,
  schema: item({
    id: string().key(),
    name: string(),
    position: number(),
    deadlineWorkingDays: number(),
    subcategories: list(map({ id: string(), name: string() })),
  }),
  computeKey: ({ id }) => ({ PK: 'RUBRICATOR', SK: `CATEGORY#${id}` }),
});

export const RegionEntity = new Entity({
  name: 'region',
  table: mainTable,
  timestamps: false,
  schema: item({
    code: string().key(),
    name: string(),
    timeZone: string(),
    coordinatorOrganizationId: string(),
  }),
  computeKey: ({ code }) => ({ PK: 'REGION', SK: `REGION#${code}` }),
});

export const TerritoryEntity = new Entity({
  name: 'territory',
  table: mainTable,
  timestamps: false,
  schema: item({
    oktmo: string().key(),
    name: string(),
    regionCode: string(),
    timeZone: string(),
  }),
  computeKey: ({ oktmo }) => ({ PK: 'TERRITORY', SK: `OKTMO#${oktmo}` }),
});

export const OrganizationEntity = new Entity({
  name: 'organization',
  table: mainTable,
  timestamps: false,
  schema: item({
    id: string().key(),
    name: string(),
    kind: string(),
    regionCode: string(),
    oktmo: string().optional(),
    email: string(),
  }),
  computeKey: ({ id }) => ({ PK: `ORG#${id}`, SK: 'ORG' }),
});

/** A routing rule; `scopeKey` is `OKTMO#<oktmo>` or `REGION#<code>`, `subKey` a subcategory id or `*`. */
export const RoutingRuleEntity = new Entity({
  name: 'routingRule',
  table: mainTable,
  timestamps: false,
  schema: item({
    categoryId: string().key(),
    scopeKey: string().key(),
    subKey: string().key(),
    organizationId: string(),
  }),
  computeKey: ({ categoryId, scopeKey, subKey }) => ({ PK: `ROUTING#${categoryId}`, SK: `${scopeKey}#SUB#${subKey}` }),
});
