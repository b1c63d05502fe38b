/**
 * Who may touch what: every endpoint that takes a message id, called by every kind of caller — the author, another
 * citizen, the organization's own staff, another organization of the region, another region, the coordinators of
 * both regions, a moderator, an analyst, a platform admin and nobody. Requests that pass the check are built so
 * that they stop right after it (a missing reason, a stale version, a wrong status), so nothing changes state.
 */
import { api, submitRouted, validMessage } from '#test/support/http.ts';

interface Card { id: string; status: string; version: number; regionCode?: string; organization?: { id: string } | null }

const CALLERS = [
  'author',
  'citizen-2',
  'official-kursk-city',
  'org-admin-kursk-city',
  'official-min-health-38',
  'official-novosibirsk-city',
  'coordinator-38',
  'coordinator-50',
  'moderator-1',
  'analyst-1',
  'platform-admin-1',
  'anonymous',
] as const;
type Caller = (typeof CALLERS)[number];

const AUTHOR = 'citizen-1';
const userOf = (caller: Caller): string | undefined => (caller === 'anonymous' ? undefined : caller === 'author' ? AUTHOR : caller);

/**
 * Status codes per caller. `staff` = the message's organization's official and admin and the region's ЦУР;
 * `foreign` = officials of another organization or region: 404 where officials may call the route (someone else's
 * message looks missing), 403 where their role may not call it at all.
 */
const expectations = (staff: number, author: number, citizen: number, moderator: number, foreign = staff === 403 ? 403 : 404): Record<Caller, number> => ({
  author,
  'citizen-2': citizen,
  'official-kursk-city': staff,
  'org-admin-kursk-city': staff,
  'official-min-health-38': foreign,
  'official-novosibirsk-city': foreign,
  'coordinator-38': staff,
  'coordinator-50': foreign,
  'moderator-1': moderator,
  'analyst-1': 403,
  'platform-admin-1': 403,
  anonymous: 401,
});

let message: Card;

beforeAll(async () => {
  message = await submitRouted<Card>(AUTHOR, validMessage());
  expect(message.organization?.id).toBe('adm-kursk-city');
});

const ENDPOINTS: { name: string; request: () => [string, { method?: string; body?: unknown }]; expected: Record<Caller, number> }[] = [
  { name: 'GET /v1/messages/{id}', request: () => [`/v1/messages/${message.id}`, {}], expected: expectations(403, 200, 404, 403) },
  {
    name: 'POST /v1/messages/{id}/rating (not answered yet)',
    request: () => [`/v1/messages/${message.id}/rating`, { body: { satisfied: true, score: 5 } }],
    expected: expectations(403, 409, 404, 403),
  },
  { name: 'GET /v1/messages/{id}/attachments', request: () => [`/v1/messages/${message.id}/attachments`, {}], expected: expectations(404, 200, 404, 404) },
  { name: 'GET /v1/org/messages/{id}', request: () => [`/v1/org/messages/${message.id}`, {}], expected: expectations(200, 403, 403, 404) },
  { name: 'GET /v1/org/messages/{id}/attachments', request: () => [`/v1/org/messages/${message.id}/attachments`, {}], expected: expectations(200, 404, 404, 404) },
  {
    name: 'POST /v1/org/messages/{id}/actions (extend without a reason)',
    request: () => [`/v1/org/messages/${message.id}/actions`, { body: { action: 'extend', expectedVersion: message.version } }],
    expected: expectations(422, 403, 403, 404),
  },
  {
    name: 'POST /v1/org/messages/{id}/actions (reject: moderators only, held messages only)',
    request: () => [`/v1/org/messages/${message.id}/actions`, { body: { action: 'reject', expectedVersion: message.version, reason: 'проверка' } }],
    expected: expectations(403, 403, 403, 404, 404),
  },
  {
    name: 'POST /v1/org/messages/{id}/category (stale version)',
    request: () => [`/v1/org/messages/${message.id}/category`, { body: { categoryId: 'roads', expectedVersion: message.version + 100 } }],
    expected: expectations(409, 403, 403, 403),
  },
];

