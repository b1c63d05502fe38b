/**
 * The pure parts of the event source mapping emulation: partial batch responses, which SQS messages
 * to delete, and the per-shard checkpoint / retry / bisect / on-failure logic of stream sources.
 */

export type InvokeOutcome =
  | { ok: true; payload: unknown; requestId: string }
  | { ok: false; error: string; requestId: string };

export type Invoke<E> = (event: E) => Promise<InvokeOutcome>;

/**
 * Reads `batchItemFailures` from a function's response as Lambda does: an absent/empty list is success;
 * an entry whose itemIdentifier is missing, empty or not part of the batch fails the whole batch.
 */
export function failedItems(payload: unknown, batchIds: readonly string[]): { wholeBatch: boolean; ids: Set<string> } {
  const ids = new Set<string>();
  if (!payload || typeof payload !== 'object') return { wholeBatch: false, ids };
  const list = (payload as { batchItemFailures?: unknown }).batchItemFailures;
  if (list === undefined || list === null) return { wholeBatch: false, ids };
  if (!Array.isArray(list)) return { wholeBatch: true, ids };
  const known = new Set(batchIds);
  for (const item of list) {
    const id = item && typeof item === 'object' ? (item as { itemIdentifier?: unknown }).itemIdentifier : undefined;
    if (typeof id !== 'string' || id === '' || !known.has(id)) return { wholeBatch: true, ids };
    ids.add(id);
  }
  return { wholeBatch: false, ids };
}

/** SQS: which messages (by messageId) to delete after an invocation. */
export function sqsMessagesToDelete(messageIds: readonly string[], outcome: InvokeOutcome, reportBatchItemFailures: boolean): string[] {
  if (!outcome.ok) return [];
  if (!reportBatchItemFailures) return [...messageIds];
  const { wholeBatch, ids } = failedItems(outcome.payload, messageIds);
  if (wholeBatch) return [];
  return messageIds.filter((id) => !ids.has(id));
}

// ---------------------------------------------------------------------------------------------------------
// streams

export interface StreamRecordLike {
  dynamodb?: { SequenceNumber?: string; ApproximateCreationDateTime?: number };
}

export interface StreamSourceOptions {
  batchSize: number;
  /** -1 = retry until the record expires (AWS default) */
  maximumRetryAttempts: number;
  bisectBatchOnFunctionError: boolean;
  reportBatchItemFailures: boolean;
}

export interface FailedBatch<R> {
  records: R[];
  outcome: InvokeOutcome;
  /** invocations of this batch, the first one included */
  approximateInvokeCount: number;
}

export interface BatchLogEntry {
  records: number;
  failures: number;
  error?: boolean;
}

export interface ShardBatcherDeps<R> {
  invoke: Invoke<R[]>;
  onFailure: (failed: FailedBatch<R>) => Promise<void>;
  log?: (entry: BatchLogEntry) => void;
  /** wait before a retry; attempt starts at 1 */
  backoff?: (attempt: number) => Promise<void>;
  /** stop requested: give up between invocations (records stay unprocessed) */
  stopped?: () => boolean;
}

const seqOf = (r: StreamRecordLike) => r.dynamodb?.SequenceNumber ?? '';

/**
 * Delivers the (already filtered) records of one shard in order, as Lambda does:
 * - success → checkpoint past the batch;
 * - batchItemFailures → checkpoint up to the first (lowest) failed sequence number and retry from it;
 * - function error → bisect the batch when enabled (not counted as a retry), else retry it;
 * - after `maximumRetryAttempts` retries of the same record/batch → on-failure destination, then move on.
 * Resolves when every record has been delivered or discarded (or a stop was requested).
 */
