import { deadlineState, endOfTomorrow } from '#lib/domain/deadline-watch.ts';
import type { Region } from '#lib/domain/types.ts';
import type { InboxQuery } from '#lib/db/inbox.ts';
import type { MessagePage } from '#lib/db/messages.ts';
import type { DeadlineMark } from '#lib/db/transitions.ts';
import type { HistoryStep } from '#lib/db/messages.ts';
import { messageEvent, type NotificationEvent } from '#lib/notifications/events.ts';

export interface WatchDeps {
  listRegions(): Promise<Region[]>;
  queryInbox(query: InboxQuery): Promise<MessagePage>;
  markDeadline(id: string, mark: DeadlineMark, step: HistoryStep): Promise<boolean>;
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
  for (const region of await deps.listRegions()) {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await deps.queryInbox({
        scope: { kind: 'region', regionCode: region.code },
        group: 'active',
        // deadlines are the last millisecond of a day: tomorrow's own must be inside the bound
        dueBefore: new Date(endOfTomorrow(now, region.timeZone).getTime() + 1).toISOString(),
        limit: 100,
        ...(startKey ? { startKey } : {}),
      });
      for (const message of page.items) {
        result.checked++;
        const state = deadlineState(message.deadlineAt, now, region.timeZone);
        if (state === 'later') continue;
        const overdue = state === 'overdue';
        const step: HistoryStep = { at, status: message.status, actor: 'system', event: overdue ? 'escalated' : 'due_tomorrow' };
        if (await deps.markDeadline(message.id, overdue ? 'escalatedAt' : 'dueSoonNotifiedAt', step)) {
          await deps.notify(messageEvent(overdue ? 'message.overdue' : 'message.due_tomorrow', message.id, at, message.correlationId));
          if (overdue) result.escalated++;
          else result.warned++;
        }
      }
      startKey = page.lastKey;
    } while (startKey);
  }
  return result;
};
