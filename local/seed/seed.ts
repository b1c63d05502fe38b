import { BatchWriteCommand, execute as executeBatchWrite } from 'dynamodb-toolbox/table/actions/batchWrite';
import { BatchPutRequest } from 'dynamodb-toolbox/entity/actions/batchPut';
import { ruleSubKey, scopeKey } from '#lib/domain/routing.ts';
import {
  AnswerTemplateCountEntity,
  AnswerTemplateEntity,
  CategoryEntity,
  OrganizationEntity,
  RegionEntity,
  RoutingRuleEntity,
  TerritoryEntity,
} from '#lib/db/entities/reference.ts';
import { mainTable } from '#lib/db/table.ts';
import {
  demoCategories,
  demoOrganizations,
  demoRegions,
  demoRoutingRules,
  demoTerritories,
} from './demo-data.ts';
import { demoAnswerTemplates } from './answer-templates.ts';

export interface SeedSummary {
  categories: number;
  regions: number;
  territories: number;
  organizations: number;
  routingRules: number;
  answerTemplates: number;
}

type PutRequest = { entity: unknown };

const BATCH_SIZE = 25;

const writeAll = async (requests: PutRequest[]): Promise<void> => {
  for (let start = 0; start < requests.length; start += BATCH_SIZE) {
    const chunk = requests.slice(start, start + BATCH_SIZE) as unknown as [BatchPutRequest];
    await executeBatchWrite({ maxAttempts: 5 }, mainTable.build(BatchWriteCommand).requests(...chunk));
  }
};

/** Writes the demo reference data (rubricator, territories, organizations, routing rules, answer templates). Idempotent. */
export const seedDemoData = async (): Promise<SeedSummary> => {
  const requests = [
    ...demoCategories.map((category, position) =>
      CategoryEntity.build(BatchPutRequest).item({
        id: category.id,
        name: category.name,
        position,
        deadlineWorkingDays: category.deadline.workingDays,
        subcategories: category.subcategories,
      }),
    ),
    ...demoRegions.map((region) => RegionEntity.build(BatchPutRequest).item(region)),
    ...demoTerritories.map((territory) => TerritoryEntity.build(BatchPutRequest).item(territory)),
    ...demoOrganizations.map((organization) => OrganizationEntity.build(BatchPutRequest).item(organization)),
    ...demoRoutingRules.map((rule) =>
      RoutingRuleEntity.build(BatchPutRequest).item({
        categoryId: rule.categoryId,
        scopeKey: scopeKey(rule.scope),
        subKey: ruleSubKey(rule),
        organizationId: rule.organizationId,
      }),
    ),
    ...demoAnswerTemplates.map((template) => AnswerTemplateEntity.build(BatchPutRequest).item(template)),
    // the seeded templates count towards their owners' cap, as if added one by one
    ...[...new Set(demoAnswerTemplates.map((template) => template.owner))].map((owner) =>
      AnswerTemplateCountEntity.build(BatchPutRequest).item({ owner, count: demoAnswerTemplates.filter((template) => template.owner === owner).length }),
    ),
  ];
  await writeAll(requests as unknown as PutRequest[]);
  return {
    categories: demoCategories.length,
    regions: demoRegions.length,
    territories: demoTerritories.length,
    organizations: demoOrganizations.length,
    routingRules: demoRoutingRules.length,
    answerTemplates: demoAnswerTemplates.length,
  };
};
