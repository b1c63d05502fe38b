import * as z from 'zod';
import { NOTIFICATION_TYPES, type NotificationEvent } from './events.ts';

/** A queue record the notifier accepts; anything else is a poison record and ends in the DLQ. */
export const notificationEvent: z.ZodType<NotificationEvent> = z.strictObject({
  eventId: z.string().min(1).max(200),
  type: z.enum(NOTIFICATION_TYPES),
  messageId: z.string().regex(/^\d{11}$/),
  occurredAt: z.iso.datetime(),
  correlationId: z.string().max(64).optional(),
  organizationId: z.string().min(1).max(64).optional(),
});
