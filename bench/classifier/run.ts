/**
 * npm run bench:classifier — classifier quality and speed on real data read at run time from ../shared/datasets
 * (override with POS_DATASETS_DIR). Not a test: prints figures, asserts nothing.
 *   (a) Kursk: train on split=train, test on split=test;
 *   (b) SPB: time split (sorted by date, then id; oldest 80 % train, newest 20 % test);
 *   (c) the shipped default model (trained only on data/classifier/corpus.jsonl) on the whole Kursk set.
 * Options: --tune  choose hyper-parameters on a validation slice of each training set (never the test split)
 *          --only a|b|c  run one part.
 */
import { performance } from 'node:perf_hooks';
import { loadModel, modelColumns, serializeModel, trainClassifier } from '#lib/classification/index.ts';
import type { Classifier, TrainOptions } from '#lib/classification/index.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { kursk, spb, withOwnCorpus } from './data.ts';
import type { Labeled } from './data.ts';
import { evaluate, formatEvaluation } from './metrics.ts';
import { SPLITS } from './options.ts';
import { GRID, stratifiedSplit } from './tuning.ts';

const args = process.argv.slice(2);
const tune = args.includes('--tune');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const SEED = 42;

function timeLoad(buf: Buffer): { classifier: Classifier; ms: number } {
  let best = Infinity;
  let classifier: Classifier | undefined;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    classifier = loadModel(buf);
    best = Math.min(best, performance.now() - t0);
  }
  return { classifier: classifier as Classifier, ms: best };
}

function throughput(classifier: Classifier, texts: readonly string[]): number {
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 2000) {
    for (const t of texts) classifier.predict(t);
    n += texts.length;
  }
  return n / ((performance.now() - t0) / 1000);
}

function report(name: string, classifier: Classifier, buf: Buffer, loadMs: number, test: readonly Labeled[]): void {
  const predicted = test.map((e) => classifier.predict(e.text));
  const ev = evaluate(
    test.map((e) => e.category),
    predicted,
  );
  // classify() too: the full path with calibration, alternatives and subcategory
  const t0 = performance.now();
  for (const e of test) classifier.classify(e.text);
  const classifyRate = test.length / ((performance.now() - t0) / 1000);
  console.log(`\n=== ${name} ===`);
  console.log(formatEvaluation(ev));
  console.log(
    `speed (one thread, predict only): ${Math.round(throughput(classifier, test.map((e) => e.text)))} msg/s; classify(): ${Math.round(classifyRate)} msg/s`,
  );
  console.log(`model: ${(buf.length / 1024 / 1024).toFixed(2)} MB serialized, ${classifier.model.slots.length} features, ${modelColumns(classifier.model)} output columns, load ${loadMs.toFixed(1)} ms, temperature ${classifier.model.temperature.toFixed(3)}`);
}

function choose(name: string, train: Labeled[], validation: Labeled[], base: TrainOptions): TrainOptions {
  console.log(`\n--- tuning ${name}: ${train.length} train / ${validation.length} validation ---`);
  let best: { options: TrainOptions; f1: number } | undefined;
  for (const g of GRID) {
    const options: TrainOptions = { ...base, ...g, calibrationFraction: 0 };
    const t0 = performance.now();
    const c = loadModel(serializeModel(trainClassifier(train, options)));
    const ev = evaluate(
      validation.map((e) => e.category),
      validation.map((e) => c.predict(e.text)),
    );
    console.log(`${JSON.stringify(g)} → acc ${ev.accuracy.toFixed(3)} macro-F1 ${ev.macroF1.toFixed(3)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    if (!best || ev.macroF1 > best.f1) best = { options: { ...base, ...g }, f1: ev.macroF1 };
  }
  console.log(`chosen: ${JSON.stringify(best?.options)}`);
  return (best as { options: TrainOptions }).options;
}

function run(name: string, train: Labeled[], test: Labeled[], options: TrainOptions): void {
  const t0 = performance.now();
  const buf = serializeModel(trainClassifier(train, options));
  const trainS = (performance.now() - t0) / 1000;
  const { classifier, ms } = timeLoad(buf);
  report(`${name} (train ${train.length}, test ${test.length}, trained in ${trainS.toFixed(1)} s)`, classifier, buf, ms, test);
}

const main = () => {
  if (!only || only === 'a') {
    const k = kursk();
    const setup = SPLITS.kursk;
    let options = setup.options;
    if (tune) {
      const { train, validation } = stratifiedSplit(k.train, 0.25, SEED);
      options = choose('Kursk', withOwnCorpus(train, setup.ownCorpusPerCategory), validation, setup.options);
    }
    run('(a) Kursk train → test', withOwnCorpus(k.train, setup.ownCorpusPerCategory), k.test, options);
  }
  if (!only || only === 'b') {
    const s = spb();
    const setup = SPLITS.spb;
    let options = setup.options;
    if (tune) {
      // validation = the newest 20 % of the training period, as the test is the newest 20 % overall
      const cut = Math.floor(s.train.length * 0.8);
      options = choose('SPB', withOwnCorpus(s.train.slice(0, cut), setup.ownCorpusPerCategory), s.train.slice(cut), setup.options);
    }
    run('(b) SPB time split 80/20', withOwnCorpus(s.train, setup.ownCorpusPerCategory), s.test, options);
  }
  if (!only || only === 'c') {
    const file = path.resolve(process.cwd(), 'data/classifier/model.bin');
    const buf = readFileSync(file);
    const { classifier, ms } = timeLoad(buf);
    report('(c) shipped default model (own corpus only) on the whole Kursk set', classifier, buf, ms, kursk().all);
  }
};

main();
