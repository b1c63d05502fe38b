import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { requiredEnv } from '#lib/env.ts';
import type { StoredAttachment } from '#lib/messages/attachments.ts';
import { s3Client } from './clients.ts';

/** The stored upload's size and type, or nothing when no such object exists. */
export const headAttachment = async (key: string): Promise<StoredAttachment | undefined> => {
  try {
    const head = await s3Client().send(new HeadObjectCommand({ Bucket: requiredEnv('ATTACHMENTS_BUCKET'), Key: key }));
    return { size: head.ContentLength ?? 0, ...(head.ContentType ? { contentType: head.ContentType } : {}) };
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404 || (error as { name?: string }).name === 'NotFound') return undefined;
    throw error;
  }
};

export const DOWNLOAD_URL_TTL_SECONDS = 5 * 60;

/** A short-lived link to read one attachment; handed out only after the caller's access was checked. */
export const downloadUrl = (key: string): Promise<string> =>
  getSignedUrl(s3Client(), new GetObjectCommand({ Bucket: requiredEnv('ATTACHMENTS_BUCKET'), Key: key }), { expiresIn: DOWNLOAD_URL_TTL_SECONDS });
