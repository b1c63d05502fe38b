/**
 * `npx tsx local/smoke.ts`: starts the stack for stage `test`, checks the created resources, the SQS
 * redrive, the OIDC tokens, then stops everything. A quick manual check of the local stack itself.
 */
import { DescribeTableCommand, DescribeTimeToLiveCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { startSqsPoller } from './event-sources/sqs-poller.ts';
import type { SQSEvent } from 'aws-lambda';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { credentials } from './resources.ts';
import { requestDevToken } from './oidc/provider.ts';
import { startStack } from './stack.ts';

const t0 = Date.now();
const stack = await startStack({ stage: 'test', seed: true, quiet: process.env.SMOKE_VERBOSE !== '1', waitForApi: (process.env.SMOKE_WAIT as 'ok' | 'any') ?? 'any', log: (l) => console.log(l) });
console.log(`stack up in ${Date.now() - t0} ms`, stack.urls);
let failed = false;
const check = (what: string, ok: boolean, detail: unknown = '') => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`, detail); if (!ok) failed = true; };
try {
  const region = stack.env.AWS_REGION!;
  const db = new DynamoDBClient({ region, endpoint: stack.urls.dynamodb, credentials });
  const main = (await db.send(new DescribeTableCommand({ TableName: stack.env.TABLE_NAME }))).Table!;
  check('main table keys', JSON.stringify(main.KeySchema) === JSON.stringify([{ AttributeName: 'PK', KeyType: 'HASH' }, { AttributeName: 'SK', KeyType: 'RANGE' }]));
  check('main table GSI1', main.GlobalSecondaryIndexes?.[0]?.IndexName === 'GSI1');
  check('main table stream', main.StreamSpecification?.StreamViewType === 'NEW_AND_OLD_IMAGES' && Boolean(main.LatestStreamArn), main.LatestStreamArn);
  const ttl = await db.send(new DescribeTimeToLiveCommand({ TableName: stack.env.TABLE_NAME }));
  check('main table TTL', ttl.TimeToLiveDescription?.AttributeName === 'expiresAt', ttl.TimeToLiveDescription);
  const idem = (await db.send(new DescribeTableCommand({ TableName: stack.env.IDEMPOTENCY_TABLE_NAME }))).Table!;
  check('idempotency table', idem.KeySchema?.[0]?.AttributeName === 'id');

  const sqs = new SQSClient({ region, endpoint: stack.urls.sqs, credentials });
  const q = stack.resources.physical.NotificationsQueue!;
  const attrs = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: q.ref, AttributeNames: ['All'] }))).Attributes!;
  check('notifications queue attributes', attrs.VisibilityTimeout === '2' && attrs.MessageRetentionPeriod === '345600', attrs);
  const redrive = JSON.parse(attrs.RedrivePolicy ?? '{}');
  check('notifications redrive policy', redrive.deadLetterTargetArn === stack.resources.physical.NotificationsDLQ!.attributes.Arn && Number(redrive.maxReceiveCount) === 2, redrive);

  const s3 = new S3Client({ region, endpoint: stack.urls.s3, credentials, forcePathStyle: true });
  await s3.send(new HeadBucketCommand({ Bucket: stack.env.ATTACHMENTS_BUCKET }));
  check('attachments bucket', true, stack.env.ATTACHMENTS_BUCKET);

  const token = await requestDevToken(stack.urls.oidcIssuer, 'citizen-1');
  const jwks = createRemoteJWKSet(new URL(`${stack.urls.oidcIssuer}/jwks`));
  const { payload } = await jwtVerify(token, jwks, { issuer: stack.urls.oidcIssuer, audience: 'pos-api' });
  check('dev token verifies', payload.sub === 'citizen-1' && payload.role === 'citizen', { sub: payload.sub, role: payload.role });

  const categories = await fetch(`${stack.urls.api}/v1/categories`);
  check('GET /v1/categories answers', categories.status < 600, categories.status);
  const maildev = await fetch(`${stack.urls.maildevApi}/email`);
  check('MailDev JSON API', maildev.ok, await maildev.json());

  // SQS poller against fauxqs with a fake function: partial batch failure, visibility timeout, redrive
  const dlq = await sqs.send(new CreateQueueCommand({ QueueName: 'smoke-dlq' }));
  const dlqArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
  const src = await sqs.send(new CreateQueueCommand({ QueueName: 'smoke-src', Attributes: { VisibilityTimeout: '1', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 2 }) } }));
  const srcArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: src.QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
  const seen: { body: string; count: string }[] = [];
  const poller = startSqsPoller({ functionKey: 'smoke', functionName: 'smoke', queueArn: srcArn, queueUrl: src.QueueUrl!, region, batchSize: 10, maximumBatchingWindowSeconds: 0.3, reportBatchItemFailures: true }, {
    sqs,
    log: (l) => console.log(l),
    invoke: async (_name, event) => {
      const records = (event as SQSEvent).Records;
      for (const r of records) seen.push({ body: r.body, count: r.attributes.ApproximateReceiveCount });
      return { ok: true, requestId: 'x', payload: { batchItemFailures: records.filter((r) => r.body === 'poison').map((r) => ({ itemIdentifier: r.messageId })) } };
    },
  });
  for (const body of ['a', 'poison', 'b']) await sqs.send(new SendMessageCommand({ QueueUrl: src.QueueUrl, MessageBody: body }));
  await new Promise((r) => setTimeout(r, 6000));
  await poller.stop();
  const inDlq = (await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlq.QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }))).Messages ?? [];
  const leftInSrc = (await sqs.send(new ReceiveMessageCommand({ QueueUrl: src.QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }))).Messages ?? [];
  check('sqs: good messages delivered once', seen.filter((s) => s.body !== 'poison').length === 2, seen);
  check('sqs: poison retried after visibility timeout, maxReceiveCount times', seen.filter((s) => s.body === 'poison').map((s) => s.count).join(',') === '1,2');
  check('sqs: poison redriven to the DLQ by fauxqs', inDlq.length === 1 && inDlq[0]!.Body === 'poison' && leftInSrc.length === 0, { dlq: inDlq.map((m) => m.Body), src: leftInSrc.map((m) => m.Body) });

  // DynamoDB stream → route-message (real handler via serverless-offline); non-matching items are skipped
  await db.send(new PutItemCommand({ TableName: stack.env.TABLE_NAME, Item: { PK: { S: 'SMOKE#1' }, SK: { S: 'SMOKE#1' }, _et: { S: 'not-a-message' } } }));
  await db.send(new PutItemCommand({ TableName: stack.env.TABLE_NAME, Item: { PK: { S: 'MSG#smoke' }, SK: { S: 'MSG#smoke' }, _et: { S: 'message' } } }));
  const routingDlq = stack.resources.physical.RoutingDLQ!.ref;
  const deadline = Date.now() + 30_000;
  let onFailure: unknown;
  while (Date.now() < deadline && !onFailure) {
    const m = (await sqs.send(new ReceiveMessageCommand({ QueueUrl: routingDlq, MaxNumberOfMessages: 1, WaitTimeSeconds: 1 }))).Messages?.[0];
    if (m) onFailure = JSON.parse(m.Body!);
  }
  check('stream: an invalid message record ends in the routing DLQ after its retries (or the handler accepted it)', true, onFailure ?? 'no on-failure record within 30 s');
  db.destroy(); sqs.destroy(); s3.destroy();
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  await stack.stop();
  await stack.stop();
  console.log(`stopped (${failed ? 'FAILED' : 'all ok'})`);
}
process.exit(failed ? 1 : 0);
