import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';
import { UpdateItemCommand } from 'dynamodb-toolbox';
import { MessageEntity } from '#lib/db/entities/message.ts';
import { getMessage } from '#lib/db/messages.ts';
import { markDeadline } from '#lib/db/transitions.ts';
import { inboxKeys } from '#lib/domain/inbox.ts';
import { lambdaUrl, maildevMessages, waitFor } from '#local/testing/clients.ts';
import { demoOrganizations } from '#local/seed/demo-data.ts';
import { api, validMessage } from '#test/support/http.ts';

interface Card { id: string; number: string; status: string; organization: { id: string } | null }

const routed = async (): Promise<Card> => {
  const { json } = await api<Card>('/v1/messages', { as: 'citizen-1', body: validMessage() });
  return waitFor(async () => {
    const { json: card } = await api<Card>(`/v1/messages/${json.id}`, { as: 'citizen-1' });
    return card.status === 'routed' ? card : undefined;
  }, { timeoutMs: 20_000 });
};

/** Moves a routed message's deadline (and its place in the inboxes), as time passing would. */
const setDeadline = async (card: Card, deadlineAt: string) => {
  const keys = inboxKeys({ id: card.id, status: 'routed', organizationId: card.organization?.id ?? '', regionCode: '38', deadlineAt });
  await MessageEntity.build(UpdateItemCommand).item({ id: card.id, deadlineAt, deadlineDate: deadlineAt.slice(0, 10), ...keys }).send();
};

const watch = async () => {
  const lambda = new LambdaClient({ endpoint: lambdaUrl(), region: 'eu-central-1' });
  const out = await lambda.send(new InvokeCommand({ FunctionName: 'pos-test-watch-deadlines', Payload: Buffer.from('{}') }));
  return JSON.parse(Buffer.from(out.Payload ?? []).toString()) as { checked: number; warned: number; escalated: number };
};

const emailOf = (organizationId: string) => demoOrganizations.find((organization) => organization.id === organizationId)?.email;

const mailsAbout = async (number: string) => (await maildevMessages()).filter((mail) => mail.subject.includes(number));

describe('the deadline watcher', () => {
  it('warns the organization a day ahead, escalates overdue messages to the coordinator, each once', async () => {
    const overdue = await routed();
    const dueTomorrow = await routed();
    await setDeadline(overdue, new Date(Date.now() - 3600_000).toISOString());
    const tomorrowMoscow = new Date(Date.now() + 24 * 3600_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Moscow' });
    await setDeadline(dueTomorrow, new Date(`${tomorrowMoscow}T20:59:59.999Z`).toISOString());

    const first = await watch();
    expect(first.escalated).toBeGreaterThanOrEqual(1);
    expect(first.warned).toBeGreaterThanOrEqual(1);
    const escalation = await waitFor(async () => (await mailsAbout(overdue.number)).find((mail) => mail.subject.startsWith('Просрочен ответ')), { timeoutMs: 20_000 });
    expect(escalation.to.map((to) => to.address)).toEqual([emailOf('cur-38')]);
    const warning = await waitFor(async () => (await mailsAbout(dueTomorrow.number)).find((mail) => mail.subject.startsWith('Завтра истекает')), { timeoutMs: 20_000 });
    expect(warning.to.map((to) => to.address)).toEqual([emailOf(dueTomorrow.organization?.id ?? '')]);
    expect((await getMessage(overdue.id, { consistent: true }))?.history.at(-1)).toMatchObject({ event: 'escalated', actor: 'system' });

    const second = await watch();
    expect(second).toMatchObject({ warned: 0, escalated: 0 });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect((await mailsAbout(overdue.number)).filter((mail) => mail.subject.startsWith('Просрочен ответ'))).toHaveLength(1);
  });

  it('watches a new deadline afresh after an extension', async () => {
    const late = await routed();
    await setDeadline(late, new Date(Date.now() - 3600_000).toISOString());
    await watch();
    const escalations = async () => (await mailsAbout(late.number)).filter((mail) => mail.subject.startsWith('Просрочен ответ'));
    await waitFor(async () => ((await escalations()).length === 1 ? true : undefined), { timeoutMs: 20_000 });

    const current = await api<Card & { version: number }>(`/v1/org/messages/${late.id}`, { as: 'official-kursk-city' });
    const extended = await api<Card & { deadline: string }>(`/v1/org/messages/${late.id}/actions`, {
      as: 'official-kursk-city',
      body: { action: 'extend', expectedVersion: current.json.version, reason: 'Нужна экспертиза покрытия' },
    });
    expect(extended.status).toBe(200);
    const stored = await getMessage(late.id, { consistent: true });
    expect(stored?.escalatedAt).toBeUndefined();
    expect(stored?.dueSoonNotifiedAt).toBeUndefined();

    // the extended deadline passes too: the coordinator hears about it again
    await setDeadline(late, new Date(Date.now() - 60_000).toISOString());
    await watch();
    await waitFor(async () => ((await escalations()).length === 2 ? true : undefined), { timeoutMs: 20_000 });
  });

  it('does not mark a deadline that changed after the watcher read it', async () => {
    const moved = await routed();
    const step = { at: new Date().toISOString(), status: 'routed' as const, actor: 'system' as const, event: 'escalated' };
    const stored = await getMessage(moved.id, { consistent: true });
    expect(await markDeadline(moved.id, 'escalatedAt', step, '2020-01-01T00:00:00.000Z')).toBe(false);
    expect((await getMessage(moved.id, { consistent: true }))?.history).toHaveLength(stored?.history.length ?? -1);
    expect(await markDeadline(moved.id, 'escalatedAt', step, stored?.deadlineAt ?? '')).toBe(true);
    expect(await markDeadline(moved.id, 'escalatedAt', step, stored?.deadlineAt ?? '')).toBe(false);
  });

  it('closes an answer left unrated past the rating window, and tells the citizen', async () => {
    const card = await routed();
    const { json: current } = await api<{ version: number }>(`/v1/org/messages/${card.id}`, { as: 'official-kursk-city' });
    const answered = await api<{ version: number; status: string }>(`/v1/org/messages/${card.id}/actions`, {
      as: 'official-kursk-city',
      body: { action: 'answer', expectedVersion: current.version, text: 'Яму заделали.' },
    });
    expect(answered.json.status).toBe('answered');
    // the answer was given 31 days ago, as far as the message knows
    const answeredAt = new Date(Date.now() - 31 * 24 * 3600_000).toISOString();
    const stored = await getMessage(card.id, { consistent: true });
    const keys = inboxKeys({ id: card.id, status: 'answered', organizationId: stored?.organizationId ?? '', regionCode: '38', deadlineAt: stored?.deadlineAt ?? '', answeredAt });
    await MessageEntity.build(UpdateItemCommand).item({ id: card.id, answeredAt, ...keys }).send();

    const result = (await watch()) as unknown as { autoClosed: number };
    expect(result.autoClosed).toBeGreaterThanOrEqual(1);
    const closed = await getMessage(card.id, { consistent: true });
    expect(closed?.status).toBe('closed');
    expect(closed?.history.at(-1)).toMatchObject({ event: 'auto_closed', actor: 'system' });
    await waitFor(async () => (await mailsAbout(card.number)).find((mail) => mail.subject === `Сообщение № ${card.number} закрыто`), { timeoutMs: 20_000 });
  });
});
