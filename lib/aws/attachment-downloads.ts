import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { requiredEnv } from '#lib/env.ts';
import { s3Client } from './clients.ts';

// apart from attachment-store.ts: the presigner is only in the bundle of the function that hands out links
export const DOWNLOAD_URL_TTL_SECONDS = 5 * 60;

/** A short-lived link to read one attachment; handed out only after the caller's access was checked. */
export const downloadUrl = (key: string): Promise<string> =>
  getSignedUrl(s3Client(), new GetObjectCommand({ Bucket: requiredEnv('ATTACHMENTS_BUCKET'), Key: key }), { expiresIn: DOWNLOAD_URL_TTL_SECONDS });
