import { BatchPutRequest } from 'dynamodb-toolbox/entity/actions/batchPut';
import { MessageEntity } from '#lib/db/entities/message.ts';
import { inboxGroupOf } from '#lib/domain/inbox.ts';
import { seededRandom } from '#lib/random.ts';
import { planMessage } from './plan.ts';
import { messageRecord, storedItem } from './seed.ts';

const NOW = Date.parse('2026-12-04T12:00:00Z');

describe('the seeded items', () => {
  const previous = process.env['TABLE_NAME'];
  beforeAll(() => { process.env['TABLE_NAME'] = 'pos-unit-main'; });
  afterAll(() => { if (previous === undefined) delete process.env['TABLE_NAME']; else process.env['TABLE_NAME'] = previous; });

  const random = seededRandom(11);
  const records = Array.from({ length: 400 }, (_, index) => messageRecord(planMessage(index, random, NOW), `1${String(index).padStart(9, '0')}0`, random));

  it('are exactly what MessageEntity stores for the same record', () => {
    for (const record of records) {
      const { PutRequest } = MessageEntity.build(BatchPutRequest).item(record).params() as { PutRequest: { Item: Record<string, unknown> } };
      expect(storedItem(record)).toStrictEqual(PutRequest.Item);
    }
  });

  it('sit in the inbox group of their status, with a version per step', () => {
    for (const record of records) {
      expect(record.inboxKey).toBe(`INBOX#adm-kursk-city#${inboxGroupOf(record.status)}`);
      expect(record.regionInboxKey).toBe(`REGIONBOX#38#${inboxGroupOf(record.status)}`);
      expect(record.version).toBe(record.history.length);
      expect(record.history.at(-1)!.status).toBe(record.status);
      expect(record.inboxSort!.endsWith(`#${record.id}`)).toBe(true);
    }
  });
});
