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
    supervisorOrganizationId: string().optional(),
  }),
  // one partition, like the other reference kinds: the redirect dialog lists a region's organizations in one Query
  computeKey: ({ id }) => ({ PK: 'ORGANIZATION', SK: `ORG#${id}` }),
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

/**
 * An answer template: `owner` is `ORG#<organizationId>` (written by the organization's admin) or `CATEGORY#<id>`
 * (platform-wide, per category). One small partition per owner.
 */
export const AnswerTemplateEntity = new Entity({
  name: 'answerTemplate',
  table: mainTable,
  timestamps: false,
  schema: item({
    owner: string().key(),
    id: string().key(),
    title: string(),
    text: string(),
    categoryId: string().optional(),
    createdAt: string(),
  }),
  computeKey: ({ owner, id }) => ({ PK: `TEMPLATES#${owner}`, SK: `TEMPLATE#${id}` }),
});

/**
 * How many templates an owner has: raised in the same transaction that adds one, on the condition that it is below
 * the cap, so that concurrent additions cannot pass it. Its own partition, outside the templates' Query.
 */
export const AnswerTemplateCountEntity = new Entity({
  name: 'answerTemplateCount',
  table: mainTable,
  timestamps: false,
  schema: item({
    owner: string().key(),
    count: number(),
  }),
  computeKey: ({ owner }) => ({ PK: `TEMPLATECOUNT#${owner}`, SK: 'COUNT' }),
});
