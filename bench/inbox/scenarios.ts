/** The inbox requests the benchmark measures, and the bare DynamoDB Query each one amounts to. Pure. */
import { FILTERED_READ_FACTOR } from '#lib/domain/inbox.ts';

export interface InboxScenario {
  name: string;
  /** query string of GET /v1/org/messages (limit 25, the default, unless given) */
  query: Record<string, string>;
}

export const inboxScenarios = (now: Date): InboxScenario[] => [
  { name: 'active, no filter', query: {} },
  { name: 'answered group', query: { group: 'answered' } },
  { name: 'closed group', query: { group: 'closed' } },
  { name: 'dueBefore=now (overdue)', query: { dueBefore: now.toISOString() } },
  { name: 'status=in_progress', query: { status: 'in_progress' } },
  { name: 'categoryId=roads', query: { categoryId: 'roads' } },
  { name: 'status=routed&categoryId=roads', query: { status: 'routed', categoryId: 'roads' } },
  { name: 'categoryId=transport', query: { categoryId: 'transport' } },
  { name: 'oktmo=38620000', query: { oktmo: '38620000' } },
  { name: 'dueBefore=now&categoryId=transport', query: { dueBefore: now.toISOString(), categoryId: 'transport' } },
];

export interface BareQueryInput {
  TableName: string;
  IndexName: string;
  KeyConditionExpression: string;
  FilterExpression?: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
  Limit: number;
  ExclusiveStartKey?: Record<string, unknown>;
}

/**
 * The Query an organization's inbox page is: GSI3 partition `INBOX#<org>#<group>`, the deadline bound in the key
 * condition, the other filters as a FilterExpression, the same Limit (a filtered page reads FILTERED_READ_FACTOR × limit).
 */
export const bareInboxQuery = (
  tableName: string,
  organizationId: string,
  query: Record<string, string>,
  startKey?: Record<string, unknown>,
): BareQueryInput => {
  const names: Record<string, string> = { '#pk': 'GSI3PK' };
  const values: Record<string, unknown> = { ':pk': `INBOX#${organizationId}#${query['group'] ?? 'active'}` };
  let key = '#pk = :pk';
  if (query['dueBefore']) {
    names['#sk'] = 'GSI3SK';
    values[':due'] = query['dueBefore'];
    key += ' AND #sk < :due';
  }
  const filters: string[] = [];
  for (const attr of ['status', 'categoryId', 'oktmo'] as const) {
    const value = query[attr];
    if (value === undefined) continue;
    names[`#${attr}`] = attr;
    values[`:${attr}`] = value;
    filters.push(`#${attr} = :${attr}`);
  }
  return {
    TableName: tableName,
    IndexName: 'GSI3',
    KeyConditionExpression: key,
    ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    Limit: Number(query['limit'] ?? 25) * (filters.length ? FILTERED_READ_FACTOR : 1),
    ...(startKey ? { ExclusiveStartKey: startKey } : {}),
  };
};

/** `?a=1&b=2` of a query object (empty string for none). */
export const queryString = (query: Record<string, string>): string => {
  const search = new URLSearchParams(query).toString();
  return search ? `?${search}` : '';
};
