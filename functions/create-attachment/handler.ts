import { PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ulid } from 'ulid';
import * as z from 'zod';
import { s3Client } from '#lib/aws/clients.ts';
import { requiredEnv } from '#lib/env.ts';
import { authenticatedHttpHandler } from '#lib/http/handler.ts';
import {
  ATTACHMENT_CONTENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  ownerPrefix,
  UPLOAD_URL_TTL_SECONDS,
} from '#lib/messages/attachments.ts';

const input = z.strictObject({
  contentType: z.enum(ATTACHMENT_CONTENT_TYPES, {
    error: 'Можно прикрепить фото (JPEG, PNG, WebP, HEIC) или документ PDF.',
  }),
  size: z
    .number()
    .int()
    .min(1, { error: 'Файл пустой.' })
    .max(MAX_ATTACHMENT_BYTES, { error: 'Файл больше 10 МБ.' }),
});

/**
 * Hands out a presigned PUT for one file; the key is cited in POST /v1/messages (a citizen's) or in an answer
 * (an official's) and checked there.
 */
export const handler = authenticatedHttpHandler({ roles: ['citizen', 'official', 'org_admin', 'coordinator'], body: input }, async ({ body, caller }) => {
  const key = `${ownerPrefix(caller.userId)}${ulid()}`;
  const uploadUrl = await getSignedUrl(
    s3Client(),
    new PutObjectCommand({
      Bucket: requiredEnv('ATTACHMENTS_BUCKET'),
      Key: key,
      ContentType: body.contentType,
      ContentLength: body.size,
    }),
    { expiresIn: UPLOAD_URL_TTL_SECONDS, signableHeaders: new Set(['content-type', 'content-length']) },
  );
  return {
    statusCode: 201,
    body: {
      key,
      uploadUrl,
      method: 'PUT',
      headers: { 'content-type': body.contentType },
      maxBytes: MAX_ATTACHMENT_BYTES,
      expiresAt: new Date(Date.now() + UPLOAD_URL_TTL_SECONDS * 1000).toISOString(),
    },
  };
});
