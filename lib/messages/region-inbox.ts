import type { InboxGroup } from '#lib/domain/inbox.ts';
import type { Region } from '#lib/domain/types.ts';
import type { InboxQuery } from '#lib/db/inbox.ts';
import type { MessagePage, MessageRecord } from '#lib/db/messages.ts';

/**
 * Every message of one group of every region's inbox whose sort key lies before a bound the region gives (its
 * time zone decides "tomorrow"), page by page: the scheduled jobs' way through the sparse GSI4, never a scan.
 */
export async function* regionInboxMessages(
  deps: { listRegions(): Promise<Region[]>; queryInbox(query: InboxQuery): Promise<MessagePage> },
  group: InboxGroup,
  before: (region: Region) => string,
): AsyncGenerator<{ region: Region; message: MessageRecord }> {
  for (const region of await deps.listRegions()) {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await deps.queryInbox({
        scope: { kind: 'region', regionCode: region.code },
        group,
        dueBefore: before(region),
        limit: 100,
        ...(startKey ? { startKey } : {}),
      });
      for (const message of page.items) yield { region, message };
      startKey = page.lastKey;
    } while (startKey);
  }
}
