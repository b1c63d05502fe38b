import { randomUUID } from 'node:crypto';
import { PutItemCommand } from 'dynamodb-toolbox';
import { MessageEntity } from '#lib/db/entities/message.ts';
import { queryInbox, type InboxQuery } from '#lib/db/inbox.ts';
import type { MessageRecord } from '#lib/db/messages.ts';
import { inboxKeys } from '#lib/domain/inbox.ts';
import { generateMessageNumber } from '#lib/domain/message-number.ts';

// A synthetic organization and region of their own, so that no other suite's inbox sees these items; the
// deadlines lie far ahead, so the deadline watcher never touches them (it only walks real regions anyway).
const suffix = randomUUID().slice(0, 8);
const organizationId = `inbox-filter-${suffix}`;
const regionCode = `ZZ${suffix}`;
const COUNT = 150;

const messageAt = (i: number): MessageRecord => {
  const id = generateMessageNumber();
  const status = i % 3 === 0 ? 'in_progress' : 'routed';
  const deadlineAt = new Date(Date.UTC(2099, 0, 1) + i * 60_000).toISOString();
  const createdAt = '2026-12-01T09:00:00.000Z';
  return {
    id,
    authorId: 'citizen-inbox-filters',
    text: `Сообщение номер ${i} для проверки фильтров входящих`,
    categoryId: i === COUNT - 1 ? 'rare' : i % 10 === 0 ? 'lighting' : 'roads',
    oktmo: '38701000',
    regionCode,
    timeZone: 'Europe/Moscow',
    attachments: [],
    status,
    organizationId,
    deadlineAt,
    deadlineDate: deadlineAt.slice(0, 10),
    deadlineWorkingDays: 30,
    createdAt,
    updatedAt: createdAt,
    version: 1,
    // no "routed" step: the pipeline, seeing these inserts, neither routes them nor sends a notification
    history: [{ at: createdAt, status: 'registered', actor: 'citizen', event: 'registered' }],
    ...inboxKeys({ id, status, organizationId, regionCode, deadlineAt }),
  } as MessageRecord;
};

/** Every page of one inbox view, following the cursors; the sizes of the pages too. */
const allPages = async (query: Omit<InboxQuery, 'startKey'>, readFactor?: number) => {
  const sizes: number[] = [];
  const ids: string[] = [];
  let startKey: Record<string, unknown> | undefined;
  for (let page = 0; page < 100; page++) {
    const result = await queryInbox({ ...query, ...(startKey ? { startKey } : {}) }, readFactor);
    sizes.push(result.items.length);
    ids.push(...result.items.map((item) => item.id));
    startKey = result.lastKey;
    if (!startKey) break;
  }
  return { sizes, ids };
};

describe('filtered inbox pages', () => {
  const messages = Array.from({ length: COUNT }, (_, i) => messageAt(i));
  const idsWhere = (keep: (message: MessageRecord) => boolean) => messages.filter(keep).map((message) => message.id);
  const organization = { kind: 'organization', organizationId } as const;

  beforeAll(async () => {
    for (let i = 0; i < messages.length; i += 25) {
      await Promise.all(messages.slice(i, i + 25).map((message) => MessageEntity.build(PutItemCommand).item(message).send()));
    }
  });

  it('fills every page but the last with matches when they are at least one in `readFactor`, in deadline order', async () => {
    // 15 matches, one in ten items; a page of 4 reads 40 items, holds 4 or 5 matches and keeps 4
    const { sizes, ids } = await allPages({ scope: organization, group: 'active', categoryId: 'lighting', limit: 4 }, 10);
    expect(ids).toEqual(idsWhere((message) => message.categoryId === 'lighting'));
    expect(sizes.slice(0, 3)).toEqual([4, 4, 4]);
    expect(sizes[3]).toBe(3);
    expect(sizes.slice(4).every((size) => size === 0)).toBe(true);
  });

  it('returns short pages with a cursor when the matches are rarer, and loses nothing', async () => {
    // the one match is the last of 150 items; each page reads 2 × 5
    const { sizes, ids } = await allPages({ scope: organization, group: 'active', categoryId: 'rare', limit: 5 }, 2);
    expect(ids).toEqual(idsWhere((message) => message.categoryId === 'rare'));
    // DynamoDB cannot know that the 15th read ended the partition: a 16th page, empty and without a cursor, may follow
    expect(sizes.slice(0, 15)).toEqual([...Array<number>(14).fill(0), 1]);
    expect(sizes.length).toBeLessThanOrEqual(16);
  });

  it('gives exact pages with the default budget in the region’s inbox, with several filters at once', async () => {
    const { sizes, ids } = await allPages({ scope: { kind: 'region', regionCode }, group: 'active', status: 'in_progress', categoryId: 'roads', limit: 7 });
    const expected = idsWhere((message) => message.status === 'in_progress' && message.categoryId === 'roads');
    expect(expected.length).toBeGreaterThan(21);
    expect(ids).toEqual(expected);
    expect(sizes.slice(0, Math.floor(expected.length / 7))).toEqual(Array(Math.floor(expected.length / 7)).fill(7));
  });

  it('reads exactly `limit` items without a filter', async () => {
    const first = await queryInbox({ scope: organization, group: 'active', limit: 30 });
    expect(first.items.map((item) => item.id)).toEqual(messages.slice(0, 30).map((message) => message.id));
    const { ids } = await allPages({ scope: organization, group: 'active', limit: 40 });
    expect(ids).toEqual(messages.map((message) => message.id));
  });
});
