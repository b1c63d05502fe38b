import { apiUrl } from '#local/testing/clients.ts';
import { percentile, runConcurrently } from './stats.ts';
import { benchMessage } from './message.ts';

export interface HttpIntakeFigures {
  count: number;
  concurrency: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

const submit = async (token: string, index: number): Promise<number> => {
  const response = await fetch(`${apiUrl()}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(benchMessage(index)),
  });
  await response.arrayBuffer();
  return response.status;
};

export const measureHttpIntake = async (token: string, { count, concurrency }: { count: number; concurrency: number }): Promise<HttpIntakeFigures> => {
  await runConcurrently(50, concurrency, async (index) => void (await submit(token, index)));
  let errors = 0;
  const started = performance.now();
  const durations = await runConcurrently(count, concurrency, async (index) => {
    if ((await submit(token, index)) !== 201) errors++;
  });
  const seconds = (performance.now() - started) / 1000;
  return { count, concurrency, perSecond: count / seconds, p50: percentile(durations, 50), p99: percentile(durations, 99), errors };
};
