import * as z from 'zod';
import { categoryOwner, listAnswerTemplates } from '#lib/db/answer-templates.ts';
import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import { parseOrThrow } from '#lib/http/validation.ts';
import { callersTemplateOwner, orderTemplates, templateView } from '#lib/messages/answer-templates.ts';

const params = z.strictObject({ categoryId: z.string().regex(/^[a-z0-9-]{1,64}$/).optional() });

/** GET /v1/org/answer-templates?categoryId=: the caller's organization's templates and the category's. */
export const handler = authenticatedHttpHandler({ roles: ['official', 'org_admin', 'coordinator'] }, async ({ query, caller }) => {
  const { categoryId } = parseOrThrow(params, query);
  const owner = callersTemplateOwner(caller);
  const templates = await listAnswerTemplates([owner, ...(categoryId ? [categoryOwner(categoryId)] : [])]);
  return { statusCode: 200, body: { items: orderTemplates(templates, categoryId).map(templateView) } };
});
