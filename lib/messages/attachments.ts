import { createHash } from 'node:crypto';
import { unprocessable } from '#lib/http/problem.ts';

/** What citizens may attach, and how much. */
export const ATTACHMENT_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'] as const;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_MESSAGE = 5;
export const UPLOAD_URL_TTL_SECONDS = 15 * 60;

/** The folder of one user's uploads: a hash, so keys reveal nothing about who uploaded them. */
export const ownerPrefix = (userId: string): string =>
  `uploads/${createHash('sha256').update(`pos-attachment-owner:${userId}`).digest('hex').slice(0, 24)}/`;

const KEY_PATTERN = /^uploads\/[0-9a-f]{24}\/[0-9A-HJKMNP-TV-Z]{26}$/;

export const isAttachmentKey = (key: string): boolean => KEY_PATTERN.test(key);

export const belongsTo = (key: string, userId: string): boolean => key.startsWith(ownerPrefix(userId));

export interface StoredAttachment {
  size: number;
  contentType?: string;
}

/** Every cited key must be the caller's own upload, present in S3 and within the size limit. */
export const validateAttachments = async (
  keys: readonly string[],
  userId: string,
  headAttachment: (key: string) => Promise<StoredAttachment | undefined>,
): Promise<void> => {
  const stored = await Promise.all(keys.map((key) => (isAttachmentKey(key) && belongsTo(key, userId) ? headAttachment(key) : undefined)));
  stored.forEach((attachment, index) => {
    if (!attachment) {
      throw unprocessable('unknown_attachment', 'Вложение не найдено: загрузите файл заново.', [
        { pointer: `/attachments/${index}`, code: 'unknown_attachment', detail: 'Такого загруженного файла нет.' },
      ]);
    }
    if (attachment.size > MAX_ATTACHMENT_BYTES) {
      throw unprocessable('attachment_too_large', 'Вложение больше 10 МБ.', [
        { pointer: `/attachments/${index}`, code: 'attachment_too_large', detail: 'Файл больше 10 МБ.' },
      ]);
    }
  });
};
