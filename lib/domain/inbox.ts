import type { MessageStatus } from './statuses.ts';

/** Officials' inboxes are split in groups, so that the everyday view (what is still to do) is one key range. */
export const INBOX_GROUPS = ['active', 'answered', 'closed'] as const;
export type InboxGroup = (typeof INBOX_GROUPS)[number];

const GROUP_OF: Record<MessageStatus, InboxGroup | undefined> = {
  registered: undefined,
  on_moderation: undefined,
  rejected: 'closed',
  routed: 'active',
  in_progress: 'active',
  reopened: 'active',
  answered: 'answered',
  closed: 'closed',
};

export const inboxGroupOf = (status: MessageStatus): InboxGroup | undefined => GROUP_OF[status];

export interface InboxKeys {
  inboxKey: string;
  inboxSort: string;
  regionInboxKey: string;
  regionInboxSort: string;
}

/**
 * Where a message sits in its organization's and its region's inbox: soonest deadline first; answered messages by
 * the time of the answer, so that those past the rating window are one key range for the auto-close.
 */
export const inboxKeys = (message: {
  id: string;
  status: MessageStatus;
  organizationId: string;
  regionCode: string;
  deadlineAt: string;
  answeredAt?: string;
}): InboxKeys | undefined => {
  const group = inboxGroupOf(message.status);
  if (!group) return undefined;
  const sort = `${group === 'answered' ? (message.answeredAt ?? message.deadlineAt) : message.deadlineAt}#${message.id}`;
  return {
    inboxKey: `INBOX#${message.organizationId}#${group}`,
    inboxSort: sort,
    regionInboxKey: `REGIONBOX#${message.regionCode}#${group}`,
    regionInboxSort: sort,
  };
};

/**
 * A filtered inbox page reads this many times `limit` items in its one Query (DynamoDB filters after reading), so a
 * filter matching one item in eight or more fills its pages.
 */
export const FILTERED_READ_FACTOR = 8;

export const MODERATION_QUEUE = 'MODERATION';

/** Where a held message waits for a moderator: one queue for the country, oldest first. */
export const moderationQueueKeys = (message: { id: string; heldAt: string }) => ({
  moderationQueue: MODERATION_QUEUE,
  moderationSort: `${message.heldAt}#${message.id}`,
});
