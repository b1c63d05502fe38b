import { deliverInOrder, failedItems, sqsMessagesToDelete, streamOnFailureRecord, type FailedBatch, type InvokeOutcome, type StreamRecordLike } from './batch.ts';

const ok = (payload: unknown = null): InvokeOutcome => ({ ok: true, payload, requestId: 'req' });
const err: InvokeOutcome = { ok: false, error: 'Error', requestId: 'req-err' };

describe('SQS partial batch response', () => {
  const ids = ['m1', 'm2', 'm3'];
  it('deletes everything on success', () => {
    expect(sqsMessagesToDelete(ids, ok({ batchItemFailures: [] }), true)).toEqual(ids);
    expect(sqsMessagesToDelete(ids, ok(undefined), true)).toEqual(ids);
    expect(sqsMessagesToDelete(ids, ok({ batchItemFailures: [{ itemIdentifier: 'm2' }] }), false)).toEqual(ids);
  });
  it('keeps the reported failures', () => {
    expect(sqsMessagesToDelete(ids, ok({ batchItemFailures: [{ itemIdentifier: 'm2' }] }), true)).toEqual(['m1', 'm3']);
  });
  it('deletes nothing on an invocation error or an invalid identifier', () => {
    expect(sqsMessagesToDelete(ids, err, true)).toEqual([]);
    expect(sqsMessagesToDelete(ids, err, false)).toEqual([]);
    expect(sqsMessagesToDelete(ids, ok({ batchItemFailures: [{ itemIdentifier: 'nope' }] }), true)).toEqual([]);
    expect(sqsMessagesToDelete(ids, ok({ batchItemFailures: [{ itemIdentifier: '' }] }), true)).toEqual([]);
    expect(failedItems({ batchItemFailures: [{}] }, ids).wholeBatch).toBe(true);
  });
});

type Rec = StreamRecordLike & { id: string };
const recs = (n: number): Rec[] => Array.from({ length: n }, (_, i) => ({ id: `r${i + 1}`, dynamodb: { SequenceNumber: String(100 + i), ApproximateCreationDateTime: 1_700_000_000 + i } }));
const seq = (r: Rec) => r.dynamodb!.SequenceNumber!;

/** A fake function: fails records whose id is in `poison` (partial failure or thrown error). */
function fakeFunction(poison: Set<string>, mode: 'partial' | 'throw') {
  const calls: string[][] = [];
  const invoke = async (batch: Rec[]): Promise<InvokeOutcome> => {
    calls.push(batch.map((r) => r.id));
    const bad = batch.filter((r) => poison.has(r.id));
    if (bad.length === 0) return ok({ batchItemFailures: [] });
    if (mode === 'throw') return err;
    return ok({ batchItemFailures: bad.map((r) => ({ itemIdentifier: seq(r) })) });
  };
  return { calls, invoke };
}

