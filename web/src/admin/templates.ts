import { api } from '../common/api.ts';
import type { Session } from '../common/auth.ts';
import { formValues, h, replaceChildren } from '../common/dom.ts';
import { categoryName } from '../common/message-parts.ts';
import { loadCategories } from '../common/reference.ts';
import { showError, showNotice } from '../common/shell.ts';
import type { AnswerTemplate, Category } from '../common/types.ts';

/**
 * The organization's answer templates: what its officials answer from. The organization's admin adds and deletes
 * them here; other officials see the list.
 */
export const renderTemplates = async (main: HTMLElement, _params: string[], session: Session): Promise<void> => {
  const categories: readonly Category[] = await loadCategories();
  const admin = session.role === 'org_admin';
  const list = h('ul', { class: 'templates', 'data-testid': 'templates' });

  const remove = async (template: AnswerTemplate) => {
    try {
      await api(`/v1/org/answer-templates/${encodeURIComponent(template.id)}`, { method: 'DELETE' });
      await draw();
      showNotice(main, `Шаблон «${template.title}» удалён.`);
    } catch (error) {
      showError(main, error);
    }
  };
  const entry = (template: AnswerTemplate) =>
    h(
      'li',
      { 'data-testid': 'template-item', 'data-id': template.id },
      h('strong', {}, template.title),
      template.categoryId ? ` · ${categoryName(categories, template.categoryId)}` : ' · для любой категории',
      h('p', {}, template.text),
      admin ? h('button', { type: 'button', onclick: () => void remove(template) }, 'Удалить') : null,
    );
  const draw = async () => {
    const { items } = await api<{ items: AnswerTemplate[] }>('/v1/org/answer-templates');
    const own = items.filter((template) => template.scope === 'organization');
    replaceChildren(list, own.length ? own.map(entry) : h('li', { class: 'empty' }, 'Шаблонов пока нет.'));
  };

  const add = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const { title = '', text = '', categoryId = '' } = formValues(form);
    try {
      await api('/v1/org/answer-templates', { method: 'POST', body: { title, text, ...(categoryId ? { categoryId } : {}) } });
      form.reset();
      await draw();
      showNotice(main, `Шаблон «${title.trim()}» добавлен.`);
    } catch (error) {
      showError(main, error);
    }
  };
  const form = admin
    ? h(
        'form',
        { class: 'template-form', 'data-testid': 'template-form', onsubmit: (event: Event) => void add(event) },
        h('h2', {}, 'Новый шаблон'),
        h('label', {}, 'Название ', h('input', { name: 'title', required: true, maxlength: 200 })),
        h('label', {}, 'Категория ', h('select', { name: 'categoryId' }, h('option', { value: '' }, 'любая'), categories.map((c) => h('option', { value: c.id }, c.name)))),
        h('label', {}, 'Текст ответа ', h('textarea', { name: 'text', rows: 6, required: true, maxlength: 10000 })),
        h('button', { type: 'submit' }, 'Добавить'),
      )
    : null;

  replaceChildren(main, h('h1', {}, 'Шаблоны ответов'), list, form);
  await draw();
};
