/**
 * Quick validation runs (training data only): npx tsx bench/classifier/quick.ts a|b '[{"C":0.5}, …]'
 * a = Kursk train, stratified 5-fold cross-validation (pooled predictions); b = SPB, newest 20 % of train.
 */
import { loadModel, serializeModel, trainClassifier } from '#lib/classification/index.ts';
import type { TrainOptions } from '#lib/classification/index.ts';
import { kursk, spb } from './data.ts';
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
  for (const { train, validation } of folds) {
    const options = { ...base, ...g, features: { ...base.features, ...(g.features ?? {}) } };
    const c = loadModel(serializeModel(trainClassifier(train, options)));
    for (const e of validation) {
      truth.push(e.category);
      predicted.push(c.predict(e.text));
    }
  }
  const ev = evaluate(truth, predicted);
  const perClass = ev.perClass.map((c) => c.f1.toFixed(2)).join(' ');
  console.log(JSON.stringify(g), 'acc', ev.accuracy.toFixed(3), 'mF1', ev.macroF1.toFixed(3), `${((Date.now() - t0) / 1000).toFixed(1)} s`, perClass);
}
