/**
 * Lambda event source mappings for the local stack, read from the resolved service config:
 * every function's `sqs` and `stream` (DynamoDB) events get a poller invoking it through
 * serverless-offline's Lambda endpoint.
 */
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { SQSClient } from '@aws-sdk/client-sqs';
import { ACCOUNT_ID, lambdaName, type ServiceConfig } from '../config.ts';
import { credentials, type LocalResources } from '../resources.ts';
import { parsePatterns } from './filter.ts';
import { lambdaInvoker, type FunctionInvoker } from './invoker.ts';
import { startSqsPoller, type Poller, type SqsSourceConfig } from './sqs-poller.ts';
import { startStreamPoller, type StreamSourceConfig } from './stream-poller.ts';

export type { Poller } from './sqs-poller.ts';

export interface EventSourceOptions {
  region: string;
  lambdaEndpoint: string;
  dynamodbEndpoint: string;
  sqsEndpoint: string;
  log?: (line: string) => void;
  /** for tests: replaces the serverless-offline invoker */
  invoke?: FunctionInvoker;
}

export interface EventSources {
  sqs: SqsSourceConfig[];
  streams: StreamSourceConfig[];
}

const num = (v: unknown, fallback: number) => (v === undefined || v === null || v === '' ? fallback : Number(v));
const arnOf = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The event source mappings declared in the resolved config, with intrinsics resolved locally. */
export function eventSourcesOf(config: ServiceConfig, resources: Pick<LocalResources, 'resolve' | 'queueUrlByArn'>, region: string): EventSources {
  const out: EventSources = { sqs: [], streams: [] };
  for (const [key, fn] of Object.entries(config.functions ?? {})) {
    const functionName = lambdaName(config, key);
    const functionArn = `arn:aws:lambda:${region}:${ACCOUNT_ID}:function:${functionName}`;
    for (const event of fn.events ?? []) {
      if (event.sqs !== undefined) {
        const raw = resources.resolve<Record<string, unknown> | string>(event.sqs);
        const e = typeof raw === 'string' ? { arn: raw } : raw;
        const queueArn = arnOf(e.arn);
        const queueUrl = queueArn ? resources.queueUrlByArn.get(queueArn) : undefined;
        if (!queueArn || !queueUrl) throw new Error(`function ${key}: sqs event source ${JSON.stringify(e.arn)} is not a local queue`);
        if (e.enabled === false) continue;
        out.sqs.push({
          functionKey: key,
          functionName,
          queueArn,
          queueUrl,
          region,
          batchSize: num(e.batchSize, 10),
          maximumBatchingWindowSeconds: num(e.maximumBatchingWindow, 0),
          reportBatchItemFailures: e.functionResponseType === 'ReportBatchItemFailures',
          filterPatterns: parsePatterns(e.filterPatterns),
        });
      }
      if (event.stream !== undefined) {
        const raw = resources.resolve<Record<string, unknown> | string>(event.stream);
        const e = typeof raw === 'string' ? { arn: raw, type: raw.includes(':kinesis:') ? 'kinesis' : 'dynamodb' } : raw;
        const type = e.type ?? (String(e.arn).includes(':dynamodb:') ? 'dynamodb' : 'kinesis');
        if (type !== 'dynamodb') throw new Error(`function ${key}: ${String(type)} streams are not emulated locally`);
        if (e.enabled === false) continue;
        const streamArn = arnOf(e.arn);
        if (!streamArn) throw new Error(`function ${key}: stream event without a resolvable arn`);
        const onFailure = (e.destinations as { onFailure?: unknown } | undefined)?.onFailure;
        const onFailureArn = arnOf(onFailure && typeof onFailure === 'object' ? (onFailure as { arn?: unknown }).arn : onFailure);
        let onFailureQueueUrl: string | undefined;
        if (onFailureArn) {
          onFailureQueueUrl = resources.queueUrlByArn.get(onFailureArn);
          if (!onFailureQueueUrl) throw new Error(`function ${key}: on-failure destination ${onFailureArn} is not a local SQS queue`);
        }
        out.streams.push({
          functionKey: key,
          functionName,
          functionArn,
          streamArn,
          region,
          batchSize: num(e.batchSize, 100),
          batchWindowSeconds: num(e.batchWindow ?? e.maximumBatchingWindow, 0),
          startingPosition: e.startingPosition === 'TRIM_HORIZON' ? 'TRIM_HORIZON' : 'LATEST',
          maximumRetryAttempts: num(e.maximumRetryAttempts, -1),
          bisectBatchOnFunctionError: e.bisectBatchOnFunctionError === true,
          reportBatchItemFailures: e.functionResponseType === 'ReportBatchItemFailures',
          filterPatterns: parsePatterns(e.filterPatterns),
          onFailureQueueUrl,
        });
      }
    }
  }
  return out;
}

export interface RunningEventSources {
  pollers: Poller[];
  stop(): Promise<void>;
}

export async function startEventSources(sources: EventSources, options: EventSourceOptions): Promise<RunningEventSources> {
  const log = options.log ?? (() => {});
  const sqs = new SQSClient({ region: options.region, endpoint: options.sqsEndpoint, credentials });
  const streams = new DynamoDBStreamsClient({ region: options.region, endpoint: options.dynamodbEndpoint, credentials });
  const invoker = options.invoke ? null : lambdaInvoker({ endpoint: options.lambdaEndpoint, region: options.region });
  const invoke = options.invoke ?? invoker!;
  const pollers: Poller[] = [];
  for (const s of sources.sqs) pollers.push(startSqsPoller(s, { sqs, invoke, log }));
  for (const s of sources.streams) {
    const p = startStreamPoller(s, { streams, sqs, invoke, log }) as Poller & { ready?: Promise<void> };
    await p.ready;
    pollers.push(p);
  }
  let stopped: Promise<void> | undefined;
  return {
    pollers,
    stop() {
      stopped ??= (async () => {
        await Promise.all(pollers.map((p) => p.stop()));
        sqs.destroy();
        streams.destroy();
        invoker?.destroy();
      })();
      return stopped;
    },
  };
}
