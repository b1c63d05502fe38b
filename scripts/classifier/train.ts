/**
 * npm run classifier:train -- --data <labeled.jsonl> --out <model-file> [--seed N]
 * Trains the classifier from JSONL lines {"text","category"} (category: one of the rubricator's 15 names) and writes
 * the serialized model. Every bad line is reported with its number, and nothing is written.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { serializeModel, trainClassifier } from '#lib/classification/index.ts';
import type { LabeledExample } from '#lib/classification/index.ts';
import { CATEGORY_NAMES } from '#lib/domain/rubricator.ts';
import { parseArgs } from './args.ts';
import { CliError, jsonlLines, readText, runCli } from './cli.ts';

const USAGE = 'usage: classifier:train -- --data <labeled.jsonl> --out <model-file> [--seed N]';
const SHOWN_ERRORS = 10;
const rubricator = new Set<string>(CATEGORY_NAMES);

const parseExample = (line: string): LabeledExample | string => {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  const { text, category } = (row ?? {}) as { text?: unknown; category?: unknown };
  if (typeof text !== 'string' || text.trim() === '') return 'needs a non-empty "text"';
  if (typeof category !== 'string') return 'needs "category"';
  if (!rubricator.has(category)) return `unknown category ${JSON.stringify(category)} (the rubricator's names, e.g. "Ремонт дорог")`;
  return { text, category };
};

runCli(() => {
  const { options } = parseArgs(process.argv.slice(2));
  const data = options['data'];
  const out = options['out'];
  if (!data || !out) throw new CliError(USAGE, 2);
  const seed = options['seed'] !== undefined ? Number(options['seed']) : 1;
  if (!Number.isInteger(seed)) throw new CliError('--seed must be an integer', 2);

  const examples: LabeledExample[] = [];
  const errors: string[] = [];
  for (const { line, number } of jsonlLines(readText(data, 'training data'))) {
    if (line.trim() === '') continue;
    const parsed = parseExample(line);
    if (typeof parsed === 'string') errors.push(`line ${number}: ${parsed}`);
    else examples.push(parsed);
  }
  if (errors.length > 0) {
    const more = errors.length > SHOWN_ERRORS ? `\n… and ${errors.length - SHOWN_ERRORS} more` : '';
    throw new CliError(`${data}: ${errors.length} bad line(s), nothing trained\n${errors.slice(0, SHOWN_ERRORS).join('\n')}${more}`);
  }
  if (new Set(examples.map((e) => e.category)).size < 2) throw new CliError(`${data}: training needs examples of at least two categories`);

  const t0 = performance.now();
  const model = trainClassifier(examples, { seed });
  const buf = serializeModel(model);
  writeFileSync(out, buf);
  console.log(
    `trained on ${examples.length} examples, ${model.categories.length} categories, ${model.slots.length} features, ` +
      `temperature ${model.temperature.toFixed(3)}; wrote ${buf.length} bytes to ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
});
