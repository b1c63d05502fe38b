import { isValidMessageNumber } from '#lib/domain/message-number.ts';
import { maildevMessages, waitFor } from '#local/testing/clients.ts';
import { api, validMessage } from '#test/support/http.ts';

interface MessageBody {
  id: string;
  number: string;
  status: string;
  statusLabel: string;
  deadline: string;
  deadlineDate: string;
  organization: { id: string; name: string } | null;
  history: { at: string; status: string; actor: string; event: string }[];
  text: string;
}

describe('a citizen submits a message and sees it routed', () => {
  let created: MessageBody;

  beforeAll(async () => {
    const response = await api<MessageBody>('/v1/messages', { as: 'citizen-1', body: validMessage() });
    expect(response.status).toBe(201);
    created = response.json;
  });

  it('gets a number and a deadline at once', () => {
    expect(created.id).toMatch(/^[1-9]\d{10}$/);
    expect(created.number).toMatch(/^\d{3}-\d{3}-\d{3}-\d{2}$/);
    expect(created.number.replaceAll('-', '')).toBe(created.id);
    expect(isValidMessageNumber(created.number)).toBe(true);
    expect(created.status).toBe('registered');
    expect(created.statusLabel).toBe('Зарегистрировано');
    expect(Date.parse(created.deadline)).toBeGreaterThan(Date.now());
    expect(created.organization).toBeNull();
  });

  it('is routed to the organization responsible for the category and territory within seconds', async () => {
    const routed = await waitFor(async () => {
      const { json } = await api<MessageBody>(`/v1/messages/${created.id}`, { as: 'citizen-1' });
      return json.status === 'routed' ? json : undefined;
    }, { timeoutMs: 20_000 });
    expect(routed.statusLabel).toBe('Направлено в организацию');
    expect(routed.organization?.id).toBeTruthy();
    expect(routed.organization?.name).toBeTruthy();
    expect(routed.history.map((step) => [step.status, step.actor])).toEqual([
      ['registered', 'citizen'],
      ['routed', 'system'],
    ]);
    expect(routed.deadlineDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('sends the citizen an e-mail with the number and the organization', async () => {
    const { json: routed } = await api<MessageBody>(`/v1/messages/${created.id}`, { as: 'citizen-1' });
    const email = await waitFor(async () => (await maildevMessages()).find((mail) => mail.subject === `Сообщение № ${created.number} направлено в организацию`), {
      timeoutMs: 20_000,
    });
    expect(email.to.map((to) => to.address)).toEqual(['citizen-1@example.ru']);
    expect(email.text).toContain(routed.organization?.name ?? 'missing');
  });

  it('tells the organization that a new message arrived', async () => {
    const email = await waitFor(async () => (await maildevMessages()).find((mail) => mail.subject === `Новое сообщение № ${created.number}`), { timeoutMs: 20_000 });
    expect(email.to.map((to) => to.address)).toEqual(['priemnaya@kursk.example.ru']);
    expect(email.text).toContain('Срок ответа');
  });

  it('lists the caller’s messages newest first with an opaque cursor', async () => {
    const second = await api<MessageBody>('/v1/messages', { as: 'citizen-1', body: validMessage({ text: 'Второе сообщение: не горит фонарь у остановки.' }) });
    expect(second.status).toBe(201);
    const page1 = await api<{ items: MessageBody[]; nextCursor?: string }>('/v1/messages?limit=1', { as: 'citizen-1' });
    expect(page1.status).toBe(200);
    expect(page1.json.items.map((item) => item.id)).toEqual([second.json.id]);
    expect(page1.json.nextCursor).toEqual(expect.any(String));
    const page2 = await api<{ items: MessageBody[] }>(`/v1/messages?limit=1&cursor=${page1.json.nextCursor}`, { as: 'citizen-1' });
    expect(page2.json.items.map((item) => item.id)).toEqual([created.id]);
  });

  it('finds the message by its number as dictated, with dashes', async () => {
    const { status, json } = await api<MessageBody>(`/v1/messages/${created.number}`, { as: 'citizen-1' });
    expect(status).toBe(200);
    expect(json.id).toBe(created.id);
  });

  it('shows a message to its author only', async () => {
    const other = await api(`/v1/messages/${created.id}`, { as: 'citizen-2' });
    expect(other.status).toBe(404);
    expect(other.json).toMatchObject({ code: 'message_not_found' });
    const list = await api<{ items: MessageBody[] }>('/v1/messages', { as: 'citizen-2' });
    expect(list.json.items.map((item) => item.id)).not.toContain(created.id);
  });

  it('keeps the correlation id of the request', async () => {
    const response = await api('/v1/messages', {
      as: 'citizen-1',
      body: validMessage(),
      headers: { 'x-correlation-id': 'test-correlation-0001' },
    });
    expect(response.headers.get('x-correlation-id')).toBe('test-correlation-0001');
  });
});
