import { type AnswerTemplate, organizationOwner } from '#lib/db/answer-templates.ts';
import type { Caller } from '#lib/http/auth.ts';
import { forbidden } from '#lib/http/problem.ts';

/** The caller's organization as the owner of its templates; an account without an organization has none. */
export const callersTemplateOwner = (caller: Caller): string => {
  if (!caller.organizationId) throw forbidden('no_organization', 'У вашей учётной записи нет организации.');
  return organizationOwner(caller.organizationId);
};

/** A template as the answer form shows it: whose it is, and the category it fits, if any. */
export const templateView = (template: AnswerTemplate) => ({
  id: template.id,
  title: template.title,
  text: template.text,
  scope: template.owner.startsWith('ORG#') ? ('organization' as const) : ('category' as const),
  ...(template.categoryId ? { categoryId: template.categoryId } : {}),
});

/** The organization's own templates first (those for the category before general ones), then the category's. */
export const orderTemplates = (templates: readonly AnswerTemplate[], categoryId: string | undefined): AnswerTemplate[] => {
  const rank = (template: AnswerTemplate): number => {
    const own = template.owner.startsWith('ORG#');
    if (own && categoryId && template.categoryId === categoryId) return 0;
    if (own && !template.categoryId) return 1;
    if (own) return 3;
    return 2;
  };
  return [...templates].sort((a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt));
};
