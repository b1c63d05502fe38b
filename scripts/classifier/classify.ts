/**
 * npm run -s classify -- [--model <model-file>] <input.jsonl>
 * For each input line {"text": …} writes one JSON line, in the same order:
 * {"category","confidence","alternatives","moderation":{"decision","reasons"}}. Without --model: the shipped model.
 * A line that cannot be read gives {"error": "..."} in its place, so the output still lines up with the input.
 */
import { DEFAULT_MODEL_FILE, loadModel } from '#lib/classification/index.ts';
import { moderate } from '#lib/moderation/index.ts';
import { parseArgs } from './args.ts';
import { CliError, jsonlLines, readBytes, readText, runCli } from './cli.ts';

const loadClassifier = (file: string) => {
  const bytes = readBytes(file, 'model');
  try {
    return loadModel(bytes);
  } catch (error) {
    throw new CliError(`cannot load model ${file}: ${(error as Error).message}`);
  }
};

const classifyLine = (classifier: ReturnType<typeof loadModel>, line: string): Record<string, unknown> => {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return { error: 'invalid JSON' };
  }
  const text = (row as { text?: unknown } | null)?.text;
  if (typeof text !== 'string') return { error: 'missing "text"' };
  const c = classifier.classify(text);
  const m = moderate(text);
  return { category: c.category, confidence: c.confidence, alternatives: c.alternatives, moderation: { decision: m.decision, reasons: m.reasons } };
};

runCli(() => {
  const { options, positional } = parseArgs(process.argv.slice(2));
  const input = positional[0];
  if (!input || positional.length > 1) throw new CliError('usage: classify -- [--model <model-file>] <input.jsonl>', 2);
  const lines = jsonlLines(readText(input, 'input'));
  const classifier = loadClassifier(options['model'] ?? DEFAULT_MODEL_FILE);
  const out = lines.map(({ line }) => JSON.stringify(classifyLine(classifier, line)));
  process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
});
