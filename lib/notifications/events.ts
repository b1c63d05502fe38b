/**
 * What the pipeline tells the notifier. Only ids travel through the queue: the notifier reads the message itself,
 * so no personal data sits in SQS or its DLQ. (The notifier validates with the schema in event-schema.ts; this
 * file stays free of zod so that the producers' bundles stay small.)
 */
export const NOTIFICATION_TYPES = [
  'message.routed',
  'message.rejected',
  'message.answered',
  'message.redirected',
  'message.reopened',
  'message.closed',
  // to officials: a message arrived in the organization's inbox (routed, redirected or reopened to it)
  'message.assigned',
  'message.due_tomorrow',
  'message.overdue',
] as const;

export interface NotificationEvent {
  eventId: string;
  type: (typeof NOTIFICATION_TYPES)[number];
  messageId: string;
  occurredAt: string;
  correlationId?: string;
  /** message.assigned: the organization the message arrived at (it may have moved on by the time the e-mail goes) */
  organizationId?: string;
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

/**
 * A message arriving in an organization's inbox tells two parties: the citizen (routed, redirected, reopened) and
 * the organization (a new message). Two events, so that each e-mail is sent once however the other fares.
 */
export const arrivalEvents = (
  type: 'message.routed' | 'message.redirected' | 'message.reopened',
  arrival: { messageId: string; organizationId: string; occurredAt: string; correlationId?: string | undefined },
): NotificationEvent[] => [
  messageEvent(type, arrival.messageId, arrival.occurredAt, arrival.correlationId),
  { ...messageEvent('message.assigned', arrival.messageId, arrival.occurredAt, arrival.correlationId), organizationId: arrival.organizationId },
];