describe('authorization matrix: every message endpoint × every kind of caller', () => {
  for (const endpoint of ENDPOINTS) {
    describe(endpoint.name, () => {
      it.each(CALLERS.map((caller) => [caller, endpoint.expected[caller]] as const))('%s → %i', async (caller, status) => {
        const [path, options] = endpoint.request();
        const user = userOf(caller);
        const response = await api<{ code?: string }>(path, { ...options, ...(user ? { as: user } : {}) });
        expect(response.status).toBe(status);
        // a request without a token is turned away by the API Gateway's JWT authorizer itself, in its own format
        if (status >= 400 && caller !== 'anonymous') expect(response.headers.get('content-type')).toContain('application/problem+json');
      });
    });
  }

  it('nothing above changed the message', async () => {
    const { json } = await api<Card>(`/v1/org/messages/${message.id}`, { as: 'official-kursk-city' });
    expect({ status: json.status, version: json.version }).toEqual({ status: 'routed', version: message.version });
  });
});

describe('authorization matrix: lists show only what the caller may see', () => {
  const inbox = async (user: string) => (await api<{ items: Card[] }>('/v1/org/messages?limit=100', { as: user })).json.items;

  it('an organization’s inbox holds only its own messages; a coordinator’s only the region’s', async () => {
    for (const [user, organizationId] of [['official-kursk-city', 'adm-kursk-city'], ['official-min-health-38', 'min-health-38'], ['official-novosibirsk-city', 'adm-novosibirsk-city']] as const) {
      expect((await inbox(user)).every((item) => item.organization?.id === organizationId)).toBe(true);
    }
    for (const [user, regionCode] of [['coordinator-38', '38'], ['coordinator-50', '50']] as const) {
      expect((await inbox(user)).every((item) => item.regionCode === regionCode)).toBe(true);
    }
  });

  it('a citizen lists only their own messages', async () => {
    expect((await api<{ items: Card[] }>('/v1/messages?limit=100', { as: AUTHOR })).json.items.map((item) => item.id)).toContain(message.id);
    expect((await api<{ items: Card[] }>('/v1/messages?limit=100', { as: 'citizen-3' })).json.items).toEqual([]);
  });

  it.each([
    ['GET /v1/org/messages', '/v1/org/messages', { 'citizen-1': 403, 'moderator-1': 403, 'analyst-1': 403, 'official-kursk-city': 200, 'coordinator-38': 200 }],
    ['GET /v1/moderation/messages', '/v1/moderation/messages', { 'moderator-1': 200, 'official-kursk-city': 403, 'coordinator-38': 403, 'citizen-1': 403, 'analyst-1': 403 }],
    ['GET /v1/org/answer-templates', '/v1/org/answer-templates', { 'official-kursk-city': 200, 'org-admin-kursk-city': 200, 'coordinator-38': 200, 'moderator-1': 403, 'citizen-1': 403 }],
    ['GET /v1/org/organizations', '/v1/org/organizations', { 'official-kursk-city': 200, 'coordinator-38': 200, 'moderator-1': 200, 'citizen-1': 403, 'analyst-1': 403 }],
  ] as const)('%s by role', async (_name, path, byUser) => {
    for (const [user, status] of Object.entries(byUser)) {
      expect([user, (await api(path, { as: user })).status]).toEqual([user, status]);
    }
    expect((await api(path)).status).toBe(401);
  });

  it('only an organization’s admin adds answer templates, and only its own officials see them', async () => {
    const template = { title: 'Проверка прав', text: `Текст шаблона ${Date.now()}` };
    for (const user of ['official-kursk-city', 'coordinator-38', 'citizen-1', 'moderator-1']) {
      expect([user, (await api('/v1/org/answer-templates', { as: user, body: template })).status]).toEqual([user, 403]);
    }
    const created = await api<{ id: string }>('/v1/org/answer-templates', { as: 'org-admin-kursk-city', body: template });
    expect(created.status).toBe(201);
    const seenBy = async (user: string) => (await api<{ items: { id: string }[] }>('/v1/org/answer-templates', { as: user })).json.items.map((t) => t.id);
    expect(await seenBy('official-kursk-city')).toContain(created.json.id);
    expect(await seenBy('official-min-health-38')).not.toContain(created.json.id);
  });

  it('uploads are for citizens and officials, not for moderators or analysts', async () => {
    const file = { contentType: 'image/png', size: 1000 };
    for (const [user, status] of [['citizen-1', 201], ['official-kursk-city', 201], ['moderator-1', 403], ['analyst-1', 403]] as const) {
      expect([user, (await api('/v1/attachments', { as: user, body: file })).status]).toEqual([user, status]);
    }
  });
});
