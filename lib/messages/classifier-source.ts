import { readFileSync } from 'node:fs';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { type Classifier, DEFAULT_MODEL_FILE, loadModel } from '#lib/classification/index.ts';
import { s3Client } from '#lib/aws/clients.ts';
import { logger } from '#lib/observability/index.ts';
import { packagedFile } from '#lib/package-file.ts';

export interface ModelPointer {
  version: string;
  key: string;
}

export interface LoadedClassifier {
  classifier: Classifier;
  version: string;
}

/** Where the retraining function publishes: the pointer names the current model object in the models bucket. */
export const MODEL_POINTER_KEY = 'classifier/current.json';
export const SHIPPED_MODEL_VERSION = 'shipped';

const POINTER_TTL_MS = Number(process.env['CLASSIFIER_POINTER_TTL_MS'] ?? 5 * 60_000);

let current: LoadedClassifier | undefined;
let pointerCheckedAt = 0;

/** The model packaged with the function (data/classifier/model.bin), trained on the project's own corpus. */
export const shippedClassifier = (): LoadedClassifier => ({
  classifier: loadModel(readFileSync(packagedFile(DEFAULT_MODEL_FILE))),
  version: SHIPPED_MODEL_VERSION,
});

const readObject = async (bucket: string, key: string): Promise<Buffer | undefined> => {
  try {
    const out = await s3Client().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return Buffer.from(await out.Body!.transformToByteArray());
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return undefined;
    throw error;
  }
};

/**
 * The classifier to use now: the latest model published to the models bucket, checked every few minutes, or the
 * shipped one while none is published.
 */
export const currentClassifier = async (now = Date.now()): Promise<LoadedClassifier> => {
  const bucket = process.env['MODELS_BUCKET'];
  if (current && (!bucket || now - pointerCheckedAt < POINTER_TTL_MS)) return current;
  pointerCheckedAt = now;
  const pointerBody = bucket ? await readObject(bucket, MODEL_POINTER_KEY) : undefined;
  if (!pointerBody) {
    current ??= shippedClassifier();
    return current;
  }
  const pointer = JSON.parse(pointerBody.toString('utf8')) as ModelPointer;
  if (current?.version === pointer.version) return current;
  const model = await readObject(bucket!, pointer.key);
  if (!model) throw new Error(`published model ${pointer.key} is missing`);
  current = { classifier: loadModel(model), version: pointer.version };
  logger.info('classifier model loaded', { version: pointer.version });
  return current;
};
