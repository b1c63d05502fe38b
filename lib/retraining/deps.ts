import { readFileSync } from 'node:fs';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { Classifier, serializeModel, trainClassifier } from '#lib/classification/index.ts';
import { s3Client } from '#lib/aws/clients.ts';
import { listLabeledExamples, recentMonths } from '#lib/db/examples.ts';
import { requiredEnv } from '#lib/env.ts';
import { packagedFile } from '#lib/package-file.ts';
import { currentClassifier, MODEL_POINTER_KEY, type ModelPointer } from '#lib/messages/classifier-source.ts';
import type { RetrainDeps } from './retrain.ts';

const CORPUS_FILE = 'data/classifier/corpus.jsonl';
const MONTHS_OF_EXAMPLES = 12;
const TRAINING_SEED = 42;

const putObject = (key: string, body: Buffer | string, contentType: string) =>
  s3Client().send(new PutObjectCommand({ Bucket: requiredEnv('MODELS_BUCKET'), Key: key, Body: body, ContentType: contentType }));

export const retrainDeps: RetrainDeps = {
  confirmedExamples: async () =>
    (await listLabeledExamples(recentMonths(new Date(), MONTHS_OF_EXAMPLES))).map((example) => ({
      text: example.text,
      category: example.categoryName,
      confirmedAt: example.confirmedAt,
    })),
  shippedCorpus: async () =>
    readFileSync(packagedFile(CORPUS_FILE), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { text: string; category: string }),
  currentModel: async () => {
    const { classifier, version } = await currentClassifier();
    return { predictor: classifier, version };
  },
  train: (examples) => {
    const model = trainClassifier(examples, { seed: TRAINING_SEED });
    const classifier = new Classifier(model);
    return { predict: (text) => classifier.predict(text), serialize: () => serializeModel(model) };
  },
  publish: async (version, model) => {
    const pointer: ModelPointer = { version, key: `classifier/${version}.bin` };
    await putObject(pointer.key, model, 'application/octet-stream');
    // the pointer last: a reader never sees a version whose model is not there yet
    await putObject(MODEL_POINTER_KEY, JSON.stringify(pointer), 'application/json');
  },
  now: () => new Date(),
};
