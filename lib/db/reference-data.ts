import { BatchGetCommand, execute as executeBatchGet } from 'dynamodb-toolbox/table/actions/batchGet';
import { GetItemCommand, QueryCommand } from 'dynamodb-toolbox';
import { BatchGetRequest } from 'dynamodb-toolbox/entity/actions/batchGet';
import type { Category, Organization, Region, RoutingRule, Territory } from '#lib/domain/types.ts';
import type { RoutingRuleKey } from '#lib/domain/routing.ts';
import { TtlCache } from './cache.ts';
import {
  CategoryEntity,
  OrganizationEntity,
  RegionEntity,
  RoutingRuleEntity,
  TerritoryEntity,
} from './entities/reference.ts';
import { mainTable } from './table.ts';

const REFERENCE_TTL_MS = Number(process.env['REFERENCE_CACHE_TTL_MS'] ?? 60_000);

const categories = new TtlCache<Category | undefined>(REFERENCE_TTL_MS);
const territories = new TtlCache<Territory | undefined>(REFERENCE_TTL_MS);
const regions = new TtlCache<Region | undefined>(REFERENCE_TTL_MS);
const organizations = new TtlCache<Organization | undefined>(REFERENCE_TTL_MS);

type CategoryItem = { id: string; name: string; position: number; deadlineWorkingDays: number; subcategories: { id: string; name: string }[] };

const toCategory = (item: CategoryItem): Category => ({
  id: item.id,
  name: item.name,
  subcategories: item.subcategories,
  deadline: { workingDays: item.deadlineWorkingDays },
});

export const getCategory = (id: string): Promise<Category | undefined> =>
  categories.get(id, async () => {
    const { Item } = await CategoryEntity.build(GetItemCommand).key({ id }).send();
    return Item && toCategory(Item);
  });

export const getTerritory = (oktmo: string): Promise<Territory | undefined> =>
  territories.get(oktmo, async () => (await TerritoryEntity.build(GetItemCommand).key({ oktmo }).send()).Item);

export const getRegion = (code: string): Promise<Region | undefined> =>
  regions.get(code, async () => (await RegionEntity.build(GetItemCommand).key({ code }).send()).Item);

export const getOrganization = (id: string): Promise<Organization | undefined> =>
  organizations.get(id, async () => {
    const item = (await OrganizationEntity.build(GetItemCommand).key({ id }).send()).Item;
    return item && { ...item, kind: item.kind as Organization['kind'] };
  });

/** Every item of one reference partition, following pagination. */
const queryPartition = async <T>(
  entity: typeof CategoryEntity | typeof TerritoryEntity | typeof RegionEntity | typeof OrganizationEntity,
  partition: string,
): Promise<T[]> => {
  const items: T[] = [];
  let exclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await mainTable
      .build(QueryCommand)
      .entities(entity)
      .query({ partition })
      .options({ exclusiveStartKey })
      .send();
    items.push(...((page.Items ?? []) as T[]));
    exclusiveStartKey = page.LastEvaluatedKey;
  } while (exclusiveStartKey);
  return items;
};

/** The whole rubricator in the domain page's order. */
export const listCategories = async (): Promise<Category[]> => {
  const items = await queryPartition<CategoryItem>(CategoryEntity, 'RUBRICATOR');
  return items.sort((a, b) => a.position - b.position).map(toCategory);
};

export const listTerritories = async (): Promise<Territory[]> => {
  const items = await queryPartition<Territory>(TerritoryEntity, 'TERRITORY');
  return items.sort((a, b) => a.oktmo.localeCompare(b.oktmo));
};

/** Fetches exactly the candidate routing rules for a message in one BatchGetItem. */
export const getRoutingRules = async (categoryId: string, keys: readonly RoutingRuleKey[]): Promise<RoutingRule[]> => {
  const requests = keys.map((key) =>
    RoutingRuleEntity.build(BatchGetRequest).key({ categoryId, scopeKey: key.scopeKey, subKey: key.subKey }),
  );
  const command = mainTable.build(BatchGetCommand).requests(...(requests as [(typeof requests)[number]]));
  const { Responses } = await executeBatchGet({ maxAttempts: 3 }, command);
  const found = (Responses?.[0] ?? []).filter((item): item is NonNullable<typeof item> => item !== undefined);
  return found.map((rule) => {
    const [kind, value = ''] = rule.scopeKey.split('#');
    return {
      categoryId: rule.categoryId,
      ...(rule.subKey === '*' ? {} : { subcategoryId: rule.subKey }),
      scope: kind === 'OKTMO' ? { kind: 'municipality', oktmo: value } : { kind: 'region', regionCode: value },
      organizationId: rule.organizationId,
    };
  });
};

export const clearReferenceCaches = (): void => {
  for (const cache of [categories, territories, regions, organizations]) cache.clear();
};

/** Every region (a few dozen items in one partition). */
export const listRegions = async (): Promise<Region[]> => queryPartition<Region>(RegionEntity, 'REGION');

/** Every organization (reference data in one partition), by name. */
export const listOrganizations = async (): Promise<Organization[]> => {
  const items = await queryPartition<Organization>(OrganizationEntity, 'ORGANIZATION');
  return items.sort((a, b) => a.name.localeCompare(b.name, 'ru'));
};
