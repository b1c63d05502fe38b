import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { s3Client } from '#lib/aws/clients.ts';
import { requiredEnv } from '#lib/env.ts';
import { createMessage, getIdempotencyClaim, getMessage } from '#lib/db/messages.ts';
import { getCategory, getTerritory } from '#lib/db/reference-data.ts';
import { defaultIds, type StoredAttachment, type SubmitDeps } from './submit.ts';

const headAttachment = async (key: string): Promise<StoredAttachment | undefined> => {
  try {
    const head = await s3Client().send(new HeadObjectCommand({ Bucket: requiredEnv('ATTACHMENTS_BUCKET'), Key: key }));
    return { size: head.ContentLength ?? 0, ...(head.ContentType ? { contentType: head.ContentType } : {}) };
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404 || (error as { name?: string }).name === 'NotFound') return undefined;
    throw error;
  }
};

/** The real side effects of message intake; unit tests pass fakes instead. */
export const submitDeps: SubmitDeps = {
  getCategory,
  getTerritory,
  headAttachment,
  createMessage,
  getIdempotencyClaim,
  getMessage,
  ...defaultIds,
};
