import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { $add, $append, $remove, $set, GetItemCommand, PutItemCommand, QueryCommand, UpdateItemCommand } from 'dynamodb-toolbox';
import { PutTransaction } from 'dynamodb-toolbox/entity/actions/transactPut';
import { UpdateTransaction } from 'dynamodb-toolbox/entity/actions/transactUpdate';
import { execute as executeTransactWrite } from 'dynamodb-toolbox/entity/actions/transactWrite';
import type { FormattedItem } from 'dynamodb-toolbox';
import { allRoutingShards } from '#lib/domain/routing-shards.ts';
import { type InboxKeys, moderationQueueKeys } from '#lib/domain/inbox.ts';
import type { ScreeningRecord } from '#lib/messages/screening.ts';
import { IdempotencyKeyEntity, LabeledExampleEntity, MessageEntity } from './entities/message.ts';
import { whenConditionHolds, whenFirstConditionHolds } from './conditional.ts';
import { mainTable } from './table.ts';

export type MessageRecord = Omit<FormattedItem<typeof MessageEntity>, 'GSI1PK' | 'GSI1SK'>;
export type HistoryStep = MessageRecord['history'][number];

export interface IdempotencyClaim {
  scope: string;
  requestHash: string;
  expiresAt: number;
}

export type CreateMessageOutcome = 'created' | 'number_taken' | 'idempotency_key_taken';

/**
 * Registers a message under its number: one conditional PutItem, so a taken number writes nothing. With an
 * Idempotency-Key the key is written in the same transaction, and a replayed request writes nothing either.
 */
export const createMessage = async (
  message: MessageRecord,
  idempotency?: IdempotencyClaim,
): Promise<CreateMessageOutcome> => {
  if (!idempotency) {
    const created = await whenConditionHolds(() =>
      MessageEntity.build(PutItemCommand).item(message).options({ condition: { attr: 'id', exists: false } }).send(),
    );
    return created ? 'created' : 'number_taken';
  }
  try {
    await executeTransactWrite(
      MessageEntity.build(PutTransaction).item(message).options({ condition: { attr: 'id', exists: false } }),
      IdempotencyKeyEntity.build(PutTransaction)
        .item({ ...idempotency, messageId: message.id })
        .options({ condition: { attr: 'scope', exists: false } }),
    );
    return 'created';
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const failed = (index: number) => error.CancellationReasons?.[index]?.Code === 'ConditionalCheckFailed';
    if (failed(1)) return 'idempotency_key_taken';
    if (failed(0)) return 'number_taken';
    throw error;
  }
};

export const getIdempotencyClaim = async (scope: string) =>
  (await IdempotencyKeyEntity.build(GetItemCommand).key({ scope }).options({ consistent: true }).send()).Item;

/** A message item as the use cases see it: without the author-list keys the entity derives from other attributes. */
export const asMessageRecord = ({ GSI1PK: _pk, GSI1SK: _sk, ...message }: FormattedItem<typeof MessageEntity>): MessageRecord => message;

/** One page of a Query over message items. */
export const messagePage = (page: { Items?: FormattedItem<typeof MessageEntity>[]; LastEvaluatedKey?: Record<string, unknown> }): MessagePage => ({
  items: (page.Items ?? []).map(asMessageRecord),
  ...(page.LastEvaluatedKey ? { lastKey: page.LastEvaluatedKey } : {}),
});

export const getMessage = async (id: string, options: { consistent?: boolean } = {}): Promise<MessageRecord | undefined> => {
  const { Item } = await MessageEntity.build(GetItemCommand).key({ id }).options({ consistent: options.consistent ?? false }).send();
  return Item && asMessageRecord(Item);
};

export interface MessagePage {
  items: MessageRecord[];
  lastKey?: Record<string, unknown>;
}

/** The author's messages, newest first: one Query on GSI1. */
export const listMessagesByAuthor = async (
  authorId: string,
  options: { limit: number; startKey?: Record<string, unknown> },
): Promise<MessagePage> => {
  const page = await mainTable
    .build(QueryCommand)
    .entities(MessageEntity)
    .query({ index: 'GSI1', partition: `AUTHOR#${authorId}` })
    .options({ reverse: true, limit: options.limit, exclusiveStartKey: options.startKey })
    .send();
  return messagePage(page);
};

/** What routing decides for a message: the organization, by which rule, and the deadline. */
export interface RoutingAssignment {
  organizationId: string;
  organizationName: string;
  routedBy: string;
  deadlineAt: string;
  deadlineDate: string;
  deadlineWorkingDays: number;
}

