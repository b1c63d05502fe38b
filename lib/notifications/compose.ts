import type { MessageRecord } from '#lib/db/messages.ts';
import { REASON_LABELS, type ReasonCode } from '#lib/moderation/reasons.ts';
import type { NotificationEvent } from './events.ts';
import { answeredEmail, assignedEmail, closedEmail, dueTomorrowEmail, type Email, overdueEmail, redirectedEmail, rejectedEmail, reopenedEmail, routedEmail } from './templates.ts';

/** Events that go to officials rather than to the citizen. */
export const isOfficialEvent = (event: NotificationEvent): boolean =>
  event.type === 'message.due_tomorrow' || event.type === 'message.overdue' || event.type === 'message.assigned';

/** The e-mail an event sends the citizen, or nothing when there is no address or nothing to tell. */
export const citizenEmailFor = (event: NotificationEvent, message: MessageRecord): Email | undefined => {
  const to = message.contactEmail;
  if (!to) return undefined;
  if (event.type === 'message.rejected') {
    const reasons = (message.moderationReasons ?? []).map((code) => REASON_LABELS[code as ReasonCode] ?? code);
    return rejectedEmail({ to, number: message.id, reasons });
  }
  if (event.type === 'message.closed') return closedEmail({ to, number: message.id });
  if (event.type === 'message.answered') {
    return message.answer ? answeredEmail({ to, number: message.id, organizationName: message.answer.organizationName }) : undefined;
  }
  if (!message.organizationName) return undefined;
  if (event.type === 'message.redirected') {
    return redirectedEmail({ to, number: message.id, organizationName: message.organizationName, deadlineDate: message.deadlineDate });
  }
  if (event.type === 'message.reopened') {
    return reopenedEmail({ to, number: message.id, organizationName: message.organizationName, deadlineDate: message.deadlineDate });
  }
  return routedEmail({ to, number: message.id, organizationName: message.organizationName, deadlineDate: message.deadlineDate });
};

/** The e-mail to an organization (a new message, due tomorrow) or to the region's coordinator (overdue). */
export const officialEmailFor = (
  event: NotificationEvent,
  message: MessageRecord,
  recipient: { email: string; name: string },
): Email | undefined => {
  const input = { to: recipient.email, number: message.id, organizationName: message.organizationName ?? '', deadlineDate: message.deadlineDate };
  if (event.type === 'message.due_tomorrow') return dueTomorrowEmail(input);
  if (event.type === 'message.overdue') return overdueEmail(input);
  if (event.type === 'message.assigned') return assignedEmail({ ...input, organizationName: recipient.name });
  return undefined;
};
