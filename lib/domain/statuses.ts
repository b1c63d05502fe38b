/** Message lifecycle statuses with the labels citizens and officials see. */
export const MESSAGE_STATUSES = {
  registered: 'Зарегистрировано',
  on_moderation: 'На модерации',
  rejected: 'Отклонено',
  routed: 'Направлено в организацию',
  in_progress: 'В работе',
  answered: 'Дан ответ',
  reopened: 'Повторное рассмотрение',
  closed: 'Закрыто',
} as const;

export type MessageStatus = keyof typeof MESSAGE_STATUSES;

export const MESSAGE_STATUS_IDS = Object.keys(MESSAGE_STATUSES) as MessageStatus[];

export function isMessageStatus(value: string): value is MessageStatus {
  return Object.hasOwn(MESSAGE_STATUSES, value);
}

export function statusLabel(status: MessageStatus): string {
  return MESSAGE_STATUSES[status];
}
