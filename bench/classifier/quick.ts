/** Quick validation runs (training data only): npx tsx bench/classifier/quick.ts a|b '[{"lambda":3e-4}, …]' — a = Kursk 75/25 stratified, b = SPB newest 20 % of train. */
import { loadModel, serializeModel, trainClassifier } from '#lib/classification/index.ts';
import type { TrainOptions } from '#lib/classification/index.ts';
import { kursk, spb } from './data.ts';
import { evaluate } from './metrics.ts';
import { stratifiedSplit } from './tuning.ts';
const which = process.argv[2] ?? 'a';
const grid = JSON.parse(process.argv[3] ?? '[{}]') as Partial<TrainOptions>[];
const base: TrainOptions = { seed: 42, features: { hashBits: 20 }, loss: 'hinge', lambda: 1e-3, classWeightPower: 0.7, calibrationFraction: 0 };
let train, validation;
if (which === 'a') ({ train, validation } = stratifiedSplit(kursk().train, 0.25, 42));
else { const s = spb().train; const cut = Math.floor(s.length * 0.8); train = s.slice(0, cut); validation = s.slice(cut); }
for (const g of grid) {
  const c = loadModel(serializeModel(trainClassifier(train, { ...base, ...g, features: { ...base.features, ...(g.features ?? {}) } })));
  const ev = evaluate(validation.map((e) => e.category), validation.map((e) => c.predict(e.text)));
  console.log(JSON.stringify(g), 'acc', ev.accuracy.toFixed(3), 'mF1', ev.macroF1.toFixed(3));
}
