/**
 * What the pipeline tells the notifier. Only ids travel through the queue: the notifier reads the message itself,
 * so no personal data sits in SQS or its DLQ. (The notifier validates with the schema in event-schema.ts; this
 * file stays free of zod so that the producers' bundles stay small.)
 */
export const NOTIFICATION_TYPES = ['message.routed', 'message.rejected', 'message.answered', 'message.redirected', 'message.closed', 'message.due_tomorrow', 'message.overdue'] as const;

export interface NotificationEvent {
  eventId: string;
  type: (typeof NOTIFICATION_TYPES)[number];
  messageId: string;
  occurredAt: string;
  correlationId?: string;
}

/**
 * One event per step of a message, named by the step's time: the id is stable, so a repeated delivery is recognised
 * by the notifier, and a later step of the same kind (routed again after triage) is a new event.
 */
export const messageEvent = (
  type: NotificationEvent['type'],
  messageId: string,
  occurredAt: string,
  correlationId?: string,
): NotificationEvent => ({
  eventId: `${messageId}:${type.replace('message.', '')}:${occurredAt}`,
  type,
  messageId,
  occurredAt,
  ...(correlationId ? { correlationId } : {}),
});
