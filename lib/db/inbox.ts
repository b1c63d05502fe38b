import { type Condition, QueryCommand } from 'dynamodb-toolbox';
import { FILTERED_READ_FACTOR, type InboxGroup, MODERATION_QUEUE } from '#lib/domain/inbox.ts';
import type { MessageStatus } from '#lib/domain/statuses.ts';
import { MessageEntity, messageKey } from './entities/message.ts';
import { type MessagePage, type MessageRecord, messagePage } from './messages.ts';
import { mainTable } from './table.ts';

export type InboxScope = { kind: 'organization'; organizationId: string } | { kind: 'region'; regionCode: string };

export interface InboxQuery {
  scope: InboxScope;
  group: InboxGroup;
  status?: MessageStatus;
  categoryId?: string;
  oktmo?: string;
  /** only messages due before this instant (ISO); in the `answered` group: answered before it */
  dueBefore?: string;
  triage?: true;
  limit: number;
  startKey?: Record<string, unknown>;
}

type MessageCondition = Condition<typeof MessageEntity>;
type Equality = { attr: 'status' | 'categoryId' | 'oktmo'; eq: string } | { attr: 'triage'; eq: true };

/** Where the next page starts when a page ends at `item`: the table key and the inbox index's key of that item. */
const startKeyAt = (item: MessageRecord, scope: InboxScope): Record<string, unknown> =>
  scope.kind === 'organization'
    ? { ...messageKey(item.id), GSI3PK: item.inboxKey, GSI3SK: item.inboxSort }
    : { ...messageKey(item.id), GSI4PK: item.regionInboxKey, GSI4SK: item.regionInboxSort };

/**
 * One page of an inbox, soonest deadline first: one Query on GSI3 (organization) or GSI4 (region). The deadline
 * bound is part of the key condition. Status, category, municipality and triage are filters, which DynamoDB applies
 * after reading `Limit` items: a filtered page reads `readFactor × limit` items, keeps the first `limit` matches and
 * ends its cursor at the last one kept, so a filter matching at least one item in `readFactor` fills its pages; a
 * rarer one gives shorter pages, with a cursor to go on.
 */
export const queryInbox = async (query: InboxQuery, readFactor: number = FILTERED_READ_FACTOR): Promise<MessagePage> => {
  const index = query.scope.kind === 'organization' ? 'GSI3' : 'GSI4';
  const partition =
    query.scope.kind === 'organization'
      ? `INBOX#${query.scope.organizationId}#${query.group}`
      : `REGIONBOX#${query.scope.regionCode}#${query.group}`;
  const conditions: Equality[] = [
    ...(query.status ? [{ attr: 'status' as const, eq: query.status }] : []),
    ...(query.categoryId ? [{ attr: 'categoryId' as const, eq: query.categoryId }] : []),
    ...(query.oktmo ? [{ attr: 'oktmo' as const, eq: query.oktmo }] : []),
    ...(query.triage ? [{ attr: 'triage' as const, eq: true as const }] : []),
  ];
  // built as plain equalities: the full condition type of a large entity is too big for the compiler to check here
  const filter = (conditions.length === 0 ? undefined : conditions.length === 1 ? conditions[0] : { and: conditions }) as
    | MessageCondition
    | undefined;
  const page = messagePage(
    await mainTable
      .build(QueryCommand)
      .entities(MessageEntity)
      .query({ index, partition, ...(query.dueBefore ? { range: { lt: query.dueBefore } } : {}) })
      .options({
        limit: filter ? query.limit * readFactor : query.limit,
        exclusiveStartKey: query.startKey,
        ...(filter ? { filters: { message: filter } } : {}),
      })
      .send(),
  );
  if (page.items.length <= query.limit) return page;
  const kept = page.items.slice(0, query.limit);
  return { items: kept, lastKey: startKeyAt(kept[kept.length - 1] as MessageRecord, query.scope) };
};

/** One page of the moderators' queue (held messages, oldest first): one Query on the sparse GSI5. */
export const queryModerationQueue = async (options: { limit: number; startKey?: Record<string, unknown> }): Promise<MessagePage> => {
  const page = await mainTable
    .build(QueryCommand)
    .entities(MessageEntity)
    .query({ index: 'GSI5', partition: MODERATION_QUEUE })
    .options({ limit: options.limit, exclusiveStartKey: options.startKey })
    .send();
  return messagePage(page);
};
