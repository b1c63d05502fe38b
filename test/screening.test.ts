import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';
import { PutItemCommand } from 'dynamodb-toolbox';
import { LabeledExampleEntity } from '#lib/db/entities/message.ts';
import { getMessage } from '#lib/db/messages.ts';
import { listLabeledExamples } from '#lib/db/examples.ts';
import { lambdaUrl, maildevMessages, waitFor } from '#local/testing/clients.ts';
import { api, validMessage } from '#test/support/http.ts';
import { uniqueDetail } from '#test/support/texts.ts';

interface OfficialMessage {
  id: string;
  number: string;
  status: string;
  version: number;
  categoryId?: string;
  organization: { id: string; name: string } | null;
  triage?: boolean;
  classification?: { categoryId: string; confidence: number; modelVersion: string };
  rejectionReasons?: { code: string; label: string }[];
  history: { event: string; actor: string }[];
}

const uncategorized = (text: string) => {
  const { categoryId: _c, subcategoryId: _s, ...rest } = validMessage({ text });
  return rest;
};

const settled = async (id: string, as = 'citizen-1') =>
  waitFor(async () => {
    const { json } = await api<OfficialMessage>(`/v1/messages/${id}`, { as });
    return json.status === 'registered' ? undefined : json;
  }, { timeoutMs: 20_000 });

