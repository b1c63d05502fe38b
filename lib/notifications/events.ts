import * as z from 'zod';

/**
 * What the pipeline tells the notifier. Only ids travel through the queue: the notifier reads the message itself,
 * so no personal data sits in SQS or its DLQ.
 */
export const notificationEvent = z.strictObject({
  eventId: z.string().min(1).max(200),
  type: z.enum(['message.routed']),
  messageId: z.string().regex(/^\d{11}$/),
  occurredAt: z.iso.datetime(),
  correlationId: z.string().max(64).optional(),
});

export type NotificationEvent = z.output<typeof notificationEvent>;

export const routedEvent = (messageId: string, occurredAt: string, correlationId?: string): NotificationEvent => ({
  eventId: `${messageId}:routed`,
  type: 'message.routed',
  messageId,
  occurredAt,
  ...(correlationId ? { correlationId } : {}),
});
