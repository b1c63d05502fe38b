import { inboxKeys } from '#lib/domain/inbox.ts';
import { decide, type MessageState } from '#lib/domain/lifecycle.ts';
import type { Region } from '#lib/domain/types.ts';
import type { InboxQuery } from '#lib/db/inbox.ts';
import type { MessagePage, MessageRecord } from '#lib/db/messages.ts';
import type { Transition } from '#lib/db/transitions.ts';
import { messageEvent, type NotificationEvent } from '#lib/notifications/events.ts';
import { regionInboxMessages } from './region-inbox.ts';

export interface AutoCloseDeps {
  listRegions(): Promise<Region[]>;
  queryInbox(query: InboxQuery): Promise<MessagePage>;
  saveTransition(transition: Transition): Promise<MessageRecord | 'version_conflict'>;
  notify(event: NotificationEvent): Promise<void>;
  now(): Date;
  reopenWindowDays: number;
}

/**
 * Closes answered messages the citizen did not rate within the window: per region, one key range of the answered
 * inbox (sorted by the time of the answer). A message rated meanwhile fails the version check and is left alone.
 */
export const autoCloseUnrated = async (deps: AutoCloseDeps): Promise<number> => {
  const now = deps.now();
  const at = now.toISOString();
  const answeredBefore = new Date(now.getTime() - deps.reopenWindowDays * 24 * 3600 * 1000).toISOString();
  let closed = 0;
  for await (const { message } of regionInboxMessages(deps, 'answered', () => answeredBefore)) {
    const state: MessageState = { status: message.status, extensionsUsed: message.extensionsUsed ?? 0, ...(message.answeredAt ? { answeredAt: message.answeredAt } : {}) };
    const decision = decide(state, 'auto_close', { role: 'system', sameOrganization: false, sameRegion: false, isAuthor: false }, { now, reopenWindowDays: deps.reopenWindowDays });
    if (!decision.ok || !message.organizationId) continue;
    const inbox = inboxKeys({ id: message.id, status: decision.to, organizationId: message.organizationId, regionCode: message.regionCode, deadlineAt: message.deadlineAt });
    const saved = await deps.saveTransition({
      id: message.id,
      expectedVersion: message.version,
      status: decision.to,
      step: { at, status: decision.to, actor: 'system', event: 'auto_closed' },
      ...(inbox ? { inbox } : {}),
    });
    if (saved !== 'version_conflict') {
      closed++;
      await deps.notify(messageEvent('message.closed', message.id, at, message.correlationId));
    }
  }
  return closed;
};
