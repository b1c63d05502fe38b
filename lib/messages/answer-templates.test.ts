import type { AnswerTemplate } from '#lib/db/answer-templates.ts';
import { orderTemplates, templateView } from './answer-templates.ts';

const template = (owner: string, id: string, categoryId?: string): AnswerTemplate => ({
  owner,
  id,
  title: id,
  text: `текст ${id}`,
  createdAt: `2026-01-0${id.length % 9}T00:00:00Z`,
  ...(categoryId ? { categoryId } : {}),
});

describe('answer templates', () => {
  const own = template('ORG#adm-kursk-city', 'general');
  const ownRoads = template('ORG#adm-kursk-city', 'roads-own', 'roads');
  const ownOther = template('ORG#adm-kursk-city', 'culture-own', 'culture');
  const platformRoads = template('CATEGORY#roads', 'roads-platform', 'roads');

  it('offers the organization’s templates for the category first, then its general ones, then the category’s, then the rest', () => {
    expect(orderTemplates([platformRoads, ownOther, own, ownRoads], 'roads').map((t) => t.id)).toEqual(['roads-own', 'general', 'roads-platform', 'culture-own']);
  });

  it('shows whose a template is', () => {
    expect(templateView(own)).toEqual({ id: 'general', title: 'general', text: 'текст general', scope: 'organization' });
    expect(templateView(platformRoads)).toMatchObject({ scope: 'category', categoryId: 'roads' });
  });
});
