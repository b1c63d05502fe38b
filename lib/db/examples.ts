import { QueryCommand } from 'dynamodb-toolbox';
import type { FormattedItem } from 'dynamodb-toolbox';
import { LabeledExampleEntity } from './entities/message.ts';
import { mainTable } from './table.ts';

export type LabeledExampleRecord = FormattedItem<typeof LabeledExampleEntity>;

/** The months (YYYY-MM) from `months - 1` months before `now` up to now's. */
export const recentMonths = (now: Date, months: number): string[] =>
  Array.from({ length: months }, (_, back) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    return date.toISOString().slice(0, 7);
  }).reverse();

/** Every confirmed example of the given months: one paginated Query per month. */
export const listLabeledExamples = async (months: readonly string[]): Promise<LabeledExampleRecord[]> => {
  const all: LabeledExampleRecord[] = [];
  for (const month of months) {
    let exclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await mainTable
        .build(QueryCommand)
        .entities(LabeledExampleEntity)
        .query({ partition: `EXAMPLES#${month}` })
        .options({ exclusiveStartKey })
        .send();
      all.push(...(page.Items ?? []));
      exclusiveStartKey = page.LastEvaluatedKey;
    } while (exclusiveStartKey);
  }
  return all;
};
