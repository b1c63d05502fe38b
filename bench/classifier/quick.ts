/**
 * Quick validation runs (training data only): npx tsx bench/classifier/quick.ts a|b '[{"C":0.5}, …]'
 * a = Kursk train, stratified 5-fold cross-validation (pooled predictions); b = SPB, newest 20 % of train.
 * Options start from BENCH_OPTIONS (not the per-split SPLITS). Environment: AUGMENT=n adds n examples per
 * category of the project's own corpus to each training fold; SUBCATS=a,b keeps sub-labels of those categories only.
 * Prints the output columns and a cold predict rate of the first fold's model.
 */
import { loadModel, modelColumns, serializeModel, trainClassifier } from '#lib/classification/index.ts';
import type { TrainOptions } from '#lib/classification/index.ts';
import { kursk, spb, withOwnCorpus } from './data.ts';
import type { Labeled } from './data.ts';
import { evaluate } from './metrics.ts';
import { BENCH_OPTIONS } from './options.ts';
import { stratifiedFolds } from './tuning.ts';

const which = process.argv[2] ?? 'a';
const grid = JSON.parse(process.argv[3] ?? '[{}]') as Partial<TrainOptions>[];
const base: TrainOptions = { ...BENCH_OPTIONS, calibrationFraction: 0 };
const folds: { train: Labeled[]; validation: Labeled[] }[] = [];
if (which === 'a') folds.push(...stratifiedFolds(kursk().train, 5, 42));
else {
  const s = spb().train;
  const cut = Math.floor(s.length * 0.8);
  folds.push({ train: s.slice(0, cut), validation: s.slice(cut) });
}
for (const g of grid) {
  const t0 = Date.now();
  const truth: string[] = [];
  const predicted: string[] = [];
  const augment = Number(process.env['AUGMENT'] ?? 0);
  const subcats = process.env['SUBCATS'] ? new Set(process.env['SUBCATS'].split(',')) : undefined;
  for (const { train: base0, validation } of folds) {
    const base1 = subcats ? base0.map((e) => (subcats.has(e.category) ? e : { text: e.text, category: e.category })) : base0;
    const train = withOwnCorpus(base1, augment);
    const options = { ...base, ...g, features: { ...base.features, ...(g.features ?? {}) } };
    const model = trainClassifier(train, options);
    const c = loadModel(serializeModel(model));
    if (validation === folds[0]?.validation) {
      const t1 = Date.now();
      for (const e of validation) c.predict(e.text);
      process.stdout.write(`[${modelColumns(model)} columns, ${Math.round(validation.length / ((Date.now() - t1) / 1000))} msg/s cold] `);
    }
    for (const e of validation) {
      truth.push(e.category);
      predicted.push(c.predict(e.text));
    }
  }
  const ev = evaluate(truth, predicted);
  const perClass = ev.perClass.map((c) => c.f1.toFixed(2)).join(' ');
  console.log(JSON.stringify(g), 'acc', ev.accuracy.toFixed(3), 'mF1', ev.macroF1.toFixed(3), `${((Date.now() - t0) / 1000).toFixed(1)} s`, perClass);
}