describe('stream delivery: checkpoint, retry, bisect, on-failure', () => {
  const base = { batchSize: 10, maximumRetryAttempts: 3, bisectBatchOnFunctionError: false, reportBatchItemFailures: true };

  it('delivers in batches of batchSize, in order', async () => {
    const fn = fakeFunction(new Set(), 'partial');
    const res = await deliverInOrder(recs(5), { ...base, batchSize: 2 }, { invoke: fn.invoke, onFailure: async () => {} });
    expect(fn.calls).toEqual([['r1', 'r2'], ['r3', 'r4'], ['r5']]);
    expect(res).toEqual({ delivered: 5, discarded: 0 });
  });

  it('checkpoints up to the first reported failure and retries from it; a poison record goes to on-failure after maximumRetryAttempts', async () => {
    const fn = fakeFunction(new Set(['r3']), 'partial');
    const failures: FailedBatch<Rec>[] = [];
    const res = await deliverInOrder(recs(5), base, { invoke: fn.invoke, onFailure: async (f) => { failures.push(f); } });
    expect(fn.calls[0]).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    // 1 first try + 3 retries, each starting at the failed record
    expect(fn.calls.slice(1, 4)).toEqual([['r3', 'r4', 'r5'], ['r3', 'r4', 'r5'], ['r3', 'r4', 'r5']]);
    expect(fn.calls[4]).toEqual(['r4', 'r5']);
    expect(fn.calls).toHaveLength(5);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.records.map((r) => r.id)).toEqual(['r3']);
    expect(failures[0]!.approximateInvokeCount).toBe(4);
    expect(res).toEqual({ delivered: 4, discarded: 1 });
  });

  it('retries from the lowest failed sequence number when several fail', async () => {
    const fn = fakeFunction(new Set(['r2', 'r4']), 'partial');
    const failures: string[][] = [];
    await deliverInOrder(recs(5), { ...base, maximumRetryAttempts: 0 }, { invoke: fn.invoke, onFailure: async (f) => { failures.push(f.records.map((r) => r.id)); } });
    expect(fn.calls).toEqual([['r1', 'r2', 'r3', 'r4', 'r5'], ['r3', 'r4', 'r5'], ['r5']]);
    expect(failures).toEqual([['r2'], ['r4']]);
  });

  it('recovers when a retry succeeds', async () => {
    let failOnce = true;
    const calls: string[][] = [];
    const invoke = async (batch: Rec[]) => {
      calls.push(batch.map((r) => r.id));
      if (failOnce && batch.some((r) => r.id === 'r2')) { failOnce = false; return ok({ batchItemFailures: [{ itemIdentifier: '101' }] }); }
      return ok({});
    };
    const onFailure = jest.fn(async () => {});
    const res = await deliverInOrder(recs(3), base, { invoke, onFailure });
    expect(calls).toEqual([['r1', 'r2', 'r3'], ['r2', 'r3']]);
    expect(onFailure).not.toHaveBeenCalled();
    expect(res.delivered).toBe(3);
  });

  it('bisects on function error until the poison record is alone, then retries it and moves past it', async () => {
    const fn = fakeFunction(new Set(['r3']), 'throw');
    const failures: FailedBatch<Rec>[] = [];
    const res = await deliverInOrder(recs(4), { ...base, bisectBatchOnFunctionError: true, maximumRetryAttempts: 1 }, { invoke: fn.invoke, onFailure: async (f) => { failures.push(f); } });
    expect(fn.calls).toEqual([
      ['r1', 'r2', 'r3', 'r4'],
      ['r1', 'r2'],
      ['r3', 'r4'],
      ['r3'],
      ['r3'],
      ['r4'],
    ]);
    expect(failures.map((f) => f.records.map((r) => r.id))).toEqual([['r3']]);
    expect(failures[0]!.approximateInvokeCount).toBe(2);
    expect(res).toEqual({ delivered: 3, discarded: 1 });
  });

  it('without bisect, a failing batch is retried whole and discarded whole', async () => {
    const fn = fakeFunction(new Set(['r2']), 'throw');
    const failures: string[][] = [];
    await deliverInOrder(recs(3), { ...base, reportBatchItemFailures: false, maximumRetryAttempts: 2, batchSize: 2 }, { invoke: fn.invoke, onFailure: async (f) => { failures.push(f.records.map((r) => r.id)); } });
    expect(fn.calls).toEqual([['r1', 'r2'], ['r1', 'r2'], ['r1', 'r2'], ['r3']]);
    expect(failures).toEqual([['r1', 'r2']]);
  });

  it('an invalid itemIdentifier fails the whole batch', async () => {
    const calls: number[] = [];
    const invoke = async (batch: Rec[]) => { calls.push(batch.length); return ok({ batchItemFailures: [{ itemIdentifier: 'not-a-sequence-number' }] }); };
    const failures: string[][] = [];
    await deliverInOrder(recs(2), { ...base, maximumRetryAttempts: 1 }, { invoke, onFailure: async (f) => { failures.push(f.records.map((r) => r.id)); } });
    expect(failures).toEqual([['r1'], ['r2']]);
    expect(calls).toEqual([2, 2, 1, 1]);
  });

  it('builds the AWS-shaped on-failure record', () => {
    const records = recs(2);
    const body = streamOnFailureRecord({
      failed: { records, outcome: ok({}), approximateInvokeCount: 4 },
      functionArn: 'arn:aws:lambda:eu-central-1:000000000000:function:pos-test-route-message',
      shardId: 'shardId-1',
      streamArn: 'arn:stream',
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(body).toEqual({
      requestContext: { requestId: 'req', functionArn: 'arn:aws:lambda:eu-central-1:000000000000:function:pos-test-route-message', condition: 'RetryAttemptsExhausted', approximateInvokeCount: 4 },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: '' },
      version: '1.0',
      timestamp: '2026-01-01T00:00:00.000Z',
      DDBStreamBatchInfo: {
        shardId: 'shardId-1',
        startSequenceNumber: '100',
        endSequenceNumber: '101',
        approximateArrivalOfFirstRecord: new Date(1_700_000_000_000).toISOString(),
        approximateArrivalOfLastRecord: new Date(1_700_000_001_000).toISOString(),
        batchSize: 2,
        streamArn: 'arn:stream',
      },
    });
  });
});
