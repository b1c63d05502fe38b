import type { MessageRecord } from '#lib/db/messages.ts';
import { Problem } from '#lib/http/problem.ts';
import { ownerPrefix } from './attachments.ts';
import { kursk, roads } from './fakes.test-support.ts';
import { type SubmitDeps, submitMessage } from './submit.ts';
import { submitMessageInput } from './submit-input.ts';

const caller = { userId: 'citizen-1', role: 'citizen' as const, email: 'citizen-1@example.ru' };

const fakeDeps = (overrides: Partial<SubmitDeps> = {}) => {
  const stored = new Map<string, MessageRecord>();
  const claims = new Map<string, { messageId: string; requestHash: string }>();
  let sequence = 0;
  const deps: SubmitDeps = {
    getCategory: async (id) => (id === roads.id ? roads : undefined),
    getTerritory: async (oktmo) => (oktmo === kursk.oktmo ? kursk : undefined),
    headAttachment: async () => undefined,
    createMessage: async (message, claim) => {
      if (claim && claims.has(claim.scope)) return 'idempotency_key_taken';
      if (stored.has(message.id)) return 'number_taken';
      stored.set(message.id, message);
      if (claim) claims.set(claim.scope, { messageId: message.id, requestHash: claim.requestHash });
      return 'created';
    },
    getIdempotencyClaim: async (scope) => claims.get(scope),
    getMessage: async (id) => stored.get(id),
    newNumber: () => `1234567890${sequence++ % 10}`,
    // Friday 2026-12-04 15:00 Moscow
    now: () => new Date('2026-12-04T12:00:00Z'),
    ...overrides,
  };
  return { deps, stored };
};

const input = (body: Record<string, unknown>) => submitMessageInput.parse(body);
const valid = { categoryId: 'roads', subcategoryId: 'roads.potholes', text: 'Яма на дороге у дома 5', oktmo: '38701000' };

const problemCode = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(Problem);
  return (error as Problem).code;
};

