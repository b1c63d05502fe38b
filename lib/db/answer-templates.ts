import { $add, QueryCommand } from 'dynamodb-toolbox';
import { DeleteTransaction } from 'dynamodb-toolbox/entity/actions/transactDelete';
import { PutTransaction } from 'dynamodb-toolbox/entity/actions/transactPut';
import { UpdateTransaction } from 'dynamodb-toolbox/entity/actions/transactUpdate';
import { execute as executeTransactWrite } from 'dynamodb-toolbox/entity/actions/transactWrite';
import { whenFirstConditionHolds } from './conditional.ts';
import { AnswerTemplateCountEntity, AnswerTemplateEntity } from './entities/reference.ts';
import { mainTable } from './table.ts';

export interface AnswerTemplate {
  owner: string;
  id: string;
  title: string;
  text: string;
  categoryId?: string;
  createdAt: string;
}

export const organizationOwner = (organizationId: string): string => `ORG#${organizationId}`;
export const categoryOwner = (categoryId: string): string => `CATEGORY#${categoryId}`;

/** At most this many templates per owner: the answer form lists them all. */
export const MAX_TEMPLATES_PER_OWNER = 100;

/** The templates of each owner (one Query each), oldest first. */
export const listAnswerTemplates = async (owners: readonly string[]): Promise<AnswerTemplate[]> => {
  const pages = await Promise.all(
    owners.map((owner) =>
      mainTable
        .build(QueryCommand)
        .entities(AnswerTemplateEntity)
        .query({ partition: `TEMPLATES#${owner}` })
        .options({ limit: MAX_TEMPLATES_PER_OWNER })
        .send(),
    ),
  );
  return pages.flatMap((page) => page.Items ?? []);
};

/**
 * Saves a new template and counts it, in one transaction: `limit_reached` when the owner has
 * MAX_TEMPLATES_PER_OWNER already (however many officials add at once). The id is new, so the template's write is
 * conditional on nothing being there.
 */
export const createAnswerTemplate = async (template: AnswerTemplate): Promise<'created' | 'limit_reached'> => {
  const created = await whenFirstConditionHolds(() =>
    executeTransactWrite(
      AnswerTemplateCountEntity.build(UpdateTransaction)
        .item({ owner: template.owner, count: $add(1) })
        .options({ condition: { or: [{ attr: 'count', exists: false }, { attr: 'count', lt: MAX_TEMPLATES_PER_OWNER }] } }),
      AnswerTemplateEntity.build(PutTransaction).item(template).options({ condition: { attr: 'id', exists: false } }),
    ),
  );
  return created ? 'created' : 'limit_reached';
};

/** Deletes one of an owner's templates and counts it out, in one transaction: `missing` when there is no such one. */
export const deleteAnswerTemplate = async (owner: string, id: string): Promise<'deleted' | 'missing'> => {
  const deleted = await whenFirstConditionHolds(() =>
    executeTransactWrite(
      AnswerTemplateEntity.build(DeleteTransaction).key({ owner, id }).options({ condition: { attr: 'id', exists: true } }),
      AnswerTemplateCountEntity.build(UpdateTransaction).item({ owner, count: $add(-1) }),
    ),
  );
  return deleted ? 'deleted' : 'missing';
};
