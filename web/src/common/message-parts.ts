import { api } from './api.ts';
import { h } from './dom.ts';
import { ACTOR_LABELS, formatDate, formatDateTime, isOverdue } from './format.ts';
import type { AttachmentLink, Category, MessageView } from './types.ts';

export const categoryName = (categories: readonly Category[], id: string | undefined): string =>
  (id && categories.find((category) => category.id === id)?.name) || 'не выбрана';

export const statusBadge = (message: Pick<MessageView, 'status' | 'statusLabel' | 'deadline'>): HTMLElement =>
  h('span', { class: `badge status-${message.status}${isOverdue(message.deadline, message.status) ? ' overdue' : ''}`, 'data-status': message.status }, message.statusLabel);

/** The message's text: untrusted, always shown as text (white space kept by CSS). */
export const messageText = (text: string): HTMLElement => h('p', { class: 'message-text', 'data-testid': 'message-text' }, text);

export const historyTable = (message: MessageView): HTMLElement =>
  h(
    'table',
    { class: 'history', 'data-testid': 'history' },
    h('caption', {}, 'История рассмотрения'),
    h('thead', {}, h('tr', {}, h('th', {}, 'Когда'), h('th', {}, 'Статус'), h('th', {}, 'Кто'), h('th', {}, 'Организация'), h('th', {}, 'Причина'))),
    h(
      'tbody',
      {},
      message.history.map((step) =>
        h(
          'tr',
          {},
          h('td', {}, formatDateTime(step.at)),
          h('td', {}, step.statusLabel),
          h('td', {}, ACTOR_LABELS[step.actor] ?? step.actor),
          h('td', {}, step.organization?.name ?? ''),
          h('td', {}, step.reason ?? ''),
        ),
      ),
    ),
  );

export const answerBlock = (message: MessageView): HTMLElement | null =>
  message.answer
    ? h(
        'section',
        { class: 'answer', 'data-testid': 'answer' },
        h('h3', {}, `Ответ: ${message.answer.organizationName}, ${formatDateTime(message.answer.at)}`),
        messageText(message.answer.text),
      )
    : null;

export const interimBlock = (message: MessageView): HTMLElement | null =>
  message.interimAnswers?.length
    ? h(
        'section',
        { class: 'interim' },
        h('h3', {}, 'Промежуточные ответы'),
        message.interimAnswers.map((interim) => h('div', {}, h('small', {}, formatDateTime(interim.at)), messageText(interim.text))),
      )
    : null;

export const deadlineLine = (message: MessageView): HTMLElement =>
  h('p', { class: isOverdue(message.deadline, message.status) ? 'deadline overdue' : 'deadline' }, `Срок ответа: до ${formatDate(message.deadlineDate)}`);

const PART_LABELS: Record<AttachmentLink['part'], string> = { message: 'файл заявителя', answer: 'файл к ответу', interim: 'файл к промежуточному ответу' };

/** Links to the message's files, fetched on demand: the API hands out short-lived links after checking access. */
export const attachmentsBlock = (message: MessageView, linksPath: string): HTMLElement | null => {
  const count = message.attachments.length + (message.answer?.attachments?.length ?? 0);
  if (count === 0) return null;
  const list = h('ul', { class: 'attachments' });
  const button = h('button', {
    type: 'button',
    onclick: async () => {
      button.disabled = true;
      const links = await api<{ items: AttachmentLink[] }>(linksPath);
      list.replaceChildren(
        ...links.items.map((link, index) =>
          h('li', {}, h('a', { href: link.url, target: '_blank', rel: 'noopener noreferrer' }, `Вложение ${index + 1} (${PART_LABELS[link.part]})`)),
        ),
      );
    },
  }, `Показать вложения (${count})`);
  return h('section', {}, h('h3', {}, 'Вложения'), button, list);
};
