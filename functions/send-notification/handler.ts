import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { getMessage } from '#lib/db/messages.ts';
import { requiredEnv } from '#lib/env.ts';
import { notificationEvent, type NotificationEvent } from '#lib/notifications/events.ts';
import { mailerFromEnv, type Mailer } from '#lib/notifications/mailer.ts';
import { routedEmail } from '#lib/notifications/templates.ts';
import { logger, metrics } from '#lib/observability/index.ts';
import { instrumented } from '#lib/observability/instrumented.ts';

let mailer: Mailer | undefined;

const deliver = async (event: NotificationEvent): Promise<{ sent: boolean }> => {
  const message = await getMessage(event.messageId, { consistent: true });
  if (!message) throw new Error('notification for a missing message');
  if (!message.contactEmail || !message.organizationName) {
    logger.warn('notification skipped: no contact e-mail or organization', { messageId: message.id });
    return { sent: false };
  }
  mailer ??= await mailerFromEnv();
  await mailer.send(
    routedEmail({
      to: message.contactEmail,
      number: message.id,
      organizationName: message.organizationName,
      deadlineDate: message.deadlineDate,
    }),
  );
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