describe('classification and moderation in the pipeline', () => {
  it('classifies a message sent without a category and routes it by the classifier’s category', async () => {
    // sent once per run of the (fresh) test stack, so it is nobody's repeat
    const text = 'На улице Ленина у дома 12 огромная яма на дороге, машины пробивают колёса. Прошу отремонтировать асфальт.';
    const { json: created } = await api<OfficialMessage>('/v1/messages', { as: 'citizen-1', body: uncategorized(text) });
    expect(created.categoryId).toBeUndefined();
    const routed = await settled(created.id);
    expect(routed).toMatchObject({ status: 'routed', categoryId: 'roads' });
    expect(routed.organization?.id).not.toBe('cur-38');
  });

  it('sends a message the classifier is unsure of to the coordinator’s triage, who decides its category', async () => {
    const { json: created } = await api<OfficialMessage>('/v1/messages', {
      as: 'citizen-1',
      body: uncategorized('Прошу разобраться с ситуацией, никто не отвечает уже месяц.'),
    });
    const triaged = await settled(created.id);
    expect(triaged).toMatchObject({ status: 'routed', organization: { id: 'cur-38' } });

    // an official of another organization cannot decide it
    const foreign = await api(`/v1/org/messages/${created.id}/category`, {
      as: 'official-kursk-city',
      body: { categoryId: 'social', expectedVersion: triaged.version },
    });
    expect(foreign.status).toBe(404);

    const stale = await api(`/v1/org/messages/${created.id}/category`, {
      as: 'coordinator-38',
      body: { categoryId: 'social', expectedVersion: triaged.version - 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ code: 'version_conflict', current: { version: triaged.version } });

    const decided = await api<OfficialMessage>(`/v1/org/messages/${created.id}/category`, {
      as: 'coordinator-38',
      body: { categoryId: 'social', expectedVersion: triaged.version },
    });
    expect(decided.status).toBe(200);
    expect(decided.json).toMatchObject({ categoryId: 'social', triage: false, version: triaged.version + 1 });
    expect(decided.json.organization?.id).not.toBe('cur-38');
    expect(decided.json.history.map((step) => step.event)).toEqual(['registered', 'routed', 'category_corrected', 'routed']);

    const month = new Date().toISOString().slice(0, 7);
    const examples = await listLabeledExamples([month]);
    expect(examples).toContainEqual(expect.objectContaining({ messageId: created.id, categoryId: 'social', categoryName: 'Социальное обслуживание и защита', corrected: true }));
  });

  it('rejects an obscene message and tells the citizen why', async () => {
    const { json: created } = await api<OfficialMessage>('/v1/messages', {
      as: 'citizen-1',
      body: validMessage({ text: `Вы там совсем о*уели, сколько можно ждать ремонта дороги у дома 5! ${uniqueDetail()}` }),
    });
    const rejected = await settled(created.id);
    expect(rejected.status).toBe('rejected');
    expect(rejected.rejectionReasons).toEqual([{ code: 'obscene', label: 'Нецензурные выражения' }]);
    const email = await waitFor(async () => (await maildevMessages()).find((mail) => mail.subject === `Сообщение № ${created.number} отклонено`), { timeoutMs: 20_000 });
    expect(email.text).toContain('Нецензурные выражения');
  });

  it('does not reject an angry but clean message', async () => {
    const { json: created } = await api<OfficialMessage>('/v1/messages', {
      as: 'citizen-1',
      body: validMessage({ text: `Безобразие! Доколе будет продолжаться это издевательство с ямами? Позор администрации! ${uniqueDetail()}` }),
    });
    expect((await settled(created.id)).status).toBe('routed');
  });

  it('holds a repeat of the same citizen’s message for a moderator, linked to the first', async () => {
    const text = `Не вывозят мусор с контейнерной площадки во дворе дома 7 по улице Мира, уже две недели. ${uniqueDetail()}`;
    const { json: first } = await api<OfficialMessage>('/v1/messages', { as: 'citizen-1', body: validMessage({ text }) });
    await settled(first.id);
    const { json: second } = await api<OfficialMessage>('/v1/messages', { as: 'citizen-1', body: validMessage({ text: `${text} Повторно!` }) });
    expect((await settled(second.id)).status).toBe('on_moderation');
    expect((await getMessage(second.id, { consistent: true }))?.repeatOf).toBe(first.id);
  });

  it('lets a moderator release a held message, which is then routed, or reject it with a reason', async () => {
    const held = async (text: string) => {
      const { json } = await api<OfficialMessage>('/v1/messages', { as: 'citizen-1', body: validMessage({ text: `${text} ${uniqueDetail()}` }) });
      const settledMessage = await settled(json.id);
      expect(settledMessage.status).toBe('on_moderation');
      return api<OfficialMessage>(`/v1/org/messages/${json.id}`, { as: 'moderator-1' });
    };
    const first = await held('Чиновники в администрации — бездельники и воры, яма у дома 5 так и не заделана.');
    expect(first.status).toBe(200);
    expect((await api(`/v1/org/messages/${first.json.id}/actions`, { as: 'official-kursk-city', body: { action: 'release', expectedVersion: first.json.version } })).status).toBe(404);
    const released = await api<OfficialMessage>(`/v1/org/messages/${first.json.id}/actions`, {
      as: 'moderator-1',
      body: { action: 'release', expectedVersion: first.json.version },
    });
    expect(released.json.status).toBe('registered');
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const lambda = new LambdaClient({ endpoint: lambdaUrl(), region: 'eu-central-1' });
    await lambda.send(new InvokeCommand({ FunctionName: 'pos-test-sweep-unrouted', Payload: Buffer.from('{}') }));
    expect((await getMessage(first.json.id, { consistent: true }))?.status).toBe('routed');

    const second = await held('Глава района дебил, дорогу не ремонтируют третий год, яма у дома 7.');
    const rejected = await api<OfficialMessage>(`/v1/org/messages/${second.json.id}/actions`, {
      as: 'moderator-1',
      body: { action: 'reject', expectedVersion: second.json.version, reason: 'Оскорбление должностного лица' },
    });
    expect(rejected.json.status).toBe('rejected');
    await waitFor(async () => (await maildevMessages()).find((mail) => mail.subject === `Сообщение № ${second.json.number} отклонено`), { timeoutMs: 20_000 });
  });

  it('retrains on confirmed examples and publishes a model the pipeline then uses', async () => {
    // officials have just confirmed these categories; being the newest, the last fifth is the held-back slice
    const start = Date.now();
    const confirmedAt = (index: number) => new Date(start + index).toISOString();
    const examples = Array.from({ length: 20 }, (_, index) =>
      index % 2 === 0
        ? { text: `Яма на проезжей части улицы, разбит асфальт, нужен ремонт дороги. ${uniqueDetail()}`, categoryId: 'roads', categoryName: 'Ремонт дорог' }
        : { text: `В квартире нет горячей воды и отопления, управляющая компания не отвечает. ${uniqueDetail()}`, categoryId: 'housing', categoryName: 'ЖКХ' },
    );
    await Promise.all(
      examples.map((example, index) =>
        LabeledExampleEntity.build(PutItemCommand)
          .item({ ...example, month: confirmedAt(index).slice(0, 7), messageId: `9000000000${index % 10}-${index}`, corrected: false, confirmedAt: confirmedAt(index) })
          .send(),
      ),
    );
    const lambda = new LambdaClient({ endpoint: lambdaUrl(), region: 'eu-central-1' });
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'pos-test-retrain-classifier', Payload: Buffer.from('{}') }));
    const result = JSON.parse(Buffer.from(out.Payload ?? []).toString()) as { outcome: string; version?: string };
    expect(result).toMatchObject({ outcome: 'published', version: expect.any(String) });
    const { json: created } = await api<OfficialMessage>('/v1/messages', { as: 'citizen-2', body: validMessage() });
    await settled(created.id, 'citizen-2');
    const stored = await getMessage(created.id, { consistent: true });
    expect(stored?.classification?.modelVersion).toBe(result.version);
  });
});
