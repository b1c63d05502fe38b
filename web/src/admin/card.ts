import { api, ApiError, uploadAttachment } from '../common/api.ts';
import { formValues, h, replaceChildren } from '../common/dom.ts';
import { answerBlock, attachmentsBlock, categoryName, deadlineLine, historyTable, interimBlock, messageText, statusBadge } from '../common/message-parts.ts';
import { loadCategories } from '../common/reference.ts';
import { showError, showNotice } from '../common/shell.ts';
import type { AnswerTemplate, Category, MessageView } from '../common/types.ts';

type Action = 'take' | 'answer' | 'interim' | 'extend' | 'redirect' | 'reject' | 'release';
export type OfficialCard = MessageView & { allowedActions: Action[] };

const act = (card: OfficialCard, body: Record<string, unknown>) =>
  api<OfficialCard>(`/v1/org/messages/${card.id}/actions`, { method: 'POST', body: { ...body, expectedVersion: card.version } });

/** Runs one action and redraws the card; a refusal (409 version conflict, 422 …) is shown above it. */
const perform = (main: HTMLElement, run: () => Promise<OfficialCard>, done: string) => async (event: Event) => {
  event.preventDefault();
  const form = event.target instanceof HTMLFormElement ? event.target : undefined;
  form?.querySelectorAll('button').forEach((button) => { button.disabled = true; });
  try {
    const card = await run();
    await drawCard(main, card);
    showNotice(main, done);
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      await drawCard(main, await api<OfficialCard>(`/v1/org/messages/${main.dataset['id']}`));
    }
    form?.querySelectorAll('button').forEach((button) => { button.disabled = false; });
    showError(main, error);
  }
};

const answerForm = async (main: HTMLElement, card: OfficialCard): Promise<HTMLElement> => {
  const { items: templates } = await api<{ items: AnswerTemplate[] }>(`/v1/org/answer-templates${card.categoryId ? `?categoryId=${encodeURIComponent(card.categoryId)}` : ''}`);
  const text = h('textarea', { name: 'text', rows: 8, required: true, maxlength: 10000, 'data-testid': 'answer-text' });
  const files = h('input', { type: 'file', name: 'files', multiple: true, accept: 'image/jpeg,image/png,image/webp,image/heic,application/pdf' });
  const picker = h(
    'select',
    { 'data-testid': 'template', onchange: () => { const chosen = templates.find((t) => t.id === picker.value); if (chosen) text.value = chosen.text; } },
    h('option', { value: '' }, templates.length ? 'Выберите шаблон…' : 'Шаблонов нет'),
    templates.map((template) => h('option', { value: template.id }, template.title)),
  );
  let kind: 'answer' | 'interim' = 'answer';
  const submit = async () => {
    const attachments = await Promise.all([...(files.files ?? [])].map(uploadAttachment));
    return act(card, { action: kind, text: text.value, ...(attachments.length ? { attachments } : {}) });
  };
  const form = h(
    'form',
    { class: 'panel', 'data-testid': 'answer-form', onsubmit: perform(main, submit, 'Ответ отправлен заявителю.') },
    h('h3', {}, 'Ответ заявителю'),
    h('label', {}, 'Шаблон ', picker),
    h('label', { class: 'block' }, 'Текст ответа', text),
    h('label', { class: 'block' }, 'Файлы ', files),
    card.allowedActions.includes('answer') ? h('button', { type: 'submit', class: 'primary', onclick: () => { kind = 'answer'; } }, 'Ответить') : null,
    card.allowedActions.includes('interim') ? h('button', { type: 'submit', onclick: () => { kind = 'interim'; } }, 'Промежуточный ответ') : null,
  );
  return form;
};

const reasonForm = (main: HTMLElement, card: OfficialCard, action: 'extend' | 'reject', title: string, button: string, done: string) => {
  const form = h(
    'form',
    { class: 'panel', 'data-testid': `${action}-form` },
    h('h3', {}, title),
    h('label', { class: 'block' }, 'Причина', h('textarea', { name: 'reason', rows: 2, required: true, maxlength: 2000 })),
    h('button', { type: 'submit' }, button),
  );
  form.addEventListener('submit', perform(main, () => act(card, { action, reason: formValues(form).reason }), done));
  return form;
};

const redirectDialog = async (main: HTMLElement, card: OfficialCard): Promise<HTMLElement> => {
  const { items } = await api<{ items: { id: string; name: string }[] }>(`/v1/org/organizations${card.regionCode ? `?regionCode=${card.regionCode}` : ''}`);
  const dialog = h('dialog', { 'data-testid': 'redirect-dialog' });
  const form = h(
    'form',
    {
      onsubmit: perform(main, () => { const values = formValues(form); dialog.close(); return act(card, { action: 'redirect', organizationId: values.organizationId, reason: values.reason }); }, 'Сообщение перенаправлено.'),
    },
    h('h3', {}, 'Перенаправить в другую организацию'),
    h('label', { class: 'block' }, 'Организация', h('select', { name: 'organizationId', required: true }, items.filter((o) => o.id !== card.organization?.id).map((o) => h('option', { value: o.id }, o.name)))),
    h('label', { class: 'block' }, 'Причина (вопрос вне компетенции)', h('textarea', { name: 'reason', rows: 3, required: true, maxlength: 2000 })),
    h('button', { type: 'submit', class: 'primary' }, 'Перенаправить'),
    h('button', { type: 'button', onclick: () => dialog.close() }, 'Отмена'),
  );
  dialog.append(form);
  return h('div', {}, h('button', { type: 'button', 'data-testid': 'open-redirect', onclick: () => dialog.showModal() }, 'Перенаправить…'), dialog);
};

