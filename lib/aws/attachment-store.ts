import { HeadObjectCommand } from '@aws-sdk/client-s3';
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
