import { PutItemCommand, QueryCommand } from 'dynamodb-toolbox';
import { AnswerTemplateEntity } from './entities/reference.ts';
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

/** Saves a new template; its id is new, so the write is conditional on nothing being there. */
export const createAnswerTemplate = async (template: AnswerTemplate): Promise<void> => {
  await AnswerTemplateEntity.build(PutItemCommand).item(template).options({ condition: { attr: 'id', exists: false } }).send();
};