const categoryForm = (main: HTMLElement, card: OfficialCard, categories: readonly Category[]) => {
  const form = h(
    'form',
    {
      class: 'panel',
      'data-testid': 'category-form',
      onsubmit: perform(main, async () => {
        await api(`/v1/org/messages/${card.id}/category`, { method: 'POST', body: { categoryId: formValues(form).categoryId, expectedVersion: card.version } });
        return api<OfficialCard>(`/v1/org/messages/${card.id}`);
      }, 'Категория сохранена.'),
    },
    h('h3', {}, card.triage ? 'Триаж: выберите категорию' : 'Категория'),
    h('select', { name: 'categoryId' }, categories.map((c) => h('option', { value: c.id, selected: c.id === (card.suggestedCategoryId ?? card.categoryId) }, c.name))),
    h('button', { type: 'submit' }, card.triage ? 'Направить по правилам' : 'Подтвердить категорию'),
  );
  return form;
};

const actionsPanel = async (main: HTMLElement, card: OfficialCard, categories: readonly Category[]): Promise<HTMLElement> => {
  const allowed = new Set(card.allowedActions);
  const quick = h(
    'div',
    { class: 'actions' },
    allowed.has('take') ? h('button', { type: 'button', class: 'primary', 'data-testid': 'take', onclick: perform(main, () => act(card, { action: 'take' }), 'Сообщение взято в работу.') }, 'Взять в работу') : null,
    allowed.has('release') ? h('button', { type: 'button', class: 'primary', onclick: perform(main, () => act(card, { action: 'release' }), 'Сообщение допущено к рассмотрению.') }, 'Допустить') : null,
    allowed.has('redirect') ? await redirectDialog(main, card) : null,
  );
  return h(
    'section',
    { class: 'work' },
    quick,
    allowed.has('answer') || allowed.has('interim') ? await answerForm(main, card) : null,
    allowed.has('extend') ? reasonForm(main, card, 'extend', 'Продлить срок (один раз)', 'Продлить', 'Срок продлён.') : null,
    allowed.has('reject') ? reasonForm(main, card, 'reject', 'Отклонить сообщение', 'Отклонить', 'Сообщение отклонено, заявитель уведомлён.') : null,
    // whoever may answer the message may confirm or correct its category (a coordinator's triage decision routes it)
    allowed.has('answer') ? categoryForm(main, card, categories) : null,
  );
};

const drawCard = async (main: HTMLElement, card: OfficialCard): Promise<void> => {
  const categories = await loadCategories();
  main.dataset['id'] = card.id;
  replaceChildren(
    main,
    h('h1', {}, `Сообщение № ${card.number} `, statusBadge(card)),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Категория'), h('dd', { 'data-testid': 'category' }, categoryName(categories, card.categoryId)),
      card.suggestedCategoryId ? [h('dt', {}, 'Классификатор предлагает'), h('dd', {}, categoryName(categories, card.suggestedCategoryId))] : null,
      h('dt', {}, 'Организация'), h('dd', { 'data-testid': 'organization' }, card.organization?.name ?? '—'),
      h('dt', {}, 'ОКТМО'), h('dd', {}, card.oktmo),
      card.address ? [h('dt', {}, 'Адрес'), h('dd', {}, card.address)] : null,
      card.moderationReasonLabels?.length ? [h('dt', {}, 'Модерация'), h('dd', { 'data-testid': 'moderation' }, card.moderationReasonLabels.join('; '))] : null,
    ),
    deadlineLine(card),
    h('h3', {}, 'Текст сообщения'),
    messageText(card.text),
    attachmentsBlock(card, `/v1/org/messages/${card.id}/attachments`),
    interimBlock(card),
    answerBlock(card),
    card.rating ? h('p', { 'data-testid': 'rating' }, `Оценка заявителя: ${card.rating.score} из 5, ${card.rating.satisfied ? 'доволен' : 'не доволен'}${card.rating.comment ? ` — «${card.rating.comment}»` : ''}`) : null,
    await actionsPanel(main, card, categories),
    historyTable(card),
  );
};

export const renderCard = async (main: HTMLElement, [id = '']: string[]): Promise<void> => {
  await drawCard(main, await api<OfficialCard>(`/v1/org/messages/${encodeURIComponent(id)}`));
};
