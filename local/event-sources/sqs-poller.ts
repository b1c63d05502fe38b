/**
 * SQS event source mapping: receive → invoke with a real SQS event → delete what succeeded.
 * Failed messages stay in the queue and come back after the visibility timeout; the queue's
 * RedrivePolicy (applied by fauxqs) moves them to the DLQ after maxReceiveCount receives.
 */
import { DeleteMessageBatchCommand, ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import { sleep } from '../emulators/net.ts';
import { sqsMessagesToDelete } from './batch.ts';
import { matchesAnyPattern, type FilterPattern } from './filter.ts';
import type { FunctionInvoker } from './invoker.ts';

export interface SqsSourceConfig {
  functionKey: string;
  functionName: string;
  queueArn: string;
  queueUrl: string;
  region: string;
  batchSize: number;
  maximumBatchingWindowSeconds: number;
  reportBatchItemFailures: boolean;
  filterPatterns?: FilterPattern[];
}

export function toSqsRecord(m: Message, queueArn: string, region: string): SQSRecord {
  const a: Record<string, string | undefined> = m.Attributes ?? {};
  const attributes: Record<string, string> = {
    ApproximateReceiveCount: a.ApproximateReceiveCount ?? '1',
    SentTimestamp: a.SentTimestamp ?? String(Date.now()),
    SenderId: a.SenderId ?? 'AIDALOCAL',
    ApproximateFirstReceiveTimestamp: a.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
  };
  for (const k of ['SequenceNumber', 'MessageGroupId', 'MessageDeduplicationId', 'AWSTraceHeader', 'DeadLetterQueueSourceArn']) if (a[k]) attributes[k] = a[k]!;
  const messageAttributes: SQSRecord['messageAttributes'] = {};
  for (const [name, v] of Object.entries(m.MessageAttributes ?? {})) {
    messageAttributes[name] = {
      stringValue: v.StringValue,
      binaryValue: v.BinaryValue ? Buffer.from(v.BinaryValue).toString('base64') : undefined,
      stringListValues: v.StringListValues ?? [],
      binaryListValues: (v.BinaryListValues ?? []).map((b) => Buffer.from(b).toString('base64')),
      dataType: v.DataType ?? 'String',
    };
  }
  return {
    messageId: m.MessageId!,
    receiptHandle: m.ReceiptHandle!,
    body: m.Body ?? '',
    attributes: attributes as unknown as SQSRecord['attributes'],
    messageAttributes,
    md5OfBody: m.MD5OfBody ?? '',
    ...(m.MD5OfMessageAttributes ? { md5OfMessageAttributes: m.MD5OfMessageAttributes } : {}),
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: region,
  } as SQSRecord;
}

/** The body as JSON for filtering (Lambda filters `body` as JSON when it parses, else as a string). */
function filterView(r: SQSRecord): unknown {
  let body: unknown = r.body;
  try { body = JSON.parse(r.body); } catch { /* plain string */ }
  return { ...r, body };
}

export interface Poller {
  readonly name: string;
  stop(): Promise<void>;
}

export function startSqsPoller(cfg: SqsSourceConfig, deps: { sqs: SQSClient; invoke: FunctionInvoker; log: (line: string) => void }): Poller {
  let stopping = false;
  const abort = new AbortController();
  const receive = async (max: number) => {
    const res = await deps.sqs.send(new ReceiveMessageCommand({
      QueueUrl: cfg.queueUrl,
      MaxNumberOfMessages: Math.min(10, max),
      WaitTimeSeconds: 1,
      MessageSystemAttributeNames: ['All'],
      MessageAttributeNames: ['All'],
    }), { abortSignal: abort.signal });
    return res.Messages ?? [];
  };

  const loop = async () => {
    while (!stopping) {
      try {
        let messages = await receive(cfg.batchSize);
        if (messages.length === 0) continue;
        // batching window: gather up to batchSize within maximumBatchingWindow
        const windowEnd = Date.now() + cfg.maximumBatchingWindowSeconds * 1000;
        while (!stopping && messages.length < cfg.batchSize && Date.now() < windowEnd) {
          const more = await deps.sqs.send(new ReceiveMessageCommand({
            QueueUrl: cfg.queueUrl,
            MaxNumberOfMessages: Math.min(10, cfg.batchSize - messages.length),
            WaitTimeSeconds: 0,
            MessageSystemAttributeNames: ['All'],
            MessageAttributeNames: ['All'],
          }), { abortSignal: abort.signal });
          if (!more.Messages?.length) { await sleep(Math.min(200, Math.max(0, windowEnd - Date.now()))); continue; }
          messages = messages.concat(more.Messages);
        }
        const all = messages.map((m) => toSqsRecord(m, cfg.queueArn, cfg.region));
        const records = all.filter((r) => matchesAnyPattern(filterView(r), cfg.filterPatterns));
        // records filtered out are deleted, as Lambda does
        let toDelete = all.filter((r) => !records.includes(r)).map((r) => r.messageId);
        if (records.length > 0) {
          const outcome = await deps.invoke(cfg.functionName, { Records: records });
          const ids = records.map((r) => r.messageId);
          const ok = sqsMessagesToDelete(ids, outcome, cfg.reportBatchItemFailures);
          toDelete = toDelete.concat(ok);
          const failures = ids.length - ok.length;
          deps.log(`[${cfg.functionKey}] sqs batch: ${records.length} record(s), ${failures} failure(s)${outcome.ok ? '' : ` (invocation error ${outcome.error})`}`);
        }
        const handles = new Map(all.map((r) => [r.messageId, r.receiptHandle]));
        for (let i = 0; i < toDelete.length; i += 10) {
          const chunk = toDelete.slice(i, i + 10);
          await deps.sqs.send(new DeleteMessageBatchCommand({
            QueueUrl: cfg.queueUrl,
            Entries: chunk.map((id, n) => ({ Id: String(n), ReceiptHandle: handles.get(id)! })),
          }));
        }
      } catch (err) {
        if (stopping) break;
        deps.log(`[${cfg.functionKey}] sqs poller error: ${(err as Error).name}: ${(err as Error).message}`);
        await sleep(1000);
      }
    }
  };
  const running = loop();
  return {
    name: `${cfg.functionKey} ← sqs`,
    async stop() {
      stopping = true;
      abort.abort();
      await running;
    },
  };
}
