import { deserializeModel, loadModel, serializeModel } from './model.ts';
import { Featurizer } from './features.ts';
import { Scorer, rowIndex } from './scorer.ts';
import { fitOvrSvm } from './svm.ts';
import { modelScores, subLabelColumns, trainClassifier } from './train.ts';
import type { LabeledExample, TrainOptions } from './types.ts';

const PLACES = ['на улице Ленина', 'на улице Мира', 'в Курске', 'у дома 5', 'в посёлке', 'на Садовой'];
// two sub-labels of Благоустройство that look alike on the surface (асфальт, лужи) and one of Ремонт дорог
const SUBS: [string, string, string[]][] = [
  ['Благоустройство', 'двор', ['разбит асфальт во дворе', 'лужа во дворе дома', 'яма на дворовом проезде']],
  ['Благоустройство', 'мусор', ['мусор на газоне', 'не вывезли мусор с газона', 'свалка мусора у подъезда']],
  ['Ремонт дорог', 'проезжая часть', ['разбит асфальт на проезжей части', 'лужа на проезжей части', 'яма на дороге']],
];
const examples: LabeledExample[] = SUBS.flatMap(([category, subLabel, texts]) =>
  texts.flatMap((t) => PLACES.map((p) => ({ text: `${t} ${p}`, category, subLabel }))),
);
// a category without sub-labels
examples.push(...PLACES.flatMap((p) => [`нет горячей воды ${p}`, `холодные батареи ${p}`].map((text) => ({ text, category: 'ЖКХ' }))));

const options: TrainOptions = { seed: 11, solver: 'dcd', C: 0.5, subLabelMinCount: 5, subLabelSiblings: 'ignore' };

describe('subLabelColumns', () => {
  it('gives each frequent sub-label a column, in category order, and the rest of a category one more', () => {
    const ex: LabeledExample[] = [
      { text: 'a', category: 'X', subLabel: 'b' },
      { text: 'b', category: 'X', subLabel: 'a' },
      { text: 'c', category: 'X', subLabel: 'b' },
      { text: 'd', category: 'X', subLabel: 'rare' },
      { text: 'e', category: 'Y' },
      { text: 'f', category: 'Y', subLabel: 'b' },
      { text: 'g', category: 'Y', subLabel: 'b' },
    ];
    const { labels, classOf } = subLabelColumns(ex, Int32Array.from([0, 0, 0, 0, 1, 1, 1]), 2, 2);
    // X: 'b' (2 examples) then the rest ('a', 'rare'); Y: 'b', then the rest (no sub-label)
    expect(Array.from(classOf)).toEqual([0, 0, 1, 1]);
    expect(Array.from(labels)).toEqual([0, 1, 0, 1, 3, 2, 2]);
    // a category whose examples all have a kept sub-label has no rest column
    const all = subLabelColumns(ex.slice(5), Int32Array.from([0, 1]), 2, 1);
    expect(Array.from(all.classOf)).toEqual([0, 1]);
  });
});

describe('fitOvrSvm with groups', () => {
  it('leaves an example out of the problems of the other classes of its group', () => {
    // classes 0 and 1 (group 0) share the feature; class 2 (group 1) is the opposite. Plain: min ½w² +
    // C(2(1 − w)² + (1 + w)²) → w = 2C / (1 + 6C) = 0.2; grouped, class 1's example leaves class 0's problem:
    // min ½w² + 2C(1 − w)² → w = 4C / (1 + 4C) = 0.5 (at C = 1/4)
    const X = { ptr: Int32Array.from([0, 1, 2, 3]), rows: new Int32Array(3), vals: Float64Array.from([1, 1, -1]) };
    const labels = Int32Array.from([0, 1, 2]);
    const o = { C: 0.25, bias: 0, maxEpochs: 1000, tol: 1e-9, seed: 1 };
    const plain = fitOvrSvm(X, labels, 3, 1, Float64Array.from([1, 1, 1]), o);
    const grouped = fitOvrSvm(X, labels, 3, 1, Float64Array.from([1, 1, 1]), { ...o, groupOf: Int32Array.from([0, 0, 1]) });
    expect(plain.W[0]).toBeCloseTo(0.2, 6);
    expect(grouped.W[0]).toBeCloseTo(0.5, 6);
    expect(grouped.W[1]).toBeCloseTo(0.5, 6);
  });
});

describe('trainClassifier with sub-labels', () => {
  const model = trainClassifier(examples, options);

  it('is deterministic and has one column per sub-label plus the categories without any', () => {
    expect(serializeModel(trainClassifier(examples, options)).equals(serializeModel(model))).toBe(true);
    expect(model.categories).toEqual(['Благоустройство', 'ЖКХ', 'Ремонт дорог']);
    expect(Array.from(model.classOf ?? [])).toEqual([0, 0, 1, 2]);
    expect(model.q.length).toBe(model.slots.length * 4);
  });

  it('round-trips the column map and predicts categories', () => {
    const back = deserializeModel(serializeModel(model));
    expect(Array.from(back.classOf ?? [])).toEqual([0, 0, 1, 2]);
    const c = loadModel(serializeModel(model));
    expect(c.predict('мусор на газоне у школы')).toBe('Благоустройство');
    expect(c.predict('лужа во дворе')).toBe('Благоустройство');
    expect(c.predict('яма на проезжей части')).toBe('Ремонт дорог');
    expect(c.predict('холодные батареи в квартире')).toBe('ЖКХ');
  });

  it('gives probabilities per category (columns summed) and alternatives among categories', () => {
    const c = loadModel(serializeModel(model));
    const p = c.probabilities('мусор во дворе');
    expect(p).toHaveLength(3);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const r = c.classify('мусор во дворе');
    expect(r.category).toBe('Благоустройство');
    expect(r.alternatives.map((a) => a.category).sort()).toEqual(['ЖКХ', 'Ремонт дорог']);
  });

  it('scores with the fast path exactly as the reference', () => {
    const scorer = new Scorer(model);
    const featurizer = new Featurizer(model.features);
    const rowOf = rowIndex(model.slots, model.features.hashBits);
    for (const text of ['разбит асфальт во дворе, лужа', 'яма на дороге', '']) {
      const fast = new Float64Array(4);
      const ref = new Float64Array(4);
      scorer.score(text, fast);
      modelScores(model, rowOf, featurizer.features(text), ref);
      for (let k = 0; k < 4; k++) expect(fast[k]).toBeCloseTo(ref[k] as number, 4);
    }
  });

  it('ignores sub-labels unless asked', () => {
    const plain = trainClassifier(examples, { ...options, subLabelMinCount: 0 });
    expect(plain.classOf).toBeUndefined();
    expect(serializeModel(plain).equals(serializeModel(trainClassifier(examples.map(({ text, category }) => ({ text, category })), { ...options, subLabelMinCount: 0 })))).toBe(true);
  });
});