export async function deliverInOrder<R extends StreamRecordLike>(records: readonly R[], options: StreamSourceOptions, deps: ShardBatcherDeps<R>): Promise<{ delivered: number; discarded: number }> {
  const pending = [...records];
  let limit = options.batchSize;
  const attempts = new Map<string, number>(); // key: first sequence number + size of the retried batch
  let delivered = 0;
  let discarded = 0;

  while (pending.length > 0) {
    if (deps.stopped?.()) break;
    const batch = pending.slice(0, Math.max(1, limit));
    const key = `${seqOf(batch[0]!)}/${batch.length}`;
    const outcome = await deps.invoke(batch);

    let failedFrom = -1; // index in batch of the first record to retry, -1 = none
    if (outcome.ok) {
      if (options.reportBatchItemFailures) {
        const seqs = batch.map(seqOf);
        const { wholeBatch, ids } = failedItems(outcome.payload, seqs);
        failedFrom = wholeBatch ? 0 : seqs.findIndex((s) => ids.has(s));
        deps.log?.({ records: batch.length, failures: wholeBatch ? batch.length : ids.size });
      } else {
        deps.log?.({ records: batch.length, failures: 0 });
      }
    } else {
      deps.log?.({ records: batch.length, failures: batch.length, error: true });
      if (options.bisectBatchOnFunctionError && batch.length > 1) {
        limit = Math.ceil(batch.length / 2);
        continue;
      }
      failedFrom = 0;
    }

    if (failedFrom < 0) {
      pending.splice(0, batch.length);
      delivered += batch.length;
      attempts.delete(key);
      limit = options.batchSize;
      continue;
    }

    // checkpoint before the first failure
    pending.splice(0, failedFrom);
    delivered += failedFrom;
    const retried = batch.slice(failedFrom);
    // partial failure: the retry starts at the failed record and that record's invocations are counted;
    // function error: the same batch is retried and counted
    const retryKey = outcome.ok ? `${seqOf(retried[0]!)}/item` : key;
    const retryCount = (attempts.get(retryKey) ?? 0) + 1;
    attempts.set(retryKey, retryCount);

    const retriesDone = retryCount - 1;
    if (options.maximumRetryAttempts >= 0 && retriesDone >= options.maximumRetryAttempts) {
      // a partial failure discards just the failed record; a function error the whole failing batch
      const dropped = outcome.ok ? retried.slice(0, 1) : retried;
      pending.splice(0, dropped.length);
      discarded += dropped.length;
      attempts.delete(retryKey);
      limit = options.batchSize;
      await deps.onFailure({ records: dropped, outcome, approximateInvokeCount: retryCount });
      continue;
    }
    if (!outcome.ok) limit = retried.length;
    await deps.backoff?.(retryCount);
  }
  return { delivered, discarded };
}

/** The AWS-shaped record sent to a stream source's on-failure destination. */
export function streamOnFailureRecord(args: {
  failed: FailedBatch<StreamRecordLike>;
  functionArn: string;
  shardId: string;
  streamArn: string;
  now?: Date;
}) {
  const { failed, functionArn, shardId, streamArn } = args;
  const first = failed.records[0]?.dynamodb;
  const last = failed.records.at(-1)?.dynamodb;
  const iso = (epochSeconds: number | undefined) => new Date((epochSeconds ?? Date.now() / 1000) * 1000).toISOString();
  return {
    requestContext: {
      requestId: failed.outcome.requestId,
      functionArn,
      condition: 'RetryAttemptsExhausted',
      approximateInvokeCount: failed.approximateInvokeCount,
    },
    responseContext: {
      statusCode: 200,
      executedVersion: '$LATEST',
      functionError: failed.outcome.ok ? '' : 'Unhandled',
    },
    version: '1.0',
    timestamp: (args.now ?? new Date()).toISOString(),
    DDBStreamBatchInfo: {
      shardId,
      startSequenceNumber: first?.SequenceNumber ?? '',
      endSequenceNumber: last?.SequenceNumber ?? '',
      approximateArrivalOfFirstRecord: iso(first?.ApproximateCreationDateTime),
      approximateArrivalOfLastRecord: iso(last?.ApproximateCreationDateTime),
      batchSize: failed.records.length,
      streamArn,
    },
  };
}
