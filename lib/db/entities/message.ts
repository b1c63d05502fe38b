import { boolean, Entity, item, list, map, number, string } from 'dynamodb-toolbox';
import { MESSAGE_STATUS_IDS } from '#lib/domain/statuses.ts';
import { mainTable } from '../table.ts';

const ACTOR_KINDS = ['citizen', 'system', 'official', 'coordinator', 'moderator'] as const;

const historyStep = map({
  at: string(),
  status: string().enum(...MESSAGE_STATUS_IDS),
  actor: string().enum(...ACTOR_KINDS),
  event: string(),
  organizationId: string().optional(),
  organizationName: string().optional(),
  reason: string().optional(),
});

const messageSchema = item({
  /** the citizen-facing number, 11 digits; random, so the keys spread over every partition */
  id: string().key(),
  authorId: string(),
  contactEmail: string().optional(),
  /** chosen by the citizen, or set by the classifier or an official; absent while nobody has decided */
  categoryId: string().optional(),
  subcategoryId: string().optional(),
  classification: map({
    categoryId: string(),
    confidence: number(),
    modelVersion: string(),
  }).optional(),
  /** the classifier confidently disagrees with the citizen's category: the official can redirect in one step */
  suggestedCategoryId: string().optional(),
  /** low classifier confidence: routed to the region's coordinator to decide */
  triage: boolean().optional(),
  moderationReasons: list(string()).optional(),
  /** a moderator released the held message: screening does not hold it again */
  moderationReleased: boolean().optional(),
  answer: map({ text: string(), at: string(), organizationName: string(), attachments: list(string()).optional() }).optional(),
  answeredAt: string().optional(),
  interimAnswers: list(map({ text: string(), at: string(), attachments: list(string()).optional() })).optional(),
  extensionsUsed: number().optional(),
  rating: map({ satisfied: boolean(), score: number(), comment: string().optional(), at: string() }).optional(),
  /** set once by the deadline watcher, so that each warning and escalation is sent once */
  dueSoonNotifiedAt: string().optional(),
  escalatedAt: string().optional(),
  repeatOf: string().optional(),
  text: string(),
  oktmo: string(),
  regionCode: string(),
  timeZone: string(),
  address: string().optional(),
  location: map({ lat: number(), lon: number() }).optional(),
  attachments: list(string()),
  status: string().enum(...MESSAGE_STATUS_IDS),
  organizationId: string().optional(),
  organizationName: string().optional(),
  routedBy: string().optional(),
  deadlineAt: string(),
  deadlineDate: string(),
  deadlineWorkingDays: number(),
  createdAt: string(),
  updatedAt: string(),
  version: number(),
  history: list(historyStep),
  correlationId: string().optional(),
  /** set while the message waits for routing (sparse index GSI2), removed when it is routed */
  routingShard: string().optional().savedAs('GSI2PK'),
  routingPendingSince: string().optional().savedAs('GSI2SK'),
  /** the organization's and the region's inbox (GSI3, GSI4): set once routed, moved with every status change */
  inboxKey: string().optional().savedAs('GSI3PK'),
  inboxSort: string().optional().savedAs('GSI3SK'),
  regionInboxKey: string().optional().savedAs('GSI4PK'),
  regionInboxSort: string().optional().savedAs('GSI4SK'),
  /** the moderators' queue (GSI5): set while the message is held, removed when a moderator decides */
  moderationQueue: string().optional().savedAs('GSI5PK'),
  moderationSort: string().optional().savedAs('GSI5SK'),
});

/** A message's primary key in the table. */
export const messageKey = (id: string) => ({ PK: `MSG#${id}`, SK: 'MSG' });

export const MessageEntity = new Entity({
  name: 'message',
  table: mainTable,
  timestamps: false,
  schema: messageSchema.and((_schema) => ({
    // the author's messages, newest first
    GSI1PK: string().link<typeof _schema>(({ authorId }) => `AUTHOR#${authorId}`),
    GSI1SK: string().link<typeof _schema>(({ createdAt, id }) => `MSG#${createdAt}#${id}`),
  })),
  computeKey: ({ id }) => messageKey(id),
});

/** The caller's Idempotency-Key, written in the same transaction as the message it created. */
export const IdempotencyKeyEntity = new Entity({
  name: 'idempotencyKey',
  table: mainTable,
  timestamps: false,
  schema: item({
    scope: string().key(),
    messageId: string(),
    requestHash: string(),
    expiresAt: number(),
  }),
  computeKey: ({ scope }) => ({ PK: `IDEMPOTENCY#${scope}`, SK: 'IDEMPOTENCY' }),
});

/**
 * A message's text with the category an official confirmed or corrected: the platform's own labeled data for
 * retraining the classifier. One partition per month keeps writes spread and lets retraining read a time range.
 */
export const LabeledExampleEntity = new Entity({
  name: 'labeledExample',
  table: mainTable,
  timestamps: false,
  schema: item({
    month: string().key(),
    messageId: string().key(),
    text: string(),
    categoryId: string(),
    categoryName: string(),
    corrected: boolean(),
    confirmedAt: string(),
  }),
  computeKey: ({ month, messageId }) => ({ PK: `EXAMPLES#${month}`, SK: messageId }),
});
