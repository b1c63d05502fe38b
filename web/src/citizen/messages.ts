import { api, uploadAttachment } from '../common/api.ts';
import { append, formValues, h, replaceChildren } from '../common/dom.ts';
import { formatDateTime } from '../common/format.ts';
import { answerBlock, attachmentsBlock, categoryName, deadlineLine, historyTable, interimBlock, messageText, statusBadge } from '../common/message-parts.ts';
import { loadCategories, loadTerritories } from '../common/reference.ts';
import { showError } from '../common/shell.ts';
import type { MessageView, Page } from '../common/types.ts';

/** My messages, newest first. */
export const renderMyMessages = async (main: HTMLElement): Promise<void> => {
  const categories = await loadCategories();
  const list = h('ul', { class: 'my-messages' });
  const more = h('button', { type: 'button', hidden: true }, 'Показать ещё');
  let cursor: string | undefined;
  const load = async () => {
    const page = await api<Page<MessageView>>(`/v1/messages?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    list.append(
      ...page.items.map((message) =>
        h(
          'li',
          { 'data-testid': 'my-message', 'data-number': message.number },
          h('a', { href: `#/messages/${message.id}` }, `№ ${message.number}`),
          ' ',
          statusBadge(message),
          h('div', {}, categoryName(categories, message.categoryId), ' · ', formatDateTime(message.createdAt)),
          h('div', { class: 'snippet' }, message.text.length > 160 ? `${message.text.slice(0, 160)}…` : message.text),
        ),
      ),
    );
    cursor = page.nextCursor;
    more.hidden = !cursor;
  };
  more.addEventListener('click', () => void load());
  append(main, h('h1', {}, 'Мои сообщения'), h('p', {}, h('a', { href: '#/new', class: 'button primary' }, 'Сообщить о проблеме')), list, more);
  await load();
  if (list.childElementCount === 0) list.append(h('li', { class: 'empty' }, 'Сообщений пока нет.'));
};

/** Submitting a message: category (or none: the classifier decides), municipality, text, address, files. */
export const renderNewMessage = async (main: HTMLElement): Promise<void> => {
  const [categories, territories] = await Promise.all([loadCategories(), loadTerritories()]);
  const files = h('input', { type: 'file', multiple: true, accept: 'image/jpeg,image/png,image/webp,image/heic,application/pdf' });
  const form = h(
    'form',
    { class: 'panel', 'data-testid': 'new-message' },
    h('label', { class: 'block' }, 'Категория', h('select', { name: 'categoryId' }, h('option', { value: '' }, 'Не знаю — определить автоматически'), categories.map((c) => h('option', { value: c.id }, c.name)))),
    h('label', { class: 'block' }, 'Муниципальное образование', h('select', { name: 'oktmo', required: true }, territories.map((t) => h('option', { value: t.oktmo }, t.name)))),
    h('label', { class: 'block' }, 'Адрес (необязательно)', h('input', { name: 'address', maxlength: 500 })),
    h('label', { class: 'block' }, 'Опишите проблему', h('textarea', { name: 'text', rows: 6, required: true, maxlength: 5000 })),
    h('label', { class: 'block' }, 'Фото или документы', files),
    h('button', { type: 'submit', class: 'primary' }, 'Отправить'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = formValues(form);
    try {
      const attachments = await Promise.all([...(files.files ?? [])].map(uploadAttachment));
      const created = await api<MessageView>('/v1/messages', {
        method: 'POST',
        body: {
          text: values.text,
          oktmo: values.oktmo,
          ...(values.categoryId ? { categoryId: values.categoryId } : {}),
          ...(values.address ? { address: values.address } : {}),
          ...(attachments.length ? { attachments } : {}),
        },
      });
      location.hash = `#/messages/${created.id}`;
    } catch (error) {
      showError(main, error);
    }
  });
  append(main, h('h1', {}, 'Сообщить о проблеме'), form);
};

const ratingForm = (main: HTMLElement, message: MessageView): HTMLElement => {
  const form = h(
    'form',
    { class: 'panel', 'data-testid': 'rating-form' },
    h('h3', {}, 'Оцените ответ'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Проблема решена?'),
      h('label', {}, h('input', { type: 'radio', name: 'satisfied', value: 'yes', required: true }), ' Да, ответ меня устраивает'),
      h('label', {}, h('input', { type: 'radio', name: 'satisfied', value: 'no' }), ' Нет — рассмотреть повторно'),
    ),
    h('label', {}, 'Оценка ', h('select', { name: 'score' }, [5, 4, 3, 2, 1].map((score) => h('option', { value: String(score) }, String(score))))),
    h('label', { class: 'block' }, 'Комментарий (необязательно)', h('textarea', { name: 'comment', rows: 3, maxlength: 2000 })),
    h('button', { type: 'submit', class: 'primary' }, 'Отправить оценку'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = formValues(form);
    try {
      const rated = await api<MessageView>(`/v1/messages/${message.id}/rating`, {
        method: 'POST',
        body: { satisfied: values.satisfied === 'yes', score: Number(values.score), ...(values.comment ? { comment: values.comment } : {}) },
      });
      drawMessage(main, rated);
      main.prepend(h('div', { class: 'notice', role: 'status', 'data-testid': 'notice' }, 'Спасибо за оценку.'));
    } catch (error) {
      showError(main, error);
    }
  });
  return form;
};

const drawMessage = (main: HTMLElement, message: MessageView): void => {
  replaceChildren(
    main,
    h('p', {}, h('a', { href: '#/my' }, '← Мои сообщения')),
    h('h1', {}, `Сообщение № ${message.number} `, statusBadge(message)),
    message.organization ? h('p', { 'data-testid': 'organization' }, `Рассматривает: ${message.organization.name}`) : null,
    message.organization ? deadlineLine(message) : null,
    message.rejectionReasons ? h('p', { class: 'error' }, `Отклонено: ${message.rejectionReasons.map((r) => r.label).join('; ')}`) : null,
    messageText(message.text),
    attachmentsBlock(message, `/v1/messages/${message.id}/attachments`),
    interimBlock(message),
    answerBlock(message),
    message.status === 'answered' ? ratingForm(main, message) : null,
    message.rating ? h('p', { 'data-testid': 'rating' }, `Ваша оценка: ${message.rating.score} из 5${message.rating.satisfied ? '' : ', направлено на повторное рассмотрение'}`) : null,
    historyTable(message),
  );
};

export const renderMessage = async (main: HTMLElement, [id = '']: string[]): Promise<void> => {
  drawMessage(main, await api<MessageView>(`/v1/messages/${encodeURIComponent(id)}`));
};
