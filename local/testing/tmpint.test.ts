import { apiUrl, maildevMessages, tokenFor, waitFor } from './clients.ts';
it('talks to the test stack', async () => {
  expect(apiUrl()).toBe('http://localhost:3100');
  const res = await fetch(apiUrl('/v1/categories'));
  expect(res.status).toBe(200);
  const token = await tokenFor('citizen-1');
  const mine = await fetch(apiUrl('/v1/messages'), { headers: { authorization: `Bearer ${token}` } });
  expect(mine.status).toBe(200);
  expect(Array.isArray(await maildevMessages())).toBe(true);
  expect(await waitFor(async () => 42, { timeoutMs: 100 })).toBe(42);
  await expect(tokenFor('nobody')).rejects.toThrow(/no token/);
}, 30000);
