import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { getMessage, type MessageRecord } from '#lib/db/messages.ts';
import { getOrganization, getRegion } from '#lib/db/reference-data.ts';
import type { Organization } from '#lib/domain/types.ts';
import { requiredEnv } from '#lib/env.ts';
import { notificationEvent } from '#lib/notifications/event-schema.ts';
import type { NotificationEvent } from '#lib/notifications/events.ts';
import { mailerFromEnv, type Mailer } from '#lib/notifications/mailer.ts';
import { citizenEmailFor, isOfficialEvent, officialEmailFor } from '#lib/notifications/compose.ts';
import { logger, metrics } from '#lib/observability/index.ts';
import { instrumented } from '#lib/observability/instrumented.ts';

let mailer: Mailer | undefined;

/**
 * Who an officials' event goes to: the organization the message arrived at (new message) or is with (due
 * tomorrow), or the region's coordinator (overdue).
 */
const officialRecipient = async (event: NotificationEvent, message: MessageRecord): Promise<Organization | undefined> => {
  if (event.type === 'message.overdue') {
    const region = await getRegion(message.regionCode);
    return region ? getOrganization(region.coordinatorOrganizationId) : undefined;
  }
  const organizationId = event.organizationId ?? message.organizationId;
  return organizationId ? getOrganization(organizationId) : undefined;
};

const deliver = async (event: NotificationEvent): Promise<{ sent: boolean }> => {
  const message = await getMessage(event.messageId, { consistent: true });
  if (!message) throw new Error('notification for a missing message');
  let email;
  if (isOfficialEvent(event)) {
    const recipient = await officialRecipient(event, message);
    email = recipient ? officialEmailFor(event, message, recipient) : undefined;
  } else {
    email = citizenEmailFor(event, message);
  }
  if (!email) {
    logger.warn('notification skipped: no address or nothing to tell', { messageId: message.id, type: event.type });
    return { sent: false };
  }
  mailer ??= await mailerFromEnv();
  await mailer.send(email);
  return { sent: true };
};

const idempotencyConfig = new IdempotencyConfig({ eventKeyJmesPath: 'eventId', expiresAfterSeconds: 7 * 24 * 3600 });

// One e-mail per event id however often SQS delivers it.
const deliverOnce = makeIdempotent(deliver, {
  persistenceStore: new DynamoDBPersistenceLayer({ tableName: requiredEnv('IDEMPOTENCY_TABLE_NAME') }),
  config: idempotencyConfig,
});

const processor = new BatchProcessor(EventType.SQS);

const sendRecord = async (record: SQSRecord): Promise<void> => {
  const event = notificationEvent.parse(JSON.parse(record.body));
  if (event.correlationId) logger.setCorrelationId(event.correlationId);
  const { sent } = await deliverOnce(event);
  logger.info('notification handled', { eventId: event.eventId, type: event.type, sent });
  if (sent) metrics.addMetric('EmailsSent', MetricUnit.Count, 1);
};

export const handler = instrumented((event: SQSEvent, context: Context) => {
  idempotencyConfig.registerLambdaContext(context);
  return processPartialResponse(event, sendRecord, processor, { context });
});
