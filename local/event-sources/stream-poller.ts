/**
 * DynamoDB stream event source mapping over the Streams API of DynamoDB Local: follows every shard
 * (parents before children, new shards from TRIM_HORIZON), filters, batches and delivers records in
 * order per shard with Lambda's checkpoint / retry / bisect / on-failure semantics (see batch.ts).
 */
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamsRecord,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBRecord } from 'aws-lambda';
import { sleep } from '../emulators/net.ts';
import { deliverInOrder, streamOnFailureRecord } from './batch.ts';
import { matchesAnyPattern, type FilterPattern } from './filter.ts';
import type { FunctionInvoker } from './invoker.ts';
import type { Poller } from './sqs-poller.ts';

export interface StreamSourceConfig {
  functionKey: string;
  functionName: string;
  functionArn: string;
  streamArn: string;
  region: string;
  batchSize: number;
  batchWindowSeconds: number;
  startingPosition: 'LATEST' | 'TRIM_HORIZON';
  maximumRetryAttempts: number;
  bisectBatchOnFunctionError: boolean;
  reportBatchItemFailures: boolean;
  filterPatterns?: FilterPattern[];
  onFailureQueueUrl?: string;
  pollIntervalMs?: number;
}

/** Lambda's JSON form of an attribute value: binary as base64 strings. */
function jsonAttributeValues(v: unknown): unknown {
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (Array.isArray(v)) return v.map(jsonAttributeValues);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, jsonAttributeValues(x)]));
  return v;
}

export function toLambdaStreamRecord(r: StreamsRecord, streamArn: string, region: string): DynamoDBRecord {
  const d = r.dynamodb ?? {};
  const created = d.ApproximateCreationDateTime as unknown;
  const seconds = created instanceof Date ? Math.floor(created.getTime() / 1000) : typeof created === 'number' ? created : Math.floor(Date.now() / 1000);
  const dynamodb: Record<string, unknown> = {
    ApproximateCreationDateTime: seconds,
    Keys: jsonAttributeValues(d.Keys),
    SequenceNumber: d.SequenceNumber,
    SizeBytes: d.SizeBytes,
    StreamViewType: d.StreamViewType,
  };
  if (d.NewImage) dynamodb.NewImage = jsonAttributeValues(d.NewImage);
  if (d.OldImage) dynamodb.OldImage = jsonAttributeValues(d.OldImage);
  return {
    eventID: r.eventID,
    eventName: r.eventName,
    eventVersion: r.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    dynamodb,
    eventSourceARN: streamArn,
    ...(r.userIdentity ? { userIdentity: r.userIdentity } : {}),
  } as DynamoDBRecord;
}

interface ShardState {
  id: string;
  parentId?: string;
  iterator?: string;
  lastSequence?: string;
  done: boolean;
}

