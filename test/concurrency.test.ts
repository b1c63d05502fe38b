import { parseMessageNumber } from '#lib/domain/message-number.ts';
import { tokenFor } from '#local/testing/clients.ts';
import { api, validMessage } from '#test/support/http.ts';

describe('message numbers under concurrency', () => {
  it('1,000 concurrent submissions get 1,000 distinct valid numbers', async () => {
    const token = await tokenFor('citizen-2');
    const responses = await Promise.all(
      Array.from({ length: 1000 }, (_, index) =>
        api<{ id: string; number: string }>('/v1/messages', { token, body: validMessage({ text: `Параллельная проверка номер ${index}: яма на дороге.` }) }),
      ),
    );
    const failures = responses.filter((response) => response.status !== 201);
    expect(failures.slice(0, 3).map((response) => [response.status, response.json])).toEqual([]);
    const numbers = responses.map((response) => response.json.number);
    expect(numbers.every((number) => parseMessageNumber(number) !== null)).toBe(true);
    expect(new Set(numbers).size).toBe(1000);
    expect(new Set(responses.map((response) => response.json.id)).size).toBe(1000);
  }, 240_000);
});
