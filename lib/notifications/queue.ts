import { sendToQueue } from '#lib/aws/queues.ts';
import { requiredEnv } from '#lib/env.ts';
import type { NotificationEvent } from './events.ts';

/** Hands an event to the notifier through its queue, with the correlation id as a message attribute. */
export const queueNotification = (event: NotificationEvent): Promise<void> =>
  sendToQueue(requiredEnv('NOTIFICATIONS_QUEUE_NAME'), event, event.correlationId ? { correlationId: event.correlationId } : {});
