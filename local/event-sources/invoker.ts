/** Invokes functions through serverless-offline's Lambda invoke endpoint, as the Lambda service would. */
import { randomUUID } from 'node:crypto';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { credentials } from '../resources.ts';
import type { InvokeOutcome } from './batch.ts';

export type FunctionInvoker = (functionName: string, event: unknown) => Promise<InvokeOutcome>;

export function lambdaInvoker({ endpoint, region }: { endpoint: string; region: string }): FunctionInvoker & { destroy(): void } {
  const client = new LambdaClient({ endpoint, region, credentials, maxAttempts: 1 });
  const invoke = async (functionName: string, event: unknown): Promise<InvokeOutcome> => {
    const requestId = randomUUID();
    try {
      const res = await client.send(new InvokeCommand({
        FunctionName: functionName,
        InvocationType: 'RequestResponse',
        Payload: new TextEncoder().encode(JSON.stringify(event)),
      }));
      const text = res.Payload ? new TextDecoder().decode(res.Payload) : '';
      let payload: unknown = undefined;
      try { payload = text ? JSON.parse(text) : undefined; } catch { payload = text; }
      if (res.FunctionError) {
        const message = payload && typeof payload === 'object' ? String((payload as { errorType?: string; errorMessage?: string }).errorType ?? res.FunctionError) : res.FunctionError;
        return { ok: false, error: message, requestId: res.$metadata.requestId ?? requestId };
      }
      return { ok: true, payload, requestId: res.$metadata.requestId ?? requestId };
    } catch (err) {
      return { ok: false, error: (err as Error).name || 'InvokeError', requestId };
    }
  };
  return Object.assign(invoke, { destroy: () => client.destroy() });
}
