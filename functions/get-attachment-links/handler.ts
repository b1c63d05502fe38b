import { DOWNLOAD_URL_TTL_SECONDS, downloadUrl } from '#lib/aws/attachment-downloads.ts';
import { getMessage } from '#lib/db/messages.ts';
import { parseMessageNumber } from '#lib/domain/message-number.ts';
import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import { notFound } from '#lib/http/problem.ts';
import { officialMaySee } from '#lib/messages/access.ts';
import { attachmentsOf } from '#lib/messages/attachment-links.ts';

/**
 * GET /v1/messages/{id}/attachments (the author) and /v1/org/messages/{id}/attachments (its officials): presigned
 * links valid a few minutes. The bucket is private; a link is handed out only after this check.
 */
export const handler = authenticatedHttpHandler(
  { roles: ['citizen', 'official', 'org_admin', 'coordinator', 'moderator'] },
  async ({ event, pathParameters, caller }) => {
    const id = parseMessageNumber(decodeURIComponent(pathParameters['id'] ?? ''));
    const message = id ? await getMessage(id, { consistent: true }) : undefined;
    const asOfficial = event.rawPath.startsWith('/v1/org/');
    const allowed = message && (asOfficial ? caller.role !== 'citizen' && officialMaySee(caller, message) : message.authorId === caller.userId);
    if (!message || !allowed) throw notFound('message_not_found', 'Сообщение не найдено.');
    const expiresAt = new Date(Date.now() + DOWNLOAD_URL_TTL_SECONDS * 1000).toISOString();
    const items = await Promise.all(attachmentsOf(message).map(async (file) => ({ ...file, url: await downloadUrl(file.key), expiresAt })));
    return { statusCode: 200, body: { items } };
  },
);
