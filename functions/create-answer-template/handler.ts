import { ulid } from 'ulid';
import * as z from 'zod';
import { createAnswerTemplate, MAX_TEMPLATES_PER_OWNER } from '#lib/db/answer-templates.ts';
import { getCategory } from '#lib/db/reference-data.ts';
import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import { conflict, unprocessable } from '#lib/http/problem.ts';
import { callersTemplateOwner, templateView } from '#lib/messages/answer-templates.ts';

const input = z.strictObject({
  title: z.string().trim().min(1).max(200),
  text: z.string().trim().min(1).max(10_000),
  categoryId: z.string().regex(/^[a-z0-9-]{1,64}$/).optional(),
});

/** POST /v1/org/answer-templates: the organization's admin adds a template its officials can answer from. */
export const handler = authenticatedHttpHandler({ roles: ['org_admin'], body: input }, async ({ body, caller }) => {
  const owner = callersTemplateOwner(caller);
  if (body.categoryId && !(await getCategory(body.categoryId))) {
    throw unprocessable('unknown_category', 'Такой категории нет в рубрикаторе.', [
      { pointer: '/categoryId', code: 'unknown_category', detail: 'Выберите категорию из рубрикатора.' },
    ]);
  }
  const template = { owner, id: ulid(), title: body.title, text: body.text, createdAt: new Date().toISOString(), ...(body.categoryId ? { categoryId: body.categoryId } : {}) };
  if ((await createAnswerTemplate(template)) === 'limit_reached') {
    throw conflict('too_many_templates', `У организации уже ${MAX_TEMPLATES_PER_OWNER} шаблонов.`);
  }
  return { statusCode: 201, body: templateView(template) };
});
