/**
 * Creates the tables, queues and buckets of the resolved CloudFormation (`resources.Resources` of
 * `sls print`) in the local emulators. Idempotent: running it twice changes nothing.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, PutBucketCorsCommand, S3Client, type CORSRule } from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { ACCOUNT_ID, REGION, type CfnResource, type ServiceConfig } from './config.ts';
import { resolveIntrinsics, type PhysicalResource } from './intrinsics.ts';

export interface Endpoints {
  dynamodb: string;
  sqs: string;
  s3: string;
  region?: string;
}

export type Log = (line: string) => void;

export interface LocalResources {
  /** Logical id → physical resource (for intrinsics). */
  physical: Record<string, PhysicalResource>;
  /** Resolves `Ref` / `Fn::GetAtt` / `Fn::Sub` against the local resources. */
  resolve<T = unknown>(value: unknown): T;
  /** queue ARN → queue URL */
  queueUrlByArn: Map<string, string>;
  /** table stream ARN → table name */
  tableByStreamArn: Map<string, string>;
  /** bucket name → its CORS rules (fauxqs ignores them; local/emulators/s3-cors.ts applies them) */
  bucketCors: Record<string, CORSRule[]>;
}

export const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

export function clientsFor(endpoints: Endpoints) {
  const region = endpoints.region ?? REGION;
  return {
    dynamodb: new DynamoDBClient({ region, endpoint: endpoints.dynamodb, credentials }),
    sqs: new SQSClient({ region, endpoint: endpoints.sqs, credentials }),
    s3: new S3Client({ region, endpoint: endpoints.s3, credentials, forcePathStyle: true }),
  };
}

const errorName = (err: unknown) => (err as { name?: string } | null)?.name ?? '';

type Props = Record<string, unknown>;

async function ensureTable(db: DynamoDBClient, logicalId: string, props: Props, log: Log): Promise<PhysicalResource> {
  const name = String(props.TableName ?? logicalId);
  const stream = props.StreamSpecification as { StreamViewType?: string } | undefined;
  const input: CreateTableCommandInput = {
    TableName: name,
    AttributeDefinitions: props.AttributeDefinitions as CreateTableCommandInput['AttributeDefinitions'],
    KeySchema: props.KeySchema as CreateTableCommandInput['KeySchema'],
    BillingMode: (props.BillingMode as 'PAY_PER_REQUEST' | 'PROVISIONED' | undefined) ?? 'PROVISIONED',
  };
  const throughput = (props.ProvisionedThroughput as CreateTableCommandInput['ProvisionedThroughput']) ?? { ReadCapacityUnits: 5, WriteCapacityUnits: 5 };
  if (input.BillingMode === 'PROVISIONED') input.ProvisionedThroughput = throughput;
  const gsis = props.GlobalSecondaryIndexes as NonNullable<CreateTableCommandInput['GlobalSecondaryIndexes']> | undefined;
  if (gsis?.length) {
    input.GlobalSecondaryIndexes = gsis.map((g) => ({
      IndexName: g.IndexName,
      KeySchema: g.KeySchema,
      Projection: g.Projection,
      ...(input.BillingMode === 'PROVISIONED' ? { ProvisionedThroughput: g.ProvisionedThroughput ?? throughput } : {}),
    }));
  }
  const lsis = props.LocalSecondaryIndexes as CreateTableCommandInput['LocalSecondaryIndexes'];
  if (lsis?.length) input.LocalSecondaryIndexes = lsis;
  if (stream?.StreamViewType) input.StreamSpecification = { StreamEnabled: true, StreamViewType: stream.StreamViewType as 'NEW_AND_OLD_IMAGES' };

  let created = true;
  try {
    await db.send(new CreateTableCommand(input));
  } catch (err) {
    if (!(err instanceof ResourceInUseException) && errorName(err) !== 'ResourceInUseException') throw err;
    created = false;
  }
  let table = (await db.send(new DescribeTableCommand({ TableName: name }))).Table!;
  if (stream?.StreamViewType && !table.StreamSpecification?.StreamEnabled) {
    await db.send(new UpdateTableCommand({ TableName: name, StreamSpecification: { StreamEnabled: true, StreamViewType: stream.StreamViewType as 'NEW_AND_OLD_IMAGES' } }));
    table = (await db.send(new DescribeTableCommand({ TableName: name }))).Table!;
  }
  const ttl = props.TimeToLiveSpecification as { AttributeName?: string; Enabled?: boolean } | undefined;
  if (ttl?.Enabled && ttl.AttributeName) {
    try {
      const current = await db.send(new DescribeTimeToLiveCommand({ TableName: name }));
      if (current.TimeToLiveDescription?.TimeToLiveStatus !== 'ENABLED') {
        await db.send(new UpdateTimeToLiveCommand({ TableName: name, TimeToLiveSpecification: { AttributeName: ttl.AttributeName, Enabled: true } }));
      }
    } catch (err) {
      log(`table ${name}: TTL not supported by the emulator (${errorName(err)}), skipped`);
    }
  }
  log(`table ${name} ${created ? 'created' : 'exists'}${table.LatestStreamArn ? ` (stream ${table.StreamSpecification?.StreamViewType})` : ''}`);
  const arn = table.TableArn ?? `arn:aws:dynamodb:${REGION}:${ACCOUNT_ID}:table/${name}`;
  return {
    type: 'AWS::DynamoDB::Table',
    ref: name,
    attributes: { Arn: arn, ...(table.LatestStreamArn ? { StreamArn: table.LatestStreamArn } : {}) },
  };
}

