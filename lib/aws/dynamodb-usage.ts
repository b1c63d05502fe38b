import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** DynamoDB requests and consumed capacity seen by this process, for metrics and the intake benchmark. */
export interface DynamoUsage {
  requests: number;
  writeRequests: number;
  readCapacityUnits: number;
  writeCapacityUnits: number;
}

const WRITE_COMMANDS = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'TransactWriteItemsCommand',
  'BatchWriteItemCommand',
]);

const usage: DynamoUsage = { requests: 0, writeRequests: 0, readCapacityUnits: 0, writeCapacityUnits: 0 };

export const dynamoUsage = (): DynamoUsage => ({ ...usage });

export const resetDynamoUsage = (): void => {
  usage.requests = 0;
  usage.writeRequests = 0;
  usage.readCapacityUnits = 0;
  usage.writeCapacityUnits = 0;
};

interface CapacityEntry {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}

const addCapacity = (consumed: CapacityEntry | CapacityEntry[] | undefined, isWrite: boolean): void => {
  for (const entry of [consumed ?? []].flat()) {
    const read = entry.ReadCapacityUnits ?? (isWrite ? 0 : (entry.CapacityUnits ?? 0));
    const write = entry.WriteCapacityUnits ?? (isWrite ? (entry.CapacityUnits ?? 0) : 0);
    usage.readCapacityUnits += read;
    usage.writeCapacityUnits += write;
  }
};

/** Asks every request for its consumed capacity (free of charge) and counts it. */
export const instrumentDynamoClient = (client: DynamoDBClient): void => {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { ReturnConsumedCapacity?: string };
      input.ReturnConsumedCapacity ??= 'TOTAL';
      const isWrite = WRITE_COMMANDS.has(context.commandName ?? '');
      usage.requests += 1;
      if (isWrite) usage.writeRequests += 1;
      const result = await next(args);
      const output = result.output as { ConsumedCapacity?: CapacityEntry | CapacityEntry[] };
      addCapacity(output.ConsumedCapacity, isWrite);
      return result;
    },
    { step: 'initialize', name: 'posDynamoUsage' },
  );
};
