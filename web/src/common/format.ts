const dateTime = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'short', timeStyle: 'short' });

export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));

/** A local date (YYYY-MM-DD) as the Russian reader expects it. */
export const formatDate = (localDate: string): string => {
  const [year, month, day] = localDate.split('-');
  return `${day}.${month}.${year}`;
};

export const ACTOR_LABELS: Record<string, string> = {
  citizen: 'заявитель',
  system: 'система',
  official: 'исполнитель',
  coordinator: 'ЦУР',
  moderator: 'модератор',
};

export const isOverdue = (deadline: string, status: string): boolean =>
  ['routed', 'in_progress', 'reopened'].includes(status) && new Date(deadline).getTime() < Date.now();