export interface RoutingUpdate extends RoutingAssignment {
  screening: ScreeningRecord;
  inbox: InboxKeys;
  step: HistoryStep;
}

/** What every way out of `registered` writes: the step, a new version, and the message leaves the unrouted index. */
const leavingRegistered = (step: HistoryStep) => ({
  updatedAt: step.at,
  history: $append([step]),
  version: $add(1),
  routingShard: $remove(),
  routingPendingSince: $remove(),
});

const screeningAttributes = ({ classification, ...rest }: ScreeningRecord) => ({
  ...rest,
  ...(classification ? { classification: $set(classification) } : {}),
});

/**
 * Moves a registered message to `routed`. The condition on the status makes a redelivered stream record a no-op:
 * the first delivery wins, later ones get `false`.
 */
export const markRouted = (id: string, update: RoutingUpdate): Promise<boolean> =>
  whenConditionHolds(() =>
    MessageEntity.build(UpdateItemCommand)
      .item({
        id,
        status: 'routed',
        organizationId: update.organizationId,
        organizationName: update.organizationName,
        routedBy: update.routedBy,
        deadlineAt: update.deadlineAt,
        deadlineDate: update.deadlineDate,
        deadlineWorkingDays: update.deadlineWorkingDays,
        ...leavingRegistered(update.step),
        ...screeningAttributes(update.screening),
        ...update.inbox,
      })
      .options({ condition: { attr: 'status', eq: 'registered' } })
      .send(),
  );

/** Ids of messages still waiting for routing since before `cutoff`: one Query per shard of the sparse GSI2. */
export const listUnroutedSince = async (cutoff: string, limitPerShard: number): Promise<string[]> => {
  const pages = await Promise.all(
    allRoutingShards().map((shard) =>
      mainTable
        .build(QueryCommand)
        .query({ index: 'GSI2', partition: shard, range: { lt: cutoff } })
        .options({ limit: limitPerShard, attributes: ['PK'] })
        .send(),
    ),
  );
  return pages.flatMap((page) => (page.Items ?? []).map((item) => String(item['PK']).replace(/^MSG#/, '')));
};

export interface ScreenOutUpdate {
  status: 'rejected' | 'on_moderation';
  reasons: string[];
  repeatOf?: string;
  step: HistoryStep;
}

/** Rejects or holds a registered message after moderation; conditional like markRouted. */
export const markScreenedOut = (id: string, update: ScreenOutUpdate): Promise<boolean> =>
  whenConditionHolds(() =>
    MessageEntity.build(UpdateItemCommand)
      .item({
        id,
        status: update.status,
        // $set replaces the whole value: a plain list or map would be written path by path into a missing attribute
        moderationReasons: $set(update.reasons),
        ...(update.repeatOf ? { repeatOf: update.repeatOf } : {}),
        ...(update.status === 'on_moderation' ? moderationQueueKeys({ id, heldAt: update.step.at }) : {}),
        ...leavingRegistered(update.step),
      })
      .options({ condition: { attr: 'status', eq: 'registered' } })
      .send(),
  );

export interface CategoryDecision {
  messageId: string;
  expectedVersion: number;
  categoryId: string;
  categoryName: string;
  subcategoryId?: string;
  text: string;
  corrected: boolean;
  at: string;
  steps: HistoryStep[];
  /** set when deciding the category also moves the message to another organization (triage) */
  reroute?: RoutingAssignment & InboxKeys;
}

/**
 * Writes an official's category decision and its labeled example in one transaction; the message is updated only
 * if nobody changed it since the official looked at it (optimistic locking on `version`).
 */
export const saveCategoryDecision = async (decision: CategoryDecision): Promise<'saved' | 'version_conflict'> => {
  const saved = await whenFirstConditionHolds(() =>
    executeTransactWrite(
      MessageEntity.build(UpdateTransaction)
        .item({
          id: decision.messageId,
          categoryId: decision.categoryId,
          ...(decision.subcategoryId ? { subcategoryId: decision.subcategoryId } : { subcategoryId: $remove() }),
          suggestedCategoryId: $remove(),
          triage: $remove(),
          ...(decision.reroute ?? {}),
          updatedAt: decision.at,
          history: $append(decision.steps),
          version: $add(1),
        })
        .options({ condition: { attr: 'version', eq: decision.expectedVersion } }),
      LabeledExampleEntity.build(PutTransaction).item({
        month: decision.at.slice(0, 7),
        messageId: decision.messageId,
        text: decision.text,
        categoryId: decision.categoryId,
        categoryName: decision.categoryName,
        corrected: decision.corrected,
        confirmedAt: decision.at,
      }),
    ),
  );
  return saved ? 'saved' : 'version_conflict';
};
