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
  handlerWithIdempotencyKey: Side;
  put: Side;
}

const event = (token: string, index: number, idempotencyKey?: string): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: 'POST /v1/messages',
  rawPath: '/v1/messages',
  rawQueryString: '',
  headers: {
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
  },
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

interface Sample {
  durations: number[];
  requests: number;
  writeRequests: number;
  wcu: number;
}

const emptySample = (): Sample => ({ durations: [], requests: 0, writeRequests: 0, wcu: 0 });

/** Times one call and adds the DynamoDB requests and capacity the SDK saw during it. */
const timed = async (sample: Sample, call: () => Promise<unknown>): Promise<void> => {
  const before = dynamoUsage();
  const started = performance.now();
  await call();
  sample.durations.push(performance.now() - started);
  const after = dynamoUsage();
  sample.requests += after.requests - before.requests;
  sample.writeRequests += after.writeRequests - before.writeRequests;
  sample.wcu += after.writeCapacityUnits - before.writeCapacityUnits;
};

const side = ({ durations, requests, writeRequests, wcu }: Sample): Side => ({
  p50: percentile(durations, 50),
  p99: percentile(durations, 99),
  requests: requests / durations.length,
  writeRequests: writeRequests / durations.length,
  wcu: wcu / durations.length,
});

/**
 * The submit handler invoked in this process against the emulators, and a bare PutItem of the same item. The three
 * kinds of call alternate, so that whatever else the machine does (the pipeline working off its queue) weighs on
 * each alike.
 */
export const measureHandlerAgainstPutItem = async (token: string, { count }: { count: number }): Promise<InProcessFigures> => {
  const { handler } = await import('#functions/submit-message/handler.ts');
  const invoke = async (index: number, idempotencyKey?: string) => {
    const result = (await handler(event(token, index, idempotencyKey), context)) as APIGatewayProxyStructuredResultV2;
    if (result.statusCode !== 201) throw new Error(`submit answered ${result.statusCode}: ${result.body}`);
    return JSON.parse(result.body ?? '{}') as { id: string };
  };

  clearReferenceCaches();
  resetDynamoUsage();
  const sample = await invoke(0);
  const coldRequests = dynamoUsage().requests;

  const client = dynamoDocumentClient();
  const TableName = requiredEnv('TABLE_NAME');
  const { Item } = await client.send(new GetCommand({ TableName, Key: { PK: `MSG#${sample.id}`, SK: 'MSG' } }));
  if (!Item) throw new Error('sample message not found');
  const run = Date.now();
  // same size as the message item, but not an entity the stream consumer routes
  const put = (index: number) => client.send(new PutCommand({ TableName, Item: { ...Item, PK: `BENCH#${run}-${index}`, _et: 'benchmark' } }));

  for (let i = 1; i < 20; i++) {
    await invoke(i);
    await invoke(i, `warm-${run}-${i}`);
    await put(-i);
  }
  const plain = emptySample();
  const keyed = emptySample();
  const bare = emptySample();
  for (let i = 0; i < count; i++) {
    await timed(plain, () => invoke(i));
    await timed(keyed, () => invoke(i, `bench-${run}-${i}`));
    await timed(bare, () => put(i));
  }
  return { count, coldRequests, handler: side(plain), handlerWithIdempotencyKey: side(keyed), put: side(bare) };
};