const QUEUE_ATTRIBUTES = [
  'DelaySeconds', 'MaximumMessageSize', 'MessageRetentionPeriod', 'ReceiveMessageWaitTimeSeconds', 'VisibilityTimeout',
  'DeduplicationScope', 'FifoThroughputLimit',
] as const; // SSE settings (SqsManagedSseEnabled, KmsMasterKeyId) are not emulated: fauxqs rejects them

function queueAttributes(props: Props): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const key of QUEUE_ATTRIBUTES) if (props[key] !== undefined) attributes[key] = String(props[key]);
  return attributes;
}

export async function createResources(config: ServiceConfig, endpoints: Endpoints, log: Log = () => {}): Promise<LocalResources> {
  const region = endpoints.region ?? REGION;
  const { dynamodb, sqs, s3 } = clientsFor(endpoints);
  const cfn: Record<string, CfnResource> = config.resources?.Resources ?? {};
  const physical: Record<string, PhysicalResource> = {};
  const bucketCors: Record<string, CORSRule[]> = {};
  const pseudo = { region, accountId: ACCOUNT_ID, stackName: `${config.service}-${config.provider.stage}` };
  const resolve = <T = unknown>(value: unknown) => resolveIntrinsics(value, physical, pseudo) as T;

  try {
    // 1. names and ARNs that do not depend on other resources
    for (const [logicalId, resource] of Object.entries(cfn)) {
      if (resource.Type === 'AWS::SQS::Queue') {
        const props = resource.Properties ?? {};
        const fifo = props.FifoQueue === true || props.FifoQueue === 'true';
        const name = String(props.QueueName ?? `${pseudo.stackName}-${logicalId}${fifo ? '.fifo' : ''}`);
        const fifoAttributes: Record<string, string> = fifo ? { FifoQueue: 'true' } : {};
        if (props.ContentBasedDeduplication !== undefined) fifoAttributes.ContentBasedDeduplication = String(props.ContentBasedDeduplication);
        const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: fifoAttributes }));
        const arnAttrs = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
        const arn = arnAttrs.Attributes?.QueueArn ?? `arn:aws:sqs:${region}:${ACCOUNT_ID}:${name}`;
        physical[logicalId] = { type: resource.Type, ref: QueueUrl!, attributes: { Arn: arn, QueueUrl: QueueUrl!, QueueName: name } };
      } else if (resource.Type === 'AWS::S3::Bucket') {
        const props = resource.Properties ?? {};
        const name = String(props.BucketName ?? `${pseudo.stackName}-${logicalId}`.toLowerCase());
        physical[logicalId] = {
          type: resource.Type,
          ref: name,
          attributes: {
            Arn: `arn:aws:s3:::${name}`,
            DomainName: `${name}.s3.amazonaws.com`,
            RegionalDomainName: `${name}.s3.${region}.amazonaws.com`,
          },
        };
      }
    }
    // 2. tables (stream ARNs are only known once they exist)
    for (const [logicalId, resource] of Object.entries(cfn)) {
      if (resource.Type !== 'AWS::DynamoDB::Table') continue;
      physical[logicalId] = await ensureTable(dynamodb, logicalId, resolve<Props>(resource.Properties ?? {}), log);
    }
    // 3. queue attributes (RedrivePolicy needs the DLQ's ARN) and buckets
    for (const [logicalId, resource] of Object.entries(cfn)) {
      if (resource.Type === 'AWS::SQS::Queue') {
        const props = resolve<Props>(resource.Properties ?? {});
        const url = physical[logicalId]!.ref;
        const attributes = queueAttributes(props);
        if (props.RedrivePolicy) {
          const policy = props.RedrivePolicy as Record<string, unknown>;
          attributes.RedrivePolicy = JSON.stringify({ deadLetterTargetArn: policy.deadLetterTargetArn, maxReceiveCount: Number(policy.maxReceiveCount) });
        }
        if (props.RedriveAllowPolicy) attributes.RedriveAllowPolicy = JSON.stringify(props.RedriveAllowPolicy);
        if (Object.keys(attributes).length) {
          await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: attributes }));
        }
        log(`queue ${physical[logicalId]!.attributes.QueueName} ready${attributes.RedrivePolicy ? ` (redrive after ${JSON.parse(attributes.RedrivePolicy).maxReceiveCount} receives)` : ''}`);
      } else if (resource.Type === 'AWS::S3::Bucket') {
        const props = resolve<Props>(resource.Properties ?? {});
        const name = physical[logicalId]!.ref;
        try {
          await s3.send(new CreateBucketCommand({ Bucket: name }));
        } catch (err) {
          if (!['BucketAlreadyOwnedByYou', 'BucketAlreadyExists'].includes(errorName(err))) throw err;
        }
        const cors = (props.CorsConfiguration as { CorsRules?: Record<string, unknown>[] } | undefined)?.CorsRules;
        let corsNote = '';
        if (cors?.length) {
          try {
            const rules: CORSRule[] = cors.map((r) => ({
              AllowedMethods: r.AllowedMethods as string[],
              AllowedOrigins: r.AllowedOrigins as string[],
              AllowedHeaders: r.AllowedHeaders as string[] | undefined,
              ExposeHeaders: r.ExposedHeaders as string[] | undefined,
              MaxAgeSeconds: r.MaxAge as number | undefined,
              ID: r.Id as string | undefined,
            }));
            bucketCors[name] = rules;
            await s3.send(new PutBucketCorsCommand({ Bucket: name, CORSConfiguration: { CORSRules: rules } }));
            corsNote = ' (+CORS)';
          } catch (err) {
            corsNote = ` (CORS not supported by the emulator: ${errorName(err) || 'error'}, skipped)`;
          }
        }
        log(`bucket ${name} ready${corsNote}`);
      } else if (resource.Type !== 'AWS::DynamoDB::Table') {
        log(`resource ${logicalId}: type ${resource.Type} is not emulated locally, skipped`);
      }
    }
  } finally {
    dynamodb.destroy();
    sqs.destroy();
    s3.destroy();
  }

  const queueUrlByArn = new Map<string, string>();
  const tableByStreamArn = new Map<string, string>();
  for (const r of Object.values(physical)) {
    if (r.type === 'AWS::SQS::Queue') queueUrlByArn.set(r.attributes.Arn!, r.ref);
    if (r.type === 'AWS::DynamoDB::Table' && r.attributes.StreamArn) tableByStreamArn.set(r.attributes.StreamArn, r.ref);
  }
  return { physical, resolve, queueUrlByArn, tableByStreamArn, bucketCors };
}
