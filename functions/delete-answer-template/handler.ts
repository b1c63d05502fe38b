import { deleteAnswerTemplate } from '#lib/db/answer-templates.ts';
import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import { notFound } from '#lib/http/problem.ts';
import { callersTemplateOwner } from '#lib/messages/answer-templates.ts';

const TEMPLATE_ID = /^[A-Za-z0-9-]{1,64}$/;

/**
 * DELETE /v1/org/answer-templates/{id}: the organization's admin removes one of the organization's templates. The
 * key is built from the caller's organization, so another organization's template, or a platform one, is not found.
 */
export const handler = authenticatedHttpHandler({ roles: ['org_admin'] }, async ({ pathParameters, caller }) => {
  const owner = callersTemplateOwner(caller);
  const id = decodeURIComponent(pathParameters['id'] ?? '');
  const deleted = TEMPLATE_ID.test(id) && (await deleteAnswerTemplate(owner, id)) === 'deleted';
  if (!deleted) throw notFound('template_not_found', 'Шаблон не найден.');
  return { statusCode: 204 };
});
