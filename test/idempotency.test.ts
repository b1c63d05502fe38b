import { api, validMessage } from '#test/support/http.ts';

describe('Idempotency-Key on POST /v1/messages', () => {
  it('gives the same message for the same key and body, and an error for the same key with another body', async () => {
    const key = `retry-${Date.now()}`;
    const body = validMessage();
    const first = await api<{ id: string; number: string }>('/v1/messages', { as: 'citizen-2', body, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    const again = await api<{ id: string; number: string }>('/v1/messages', { as: 'citizen-2', body: { ...body }, headers: { 'idempotency-key': key } });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.json).toMatchObject({ id: first.json.id, number: first.json.number });

    const other = await api('/v1/messages', { as: 'citizen-2', body: validMessage({ text: 'Совсем другое сообщение про уборку снега.' }), headers: { 'idempotency-key': key } });
    expect(other.status).toBe(422);
    expect(other.json).toMatchObject({ code: 'idempotency_key_reused' });
  });

  it('gives one message for concurrent retries with one key', async () => {
    const key = `burst-${Date.now()}`;
    const body = validMessage();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => api<{ id: string }>('/v1/messages', { as: 'citizen-2', body, headers: { 'idempotency-key': key } })),
    );
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(responses.map((response) => response.json.id)).size).toBe(1);
  });
});
