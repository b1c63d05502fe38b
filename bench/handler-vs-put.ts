import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { dynamoDocumentClient } from '#lib/aws/clients.ts';
import { dynamoUsage, resetDynamoUsage } from '#lib/aws/dynamodb-usage.ts';
import { clearReferenceCaches } from '#lib/db/reference-data.ts';
import { requiredEnv } from '#lib/env.ts';
import { benchMessage } from './message.ts';
import { percentile } from './stats.ts';

interface Side {
  p50: number;
  p99: number;
  requests: number;
  writeRequests: number;
  wcu: number;
}

export interface InProcessFigures {
  count: number;
  coldRequests: number;
  handler: Side;
  put: Side;
}

const event = (token: string, index: number): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: 'POST /v1/messages',
  rawPath: '/v1/messages',
  rawQueryString: '',
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  requestContext: {
    accountId: '000000000000',
    apiId: 'bench',
    domainName: 'localhost',
    domainPrefix: 'localhost',
    http: { method: 'POST', path: '/v1/messages', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
    requestId: `bench-${index}-${Date.now()}`,
    routeKey: 'POST /v1/messages',
    stage: '$default',
    time: new Date().toISOString(),
    timeEpoch: Date.now(),
  },
  body: JSON.stringify(benchMessage(index)),
  isBase64Encoded: false,
});

const context = { functionName: 'submit-message', awsRequestId: 'bench', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;

const side = (durations: number[], count: number): Side => {
  const usage = dynamoUsage();
  return {
    p50: percentile(durations, 50),
    p99: percentile(durations, 99),
    requests: usage.requests / count,
    writeRequests: usage.writeRequests / count,
    wcu: usage.writeCapacityUnits / count,
  };
};

/** The submit handler invoked in this process against the emulators, and a bare PutItem of the same item. */
export const measureHandlerAgainstPutItem = async (token: string, { count }: { count: number }): Promise<InProcessFigures> => {
  const { handler } = await import('#functions/submit-message/handler.ts');
  const invoke = async (index: number) => {
    const result = (await handler(event(token, index), context)) as APIGatewayProxyStructuredResultV2;
    if (result.statusCode !== 201) throw new Error(`submit answered ${result.statusCode}: ${result.body}`);
    return JSON.parse(result.body ?? '{}') as { id: string };
  };

  clearReferenceCaches();
  resetDynamoUsage();
  const sample = await invoke(0);
  const coldRequests = dynamoUsage().requests;
  for (let i = 1; i < 20; i++) await invoke(i);

  resetDynamoUsage();
  const handlerDurations: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await invoke(i);
    handlerDurations.push(performance.now() - started);
  }
  const handlerSide = side(handlerDurations, count);

  const client = dynamoDocumentClient();
  const TableName = requiredEnv('TABLE_NAME');
  const { Item } = await client.send(new GetCommand({ TableName, Key: { PK: `MSG#${sample.id}`, SK: 'MSG' } }));
  if (!Item) throw new Error('sample message not found');
  for (let i = 0; i < 20; i++) await client.send(new PutCommand({ TableName, Item: { ...Item, PK: `BENCH#warm${i}` } }));
  resetDynamoUsage();
  const putDurations: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await client.send(new PutCommand({ TableName, Item: { ...Item, PK: `BENCH#${i}` } }));
    putDurations.push(performance.now() - started);
  }
  return { count, coldRequests, handler: handlerSide, put: side(putDurations, count) };
};