describe('submitMessage', () => {
  it('registers the message with its number, the citizen step and a deadline of 10 working days', async () => {
    const { deps, stored } = fakeDeps();
    const { message, replayed } = await submitMessage(input(valid), { caller }, deps);
    expect(replayed).toBe(false);
    expect(message.status).toBe('registered');
    expect(message.id).toBe('12345678900');
    expect(message.authorId).toBe('citizen-1');
    expect(message.contactEmail).toBe('citizen-1@example.ru');
    expect(message.regionCode).toBe('38');
    // Mon 7 Dec … Fri 18 Dec 2026 are the 10 working days after Friday 4 Dec
    expect(message.deadlineDate).toBe('2026-12-18');
    expect(message.deadlineAt).toBe('2026-12-18T20:59:59.999Z');
    expect(message.history).toEqual([{ at: '2026-12-04T12:00:00.000Z', status: 'registered', actor: 'citizen', event: 'registered' }]);
    expect(stored.size).toBe(1);
  });

  it('draws a new number when the first one is taken', async () => {
    const drawn = ['11111111110', '11111111110', '22222222226'];
    const { deps } = fakeDeps({ newNumber: () => drawn.shift() ?? 'x' });
    await submitMessage(input(valid), { caller }, deps);
    const second = await submitMessage(input(valid), { caller }, deps);
    expect(second.message.id).toBe('22222222226');
  });

  it('gives up with 503 after five collisions in a row', async () => {
    const { deps } = fakeDeps({ createMessage: async () => 'number_taken' });
    expect(await problemCode(submitMessage(input(valid), { caller }, deps))).toBe('number_unavailable');
  });

  it('accepts a message without a category, with the default deadline, for the classifier to decide', async () => {
    const { deps } = fakeDeps();
    const { message } = await submitMessage(input({ text: valid.text, oktmo: valid.oktmo }), { caller }, deps);
    expect(message.categoryId).toBeUndefined();
    expect(message.deadlineWorkingDays).toBe(10);
    expect(message.deadlineDate).toBe('2026-12-18');
  });

  it('refuses an unknown category, a foreign subcategory and an unknown ОКТМО', async () => {
    const { deps, stored } = fakeDeps();
    expect(await problemCode(submitMessage(input({ ...valid, categoryId: 'space' }), { caller }, deps))).toBe('unknown_category');
    expect(await problemCode(submitMessage(input({ ...valid, subcategoryId: 'housing.roof' }), { caller }, deps))).toBe('subcategory_mismatch');
    expect(await problemCode(submitMessage(input({ ...valid, oktmo: '99999999' }), { caller }, deps))).toBe('unknown_oktmo');
    expect(stored.size).toBe(0);
  });

  it('refuses attachments that were not uploaded, belong to someone else or are too large', async () => {
    const mine = `${ownerPrefix('citizen-1')}01JABCDEFGHJKMNPQRSTVWXYZ0`;
    const theirs = `${ownerPrefix('citizen-2')}01JABCDEFGHJKMNPQRSTVWXYZ0`;
    const { deps } = fakeDeps({ headAttachment: async (key) => (key === mine ? { size: 100 } : undefined) });
    expect(await problemCode(submitMessage(input({ ...valid, attachments: [theirs] }), { caller }, deps))).toBe('unknown_attachment');
    expect(await problemCode(submitMessage(input({ ...valid, attachments: ['../etc/passwd'] }), { caller }, deps))).toBe('unknown_attachment');
    const big = fakeDeps({ headAttachment: async () => ({ size: 11 * 1024 * 1024 }) });
    expect(await problemCode(submitMessage(input({ ...valid, attachments: [mine] }), { caller }, big.deps))).toBe('attachment_too_large');
    const ok = await submitMessage(input({ ...valid, attachments: [mine] }), { caller }, deps);
    expect(ok.message.attachments).toEqual([mine]);
  });

  it('replays the same message for the same Idempotency-Key and body, refuses another body', async () => {
    const { deps, stored } = fakeDeps({ newNumber: (() => { let n = 0; return () => ['11111111110', '22222222226'][n++] ?? 'x'; })() });
    const first = await submitMessage(input(valid), { caller, idempotencyKey: 'key-1' }, deps);
    const again = await submitMessage(input({ ...valid }), { caller, idempotencyKey: 'key-1' }, deps);
    expect(again.replayed).toBe(true);
    expect(again.message.id).toBe(first.message.id);
    expect(await problemCode(submitMessage(input({ ...valid, text: 'Другая яма на дороге' }), { caller, idempotencyKey: 'key-1' }, deps))).toBe('idempotency_key_reused');
    expect(await problemCode(submitMessage(input(valid), { caller, idempotencyKey: 'ключ с пробелом' }, deps))).toBe('invalid_idempotency_key');
    expect(stored.size).toBe(1);
  });

  it('scopes Idempotency-Keys per citizen', async () => {
    const { deps, stored } = fakeDeps({ newNumber: (() => { let n = 0; return () => ['11111111110', '22222222226'][n++] ?? 'x'; })() });
    await submitMessage(input(valid), { caller, idempotencyKey: 'same' }, deps);
    const other = await submitMessage(input(valid), { caller: { ...caller, userId: 'citizen-2' }, idempotencyKey: 'same' }, deps);
    expect(other.replayed).toBe(false);
    expect(stored.size).toBe(2);
  });
});

describe('submitMessageInput', () => {
  const issues = (body: Record<string, unknown>) => {
    const result = submitMessageInput.safeParse(body);
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join('/'));
  };

  it('accepts a complete message and trims the text', () => {
    const parsed = submitMessageInput.parse({ ...valid, text: '  Яма на дороге у дома 5 \u0000 ', address: 'ул. Ленина, 5', location: { lat: 51.73, lon: 36.19 } });
    expect(parsed.text).toBe('Яма на дороге у дома 5');
  });

  it.each([
    ['empty text', { ...valid, text: '   ' }, 'text'],
    ['too short text', { ...valid, text: 'яма' }, 'text'],
    ['over-long text', { ...valid, text: 'я'.repeat(4001) }, 'text'],
    ['ОКТМО of wrong shape', { ...valid, oktmo: '3870' }, 'oktmo'],
    ['six attachments', { ...valid, attachments: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'attachments'],
    ['a repeated attachment', { ...valid, attachments: ['a', 'a'] }, 'attachments'],
    ['latitude out of range', { ...valid, location: { lat: 91, lon: 0 } }, 'location/lat'],
    ['an unknown field', { ...valid, categoryID: 'roads' }, ''],
    ['a subcategory without a category', { text: valid.text, oktmo: valid.oktmo, subcategoryId: 'roads.potholes' }, 'subcategoryId'],
  ])('refuses %s', (_name, body, path) => {
    expect(issues(body)).toContain(path);
  });

  it('accepts text of exactly 4000 characters', () => {
    expect(issues({ ...valid, text: 'я'.repeat(4000) })).toEqual([]);
  });
});
