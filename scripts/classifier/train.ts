/**
 * npm run classifier:train -- --data <labeled.jsonl> --out <model-file> [--seed N]
 * Trains the classifier from JSONL lines {"text","category"} and writes the serialized model.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { serializeModel, trainClassifier } from '#lib/classification/index.ts';
import type { LabeledExample } from '#lib/classification/index.ts';
import { parseArgs } from './args.ts';

const { options } = parseArgs(process.argv.slice(2));
const data = options['data'];
const out = options['out'];
if (!data || !out) {
  console.error('usage: train.ts --data <labeled.jsonl> --out <model-file> [--seed N]');
  process.exit(2);
}
const seed = options['seed'] !== undefined ? Number(options['seed']) : 1;
if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');

const examples: LabeledExample[] = readFileSync(data, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l, i) => {
    const row = JSON.parse(l) as Partial<LabeledExample>;
    if (typeof row.text !== 'string' || typeof row.category !== 'string') throw new Error(`line ${i + 1}: needs "text" and "category"`);
    return { text: row.text, category: row.category };
  });

const t0 = performance.now();
const model = trainClassifier(examples, { seed });
const buf = serializeModel(model);
writeFileSync(out, buf);
console.log(
  `trained on ${examples.length} examples, ${model.categories.length} categories, ${model.slots.length} features, ` +
    `temperature ${model.temperature.toFixed(3)}; wrote ${buf.length} bytes to ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
