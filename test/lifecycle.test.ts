import { maildevMessages, waitFor } from '#local/testing/clients.ts';
import { api, listedInPages, submitRouted, validMessage } from '#test/support/http.ts';

interface Card {
  id: string;
  number: string;
  status: string;
  version: number;
  deadline: string;
  answer?: { text: string; organizationName: string };
  rating?: { satisfied: boolean; score: number };
  history: { event: string; actor: string }[];
  code?: string;
  current?: { version: number; status: string };
}

const OFFICIAL = 'official-kursk-city';

const routedMessage = (): Promise<Card> => submitRouted<Card>('citizen-1', validMessage(), OFFICIAL);

const act = (id: string, body: Record<string, unknown>, as = OFFICIAL) => api<Card>(`/v1/org/messages/${id}/actions`, { as, body });

describe('a message’s life after routing', () => {
  it('is taken, answered once of two concurrent answers, reopened by an unsatisfied citizen and closed by a satisfied one', async () => {
    const routed = await routedMessage();
    const taken = await act(routed.id, { action: 'take', expectedVersion: routed.version });
    expect(taken.status).toBe(200);
    expect(taken.json).toMatchObject({ status: 'in_progress', version: routed.version + 1 });

    const stale = await act(routed.id, { action: 'interim', expectedVersion: routed.version, text: 'Работаем' });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ code: 'version_conflict', current: { version: routed.version + 1, status: 'in_progress' } });

    const answers = await Promise.all(
      ['Яму заделаем до пятницы.', 'Ремонт включён в план.'].map((text) => act(routed.id, { action: 'answer', expectedVersion: taken.json.version, text })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);

    const seen = await api<Card>(`/v1/messages/${routed.id}`, { as: 'citizen-1' });
    expect(seen.json).toMatchObject({ status: 'answered', answer: { organizationName: 'Администрация города Курска' } });
    await waitFor(async () => (await maildevMessages()).find((mail) => mail.subject === `Дан ответ на сообщение № ${routed.number}`), { timeoutMs: 20_000 });

    const notMine = await api(`/v1/messages/${routed.id}/rating`, { as: 'citizen-2', body: { satisfied: true, score: 5 } });
    expect(notMine.status).toBe(404);
    const badScore = await api(`/v1/messages/${routed.id}/rating`, { as: 'citizen-1', body: { satisfied: true, score: 6 } });
    expect(badScore.status).toBe(422);

    const unhappy = await api<Card>(`/v1/messages/${routed.id}/rating`, { as: 'citizen-1', body: { satisfied: false, score: 2, comment: 'Яма на месте' } });
    expect(unhappy.status).toBe(200);
    expect(unhappy.json).toMatchObject({ status: 'reopened', rating: { satisfied: false, score: 2 }, organization: { id: 'cur-38' } });
    // the city administration has no supervisor in the demo data: the region's ЦУР considers it again
    expect((await api(`/v1/org/messages/${routed.id}`, { as: OFFICIAL })).status).toBe(404);
    expect(await listedInPages('/v1/org/messages?status=reopened', 'coordinator-38', routed.id)).toBe(true);
    const mails = await waitFor(async () => {
      const about = (await maildevMessages()).filter((mail) => mail.subject.includes(routed.number));
      const toCitizen = about.find((mail) => mail.subject === `Сообщение № ${routed.number} направлено на повторное рассмотрение`);
      const toCoordinator = about.find((mail) => mail.subject === `Новое сообщение № ${routed.number}` && mail.to[0]?.address === 'cur@kursk-oblast.example.ru');
      return toCitizen && toCoordinator ? { toCitizen, toCoordinator } : undefined;
    }, { timeoutMs: 20_000 });
    expect(mails.toCitizen.to[0]?.address).toBe('citizen-1@example.ru');

    const again = await act(routed.id, { action: 'answer', expectedVersion: unhappy.json.version, text: 'Яму заделали, фото во вложении.' }, 'coordinator-38');
    expect(again.json.status).toBe('answered');
    const happy = await api<Card>(`/v1/messages/${routed.id}/rating`, { as: 'citizen-1', body: { satisfied: true, score: 5 } });
    expect(happy.json.status).toBe('closed');
    expect(happy.json.history.map((step) => step.event)).toEqual([
      'registered', 'routed', 'taken', 'answered', 'reopened', 'answered', 'rated',
    ]);
    const late = await api<Card>(`/v1/messages/${routed.id}/rating`, { as: 'citizen-1', body: { satisfied: true, score: 5 } });
    expect(late.status).toBe(409);
    expect(late.json.code).toBe('action_not_allowed_in_status');
  });

  it('extends a deadline once, with a reason', async () => {
    const routed = await routedMessage();
    const noReason = await act(routed.id, { action: 'extend', expectedVersion: routed.version });
    expect(noReason.status).toBe(422);
    expect(noReason.json.code).toBe('reason_required');
    const extended = await act(routed.id, { action: 'extend', expectedVersion: routed.version, reason: 'Нужна экспертиза покрытия' });
    expect(extended.status).toBe(200);
    expect(Date.parse(extended.json.deadline)).toBeGreaterThan(Date.parse(routed.deadline));
    const twice = await act(routed.id, { action: 'extend', expectedVersion: extended.json.version, reason: 'Ещё раз' });
    expect(twice.status).toBe(409);
    expect(twice.json.code).toBe('extension_used');
  });

  it('redirects to the competent organization with a reason; the citizen is told and the first organization loses it', async () => {
    const routed = await routedMessage();
    const noReason = await act(routed.id, { action: 'redirect', expectedVersion: routed.version, organizationId: 'min-health-38' });
    expect(noReason.json.code).toBe('reason_required');
    const nowhere = await act(routed.id, { action: 'redirect', expectedVersion: routed.version, organizationId: 'no-such-org', reason: 'Не наш вопрос' });
    expect(nowhere.json.code).toBe('unknown_organization');
    const redirected = await act(routed.id, { action: 'redirect', expectedVersion: routed.version, organizationId: 'min-health-38', reason: 'Вопрос здравоохранения' });
    expect(redirected.status).toBe(200);
    expect(redirected.json).toMatchObject({ status: 'routed', organization: { id: 'min-health-38' } });
    expect(redirected.json.history.at(-1)).toMatchObject({ event: 'redirected', actor: 'official' });
    expect((await api(`/v1/org/messages/${routed.id}`, { as: OFFICIAL })).status).toBe(404);
    expect((await api(`/v1/org/messages/${routed.id}`, { as: 'official-min-health-38' })).status).toBe(200);
    await waitFor(async () => (await maildevMessages()).find((mail) => mail.subject === `Сообщение № ${routed.number} перенаправлено`), { timeoutMs: 20_000 });
    // the new organization is told too; the first one got its own "new message" e-mail when the message was routed
    const toOrganizations = await waitFor(async () => {
      const found = (await maildevMessages()).filter((mail) => mail.subject === `Новое сообщение № ${routed.number}`);
      return found.length === 2 ? found : undefined;
    }, { timeoutMs: 20_000 });
    expect(toOrganizations.map((mail) => mail.to[0]?.address).sort()).toEqual(['health@kursk-oblast.example.ru', 'priemnaya@kursk.example.ru']);
  });

  it('refuses other organizations, citizens and answers without text', async () => {
    const routed = await routedMessage();
    expect((await act(routed.id, { action: 'take', expectedVersion: routed.version }, 'official-min-health-38')).status).toBe(404);
    expect((await act(routed.id, { action: 'take', expectedVersion: routed.version }, 'citizen-1')).status).toBe(403);
    const empty = await act(routed.id, { action: 'answer', expectedVersion: routed.version, text: '   ' });
    expect(empty.status).toBe(422);
    expect(empty.json.code).toBe('text_required');
    const unknown = await act(routed.id, { action: 'fly', expectedVersion: routed.version });
    expect(unknown.status).toBe(422);
  });
});
