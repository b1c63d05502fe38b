import { FILTERED_READ_FACTOR } from '#lib/domain/inbox.ts';
import { bareInboxQuery, inboxScenarios, queryString } from './scenarios.ts';

describe('bareInboxQuery', () => {
  it('queries the group partition of GSI3 with the default limit', () => {
    expect(bareInboxQuery('t', 'org-1', {})).toEqual({
      TableName: 't',
      IndexName: 'GSI3',
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': 'GSI3PK' },
      ExpressionAttributeValues: { ':pk': 'INBOX#org-1#active' },
      Limit: 25,
    });
  });

  it('bounds the deadline in the key condition and filters on the rest', () => {
    const input = bareInboxQuery('t', 'org-1', { group: 'answered', dueBefore: '2026-12-04T00:00:00.000Z', status: 'answered', categoryId: 'roads', oktmo: '38701000', limit: '10' }, { PK: 'x' });
    expect(input.KeyConditionExpression).toBe('#pk = :pk AND #sk < :due');
    expect(input.FilterExpression).toBe('#status = :status AND #categoryId = :categoryId AND #oktmo = :oktmo');
    expect(input.ExpressionAttributeValues).toMatchObject({ ':pk': 'INBOX#org-1#answered', ':due': '2026-12-04T00:00:00.000Z', ':categoryId': 'roads' });
    expect(input.Limit).toBe(10 * FILTERED_READ_FACTOR);
    expect(input.ExclusiveStartKey).toEqual({ PK: 'x' });
  });
});

describe('inboxScenarios', () => {
  it('names every scenario once and builds its query string', () => {
    const scenarios = inboxScenarios(new Date('2026-12-04T12:00:00Z'));
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
    expect(queryString({})).toBe('');
    expect(queryString({ status: 'routed', categoryId: 'roads' })).toBe('?status=routed&categoryId=roads');
  });
});
