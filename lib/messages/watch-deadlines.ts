import { deadlineState, endOfTomorrow } from '#lib/domain/deadline-watch.ts';
import type { Region } from '#lib/domain/types.ts';
import type { InboxQuery } from '#lib/db/inbox.ts';
import type { HistoryStep, MessagePage } from '#lib/db/messages.ts';
import type { DeadlineMark } from '#lib/db/transitions.ts';
import { messageEvent, type NotificationEvent } from '#lib/notifications/events.ts';
import { regionInboxMessages } from './region-inbox.ts';

export interface WatchDeps {
  listRegions(): Promise<Region[]>;
  queryInbox(query: InboxQuery): Promise<MessagePage>;
  markDeadline(id: string, mark: DeadlineMark, step: HistoryStep, deadlineAt: string): Promise<boolean>;
  notify(event: NotificationEvent): Promise<void>;
  now(): Date;
}

export interface WatchResult {
  checked: number;
  warned: number;
  escalated: number;
}

/**
 * Warns the organization of messages due tomorrow and escalates overdue ones to the region's coordinator, each
 * once, region by region through the sparse region inbox (active messages, soonest deadline first): no scan.
 */
export const watchDeadlines = async (deps: WatchDeps): Promise<WatchResult> => {
  const now = deps.now();
  const at = now.toISOString();
  const result: WatchResult = { checked: 0, warned: 0, escalated: 0 };
  // deadlines are the last millisecond of a day: tomorrow's own must be inside the bound
  const endOfTomorrowInclusive = (region: Region) => new Date(endOfTomorrow(now, region.timeZone).getTime() + 1).toISOString();
  for await (const { region, message } of regionInboxMessages(deps, 'active', endOfTomorrowInclusive)) {
    result.checked++;
    const state = deadlineState(message.deadlineAt, now, region.timeZone);
    if (state === 'later') continue;
    const overdue = state === 'overdue';
    const step: HistoryStep = { at, status: message.status, actor: 'system', event: overdue ? 'escalated' : 'due_tomorrow' };
    if (await deps.markDeadline(message.id, overdue ? 'escalatedAt' : 'dueSoonNotifiedAt', step, message.deadlineAt)) {
      await deps.notify(messageEvent(overdue ? 'message.overdue' : 'message.due_tomorrow', message.id, at, message.correlationId));
      if (overdue) result.escalated++;
      else result.warned++;
    }
  }
  return result;
};
