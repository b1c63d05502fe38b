import { api } from '../common/api.ts';
import { append, formValues, h } from '../common/dom.ts';
import { formatDate } from '../common/format.ts';
import { categoryName, statusBadge } from '../common/message-parts.ts';
import { fillPage } from '../common/paging.ts';
import { loadCategories } from '../common/reference.ts';
import type { Category, MessageView, Page } from '../common/types.ts';

export type InboxKind = 'active' | 'answered' | 'closed' | 'triage' | 'overdue' | 'moderation';

const TITLES: Record<InboxKind, string> = {
  active: 'Входящие: в работе',
  answered: 'Отвеченные',
  closed: 'Закрытые',
  triage: 'Триаж: категорию выбирает ЦУР',
  overdue: 'Просроченные',
  moderation: 'Очередь модерации',
};

const ACTIVE_STATUSES: [string, string][] = [
  ['', 'все'],
  ['routed', 'Направлено в организацию'],
  ['in_progress', 'В работе'],
  ['reopened', 'Повторное рассмотрение'],
];

const snippet = (text: string): string => (text.length > 140 ? `${text.slice(0, 140)}…` : text);

const row = (message: MessageView, categories: readonly Category[]): HTMLElement =>
  h(
    'tr',
    { 'data-testid': 'inbox-row', 'data-number': message.number },
    h('td', {}, h('a', { href: `#/messages/${message.id}` }, message.number)),
    h('td', {}, statusBadge(message)),
    h('td', {}, categoryName(categories, message.categoryId)),
    h('td', {}, snippet(message.text)),
    h('td', {}, formatDate(message.deadlineDate)),
  );

const listUrl = (kind: InboxKind, filters: Record<string, string>, cursor?: string): string => {
  if (kind === 'moderation') return `/v1/moderation/messages?${new URLSearchParams(cursor ? { cursor } : {})}`;
  const params = new URLSearchParams({ limit: '25' });
  params.set('group', kind === 'answered' || kind === 'closed' ? kind : 'active');
  if (kind === 'triage') params.set('triage', 'true');
  if (kind === 'overdue') params.set('dueBefore', new Date().toISOString());
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (cursor) params.set('cursor', cursor);
  return `/v1/org/messages?${params}`;
};

/** A screenful of rows; a filtered API page may be short, so up to five are fetched to fill it. */
const SCREENFUL = { want: 25, maxRequests: 5 };

/** An inbox, soonest deadline first, with filters; "Показать ещё" fetches the next screenful. */
export const renderInbox = (kind: InboxKind) => async (main: HTMLElement): Promise<void> => {
  const categories = await loadCategories();
  const body = h('tbody', {});
  const more = h('button', { type: 'button', hidden: true }, 'Показать ещё');
  const empty = h('p', { class: 'empty', hidden: true });
  let filters: Record<string, string> = {};
  let cursor: string | undefined;
  // a newer filter replaces the list: a load started for the old one must not append to it
  let listGeneration = 0;

  const table = h('table', { class: 'inbox', 'aria-busy': 'false' }, h('thead', {}, h('tr', {}, h('th', {}, '№'), h('th', {}, 'Статус'), h('th', {}, 'Категория'), h('th', {}, 'Текст'), h('th', {}, 'Срок'))), body);

  const load = async (reset: boolean) => {
    if (reset) { body.replaceChildren(); cursor = undefined; listGeneration++; }
    const generation = listGeneration;
    table.setAttribute('aria-busy', 'true');
    more.disabled = true;
    try {
      const page = await fillPage((from) => api<Page<MessageView>>(listUrl(kind, filters, from)), cursor, SCREENFUL);
      if (generation !== listGeneration) return;
      body.append(...page.items.map((message) => row(message, categories)));
      cursor = page.nextCursor;
      more.hidden = !cursor;
      empty.hidden = body.childElementCount > 0;
      empty.textContent = cursor ? 'Среди просмотренных сообщений подходящих пока нет: нажмите «Показать ещё».' : 'Сообщений нет.';
    } finally {
      if (generation === listGeneration) {
        table.setAttribute('aria-busy', 'false');
        more.disabled = false;
      }
    }
  };
  more.addEventListener('click', () => void load(false));

  const filterForm =
    kind === 'moderation'
      ? null
      : h(
          'form',
          { class: 'filters', onsubmit: (event: Event) => { event.preventDefault(); filters = formValues(event.target as HTMLFormElement); void load(true); } },
          kind === 'active' || kind === 'overdue'
            ? h('label', {}, 'Статус ', h('select', { name: 'status' }, ACTIVE_STATUSES.map(([value, label]) => h('option', { value }, label))))
            : null,
          h('label', {}, 'Категория ', h('select', { name: 'categoryId' }, h('option', { value: '' }, 'все'), categories.map((c) => h('option', { value: c.id }, c.name)))),
          h('label', {}, 'ОКТМО ', h('input', { name: 'oktmo', inputmode: 'numeric', pattern: '\\d{8}', size: 9 })),
          h('button', { type: 'submit' }, 'Применить'),
        );

  append(
    main,
    h('h1', {}, TITLES[kind]),
    filterForm,
    table,
    empty,
    more,
  );
  await load(true);
};
