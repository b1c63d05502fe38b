import { parseMessageNumber } from '#lib/domain/message-number.ts';
import { listUnroutedSince } from '#lib/db/messages.ts';
import { stackEnv, tokenFor, waitFor } from '#local/testing/clients.ts';
import { queueDepth, TEST_RESOURCES } from '#test/support/resources.ts';
import { api, validMessage } from '#test/support/http.ts';

describe('message numbers under concurrency', () => {
  it('1,000 concurrent submissions get 1,000 distinct valid numbers', async () => {
    const token = await tokenFor('citizen-2');
    const responses = await Promise.all(
      Array.from({ length: 1000 }, (_, index) =>
        api<{ id: string; number: string }>('/v1/messages', { token, body: validMessage({ address: `г. Курск, ул. Ленина, ${index}` }) }),
      ),
    );
    const failures = responses.filter((response) => response.status !== 201);
    expect(failures.slice(0, 3).map((response) => [response.status, response.json])).toEqual([]);
    const numbers = responses.map((response) => response.json.number);
    expect(numbers.every((number) => parseMessageNumber(number) !== null)).toBe(true);
    expect(new Set(numbers).size).toBe(1000);
    expect(new Set(responses.map((response) => response.json.id)).size).toBe(1000);

    // the pipeline works the burst off: every message routed, every notification sent
    const ids = new Set(responses.map((response) => response.json.id));
    await waitFor(async () => {
      const unrouted = await listUnroutedSince('9999', 1000);
      return unrouted.every((id) => !ids.has(id));
    }, { timeoutMs: 180_000, intervalMs: 1_000 });
    await waitFor(async () => (await queueDepth(TEST_RESOURCES.notificationsQueue)) === 0, { timeoutMs: 180_000, intervalMs: 1_000 });
    // later suites look for their own e-mails among few, not among a thousand
    await fetch(`${stackEnv()['MAILDEV_API_URL']}/email/all`, { method: 'DELETE' });
  }, 420_000);
});
