import { Table } from 'dynamodb-toolbox';
import { dynamoDocumentClient } from '#lib/aws/clients.ts';
import { requiredEnv } from '#lib/env.ts';

/** The single table (resources/table.yml). Entities are told apart by `_et`. */
export const mainTable = new Table({
  name: () => requiredEnv('TABLE_NAME'),
  documentClient: dynamoDocumentClient(),
  partitionKey: { name: 'PK', type: 'string' },
  sortKey: { name: 'SK', type: 'string' },
  indexes: {
    GSI1: {
      type: 'global',
      partitionKey: { name: 'GSI1PK', type: 'string' },
      sortKey: { name: 'GSI1SK', type: 'string' },
    },
    GSI2: {
      type: 'global',
      partitionKey: { name: 'GSI2PK', type: 'string' },
      sortKey: { name: 'GSI2SK', type: 'string' },
    },
    GSI3: {
      type: 'global',
      partitionKey: { name: 'GSI3PK', type: 'string' },
      sortKey: { name: 'GSI3SK', type: 'string' },
    },
    GSI4: {
      type: 'global',
      partitionKey: { name: 'GSI4PK', type: 'string' },
      sortKey: { name: 'GSI4SK', type: 'string' },
    },
    GSI5: {
      type: 'global',
      partitionKey: { name: 'GSI5PK', type: 'string' },
      sortKey: { name: 'GSI5SK', type: 'string' },
    },
  },
  entityAttributeSavedAs: '_et',
});
