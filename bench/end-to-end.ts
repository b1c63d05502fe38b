import { apiUrl } from '#local/testing/clients.ts';
import { benchMessage } from './message.ts';
import { percentile, runConcurrently } from './stats.ts';

export interface EndToEndFigures {
  count: number;
  p50: number;
  p99: number;
}

const POLL_MS = 50;
const TIMEOUT_MS = 120_000;

/** From POST /v1/messages to the routed e-mail arriving in MailDev, per message. */
export const measureEndToEnd = async (
  token: string,
  { count, concurrency }: { count: number; concurrency: number },
  mails: () => Promise<{ subject: string }[]>,
): Promise<EndToEndFigures> => {
  const submittedAt = new Map<string, number>();
  const arrivedAfter = new Map<string, number>();
  let polling = true;
  const poll = (async () => {
    const deadline = performance.now() + TIMEOUT_MS;
    while (polling && performance.now() < deadline) {
      const subjects = (await mails()).map((mail) => mail.subject);
      for (const [number, at] of submittedAt) {
        if (!arrivedAfter.has(number) && subjects.some((subject) => subject.includes(number))) {
          arrivedAfter.set(number, performance.now() - at);
        }
      }
      if (arrivedAfter.size === count) return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  })();
  await runConcurrently(count, concurrency, async (index) => {
    const started = performance.now();
    const response = await fetch(`${apiUrl()}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(benchMessage(100_000 + index)),
    });
    const { number } = (await response.json()) as { number: string };
    submittedAt.set(number, started);
  });
  await poll;
  polling = false;
  const latencies = [...arrivedAfter.values()];
  if (latencies.length < count) throw new Error(`only ${latencies.length} of ${count} e-mails arrived`);
  return { count, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
};
