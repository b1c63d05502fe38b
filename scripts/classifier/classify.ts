/**
 * npm run classifier:classify -- [--model <model-file>] <input.jsonl>
 * For each input line {"text": …} writes one JSON line, in the same order:
 * {"category","confidence","alternatives","moderation":{"decision","reasons"}}. Without --model: the shipped model.
 * A line that cannot be read gives {"error": "..."}.
 */
import { readFileSync } from 'node:fs';
import { loadModelFile } from '#lib/classification/index.ts';
import { moderate } from '#lib/moderation/index.ts';
import { parseArgs } from './args.ts';

const { options, positional } = parseArgs(process.argv.slice(2));
const input = positional[0];
if (!input) {
  console.error('usage: classify.ts [--model <model-file>] <input.jsonl>');
  process.exit(2);
}
const classifier = options['model'] ? loadModelFile(options['model']) : loadModelFile();
const lines = readFileSync(input, 'utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();
const out: string[] = [];
for (const line of lines) {
  let text: unknown;
  try {
    text = (JSON.parse(line) as { text?: unknown }).text;
  } catch {
    out.push(JSON.stringify({ error: 'invalid JSON' }));
    continue;
  }
  if (typeof text !== 'string') {
    out.push(JSON.stringify({ error: 'missing "text"' }));
    continue;
  }
  const c = classifier.classify(text);
  const m = moderate(text);
  out.push(
    JSON.stringify({
      category: c.category,
      confidence: c.confidence,
      alternatives: c.alternatives,
      moderation: { decision: m.decision, reasons: m.reasons },
    }),
  );
}
process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
