import { generateKeyPair, SignJWT } from 'jose';
import { ownerPrefix } from '#lib/messages/attachments.ts';
import { providerKeyInfo, signWithProviderKey } from '#test/support/tokens.ts';
import { api, validMessage } from '#test/support/http.ts';

// citizen-3 is used only here: every refused request must leave it without messages.
const CITIZEN = 'citizen-3';

const expectProblem = (response: { status: number; headers: Headers; json: Record<string, unknown> }, status: number, code: string) => {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.json).toMatchObject({ status, code, type: `urn:pos:problem:${code}` });
  expect(response.json['detail']).toMatch(/[а-яё]/i);
};

describe('bad input gets a clear problem+json and writes nothing', () => {
  afterAll(async () => {
    const { json } = await api<{ items: unknown[] }>('/v1/messages', { as: CITIZEN });
    expect(json.items).toEqual([]);
  });

  it('malformed JSON → 400 malformed_json', async () => {
    expectProblem(await api('/v1/messages', { as: CITIZEN, rawBody: '{"categoryId": "roads",' }), 400, 'malformed_json');
  });

  it('a body that is not JSON → 415', async () => {
    expectProblem(
      await api('/v1/messages', { as: CITIZEN, rawBody: 'text=яма', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      415,
      'unsupported_media_type',
    );
  });

  it('unknown category → 422 unknown_category', async () => {
    const response = await api('/v1/messages', { as: CITIZEN, body: validMessage({ categoryId: 'space-flights', subcategoryId: undefined }) });
    expectProblem(response, 422, 'unknown_category');
    expect(response.json['errors']).toEqual([expect.objectContaining({ pointer: '/categoryId' })]);
  });

  it('subcategory of another category → 422 subcategory_mismatch', async () => {
    expectProblem(await api('/v1/messages', { as: CITIZEN, body: validMessage({ subcategoryId: 'housing.roof' }) }), 422, 'subcategory_mismatch');
  });

  it('unknown ОКТМО → 422 unknown_oktmo', async () => {
    expectProblem(await api('/v1/messages', { as: CITIZEN, body: validMessage({ oktmo: '99999999' }) }), 422, 'unknown_oktmo');
  });

  it.each([
    ['empty text', { text: '   ' }, '/text'],
    ['over-long text', { text: 'я'.repeat(4001) }, '/text'],
    ['too many attachments', { attachments: ['a', 'b', 'c', 'd', 'e', 'f'] }, '/attachments'],
    ['an unknown field', { urgent: true }, '/'],
  ])('%s → 422 validation_failed naming the field', async (_name, change, pointer) => {
    const response = await api('/v1/messages', { as: CITIZEN, body: validMessage(change) });
    expectProblem(response, 422, 'validation_failed');
    expect(response.json['errors']).toEqual(expect.arrayContaining([expect.objectContaining({ pointer })]));
  });

  it('an attachment that was never uploaded → 422 unknown_attachment', async () => {
    const key = `${ownerPrefix(CITIZEN)}01JABCDEFGHJKMNPQRSTVWXYZ0`;
    expectProblem(await api('/v1/messages', { as: CITIZEN, body: validMessage({ attachments: [key] }) }), 422, 'unknown_attachment');
  });

  it('an oversized body → 413 body_too_large', async () => {
    expectProblem(await api('/v1/messages', { as: CITIZEN, body: validMessage({ text: 'я'.repeat(40_000) }) }), 413, 'body_too_large');
  });

  it('no token → 401', async () => {
    const response = await api('/v1/messages', { body: validMessage() });
    expect(response.status).toBe(401);
  });

  it('an expired token → 401 token_expired', async () => {
    const token = await signWithProviderKey({ sub: CITIZEN, role: 'citizen' }, { expiresAt: Math.floor(Date.now() / 1000) - 60 });
    const response = await api('/v1/messages', { token, body: validMessage() });
    expect(response.status).toBe(401);
    // API Gateway's authorizer may refuse it before the handler does; either way it is refused
    if (response.headers.get('content-type')?.includes('problem')) expectProblem(response, 401, 'token_expired');
  });

  it('a forged token (right claims, foreign key) → 401 token_invalid', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const { kid, issuer, audience } = await providerKeyInfo();
    const token = await new SignJWT({ role: 'citizen' })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject(CITIZEN)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);
    expectProblem(await api('/v1/messages', { token, body: validMessage() }), 401, 'token_invalid');
  });

  it('a token of an official → 403 on the citizen route', async () => {
    expectProblem(await api('/v1/messages', { as: 'coordinator-38', body: validMessage() }), 403, 'role_not_allowed');
  });

  it('someone else’s or a malformed message id → 404', async () => {
    const mine = await api<{ id: string }>('/v1/messages', { as: 'citizen-2', body: validMessage() });
    expect(mine.status).toBe(201);
    expectProblem(await api(`/v1/messages/${mine.json.id}`, { as: CITIZEN }), 404, 'message_not_found');
    expectProblem(await api('/v1/messages/not-an-id', { as: CITIZEN }), 404, 'message_not_found');
    const wrongCheckDigit = mine.json.id.slice(0, 10) + String((Number(mine.json.id.at(-1)) + 1) % 10);
    expectProblem(await api(`/v1/messages/${wrongCheckDigit}`, { as: 'citizen-2' }), 404, 'message_not_found');
  });

  it('a tampered cursor → 400 invalid_cursor', async () => {
    const foreign = Buffer.from(JSON.stringify({ GSI1PK: 'AUTHOR#citizen-1', GSI1SK: 'MSG#x', PK: 'x', SK: 'y' })).toString('base64url');
    expectProblem(await api(`/v1/messages?cursor=${foreign}`, { as: CITIZEN }), 400, 'invalid_cursor');
    expectProblem(await api('/v1/messages?cursor=%%%', { as: CITIZEN }), 400, 'invalid_cursor');
    expectProblem(await api('/v1/messages?limit=1000', { as: CITIZEN }), 400, 'invalid_limit');
  });
});