export function startStreamPoller(cfg: StreamSourceConfig, deps: { streams: DynamoDBStreamsClient; sqs: SQSClient; invoke: FunctionInvoker; log: (line: string) => void }): Poller {
  let stopping = false;
  const shards = new Map<string, ShardState>();
  const interval = cfg.pollIntervalMs ?? 250;

  const describe = async (): Promise<Shard[]> => {
    const all: Shard[] = [];
    let start: string | undefined;
    do {
      const res = await deps.streams.send(new DescribeStreamCommand({ StreamArn: cfg.streamArn, ExclusiveStartShardId: start }));
      all.push(...(res.StreamDescription?.Shards ?? []));
      start = res.StreamDescription?.LastEvaluatedShardId;
    } while (start);
    return all;
  };

  const iteratorFor = async (shard: ShardState, type: 'LATEST' | 'TRIM_HORIZON' | 'AFTER_SEQUENCE_NUMBER') => {
    const res = await deps.streams.send(new GetShardIteratorCommand({
      StreamArn: cfg.streamArn,
      ShardId: shard.id,
      ShardIteratorType: type,
      ...(type === 'AFTER_SEQUENCE_NUMBER' ? { SequenceNumber: shard.lastSequence } : {}),
    }));
    return res.ShardIterator;
  };

  const refreshShards = async (initial: boolean) => {
    for (const s of await describe()) {
      if (!s.ShardId || shards.has(s.ShardId)) continue;
      const closed = Boolean(s.SequenceNumberRange?.EndingSequenceNumber);
      const state: ShardState = { id: s.ShardId, parentId: s.ParentShardId, done: false };
      if (initial && cfg.startingPosition === 'LATEST') {
        // LATEST: only what is written from now on; closed shards hold nothing new
        if (closed) state.done = true;
        else state.iterator = await iteratorFor(state, 'LATEST');
      }
      shards.set(s.ShardId, state);
    }
  };

  const onFailure = async (records: DynamoDBRecord[], failed: Parameters<typeof streamOnFailureRecord>[0]['failed'], shardId: string) => {
    const body = streamOnFailureRecord({ failed, functionArn: cfg.functionArn, shardId, streamArn: cfg.streamArn });
    if (cfg.onFailureQueueUrl) {
      await deps.sqs.send(new SendMessageCommand({ QueueUrl: cfg.onFailureQueueUrl, MessageBody: JSON.stringify(body) }));
      deps.log(`[${cfg.functionKey}] dynamodb: ${records.length} record(s) sent to the on-failure destination after ${failed.approximateInvokeCount} invocation(s)`);
    } else {
      deps.log(`[${cfg.functionKey}] dynamodb: ${records.length} record(s) discarded after ${failed.approximateInvokeCount} invocation(s) (no on-failure destination)`);
    }
  };

  const pollShard = async (shard: ShardState): Promise<boolean> => {
    if (shard.done) return false;
    if (shard.parentId && shards.has(shard.parentId) && !shards.get(shard.parentId)!.done) return false; // parent first
    if (!shard.iterator) shard.iterator = await iteratorFor(shard, shard.lastSequence ? 'AFTER_SEQUENCE_NUMBER' : 'TRIM_HORIZON');
    if (!shard.iterator) { shard.done = true; return true; }
    let res;
    try {
      res = await deps.streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: 1000 }));
    } catch (err) {
      if ((err as Error).name === 'ExpiredIteratorException') { shard.iterator = undefined; return false; }
      if ((err as Error).name === 'ResourceNotFoundException' || (err as Error).name === 'TrimmedDataAccessException') { shard.done = true; return true; }
      throw err;
    }
    const raw = res.Records ?? [];
    shard.iterator = res.NextShardIterator;
    if (!shard.iterator) shard.done = true; // closed shard fully read: children may start
    let records = raw.map((r) => toLambdaStreamRecord(r, cfg.streamArn, cfg.region));
    // batching window: wait a little for more records when the batch is not full
    if (records.length > 0 && records.length < cfg.batchSize && cfg.batchWindowSeconds > 0 && shard.iterator) {
      await sleep(Math.min(cfg.batchWindowSeconds * 1000, 1000));
      const more = await deps.streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: 1000 }));
      shard.iterator = more.NextShardIterator;
      if (!shard.iterator) shard.done = true;
      records = records.concat((more.Records ?? []).map((r) => toLambdaStreamRecord(r, cfg.streamArn, cfg.region)));
    }
    if (records.length === 0) return false;
    const matching = records.filter((r) => matchesAnyPattern(r, cfg.filterPatterns));
    await deliverInOrder(matching, cfg, {
      invoke: (batch) => deps.invoke(cfg.functionName, { Records: batch }),
      onFailure: (failed) => onFailure(failed.records, failed, shard.id),
      log: (e) => deps.log(`[${cfg.functionKey}] dynamodb batch: ${e.records} record(s), ${e.failures} failure(s)${e.error ? ' (invocation error)' : ''}`),
      backoff: (attempt) => sleep(Math.min(200 * 2 ** (attempt - 1), 5000)),
      stopped: () => stopping,
    });
    shard.lastSequence = records.at(-1)?.dynamodb?.SequenceNumber ?? shard.lastSequence;
    return true;
  };

  const loop = async () => {
    let lastRefresh = Date.now();
    while (!stopping) {
      try {
        if (Date.now() - lastRefresh > 2000) {
          await refreshShards(false);
          lastRefresh = Date.now();
        }
        let busy = false;
        for (const shard of shards.values()) {
          if (stopping) break;
          if (await pollShard(shard)) busy = true;
        }
        if (!busy) await sleep(interval);
      } catch (err) {
        if (stopping) break;
        deps.log(`[${cfg.functionKey}] stream poller error: ${(err as Error).name}: ${(err as Error).message}`);
        await sleep(1000);
      }
    }
  };
  // the first shard listing (and LATEST iterators) must exist before start resolves
  const ready = refreshShards(true).then(() => { running = loop(); }, (err) => { deps.log(`[${cfg.functionKey}] stream poller cannot start: ${(err as Error).message}`); });
  let running: Promise<void> = Promise.resolve();
  return {
    name: `${cfg.functionKey} ← dynamodb stream`,
    ready,
    async stop() {
      stopping = true;
      await ready;
      await running;
    },
  } as Poller & { ready: Promise<void> };
}
