import { fitOvrSvm } from './svm.ts';
import { trainClassifier } from './train.ts';
import { loadModel, serializeModel } from './model.ts';
import type { LabeledExample } from './types.ts';

const options = { C: 0.25, bias: 0, maxEpochs: 1000, tol: 1e-9, seed: 1 };

describe('fitOvrSvm (dual coordinate descent)', () => {
  it('reaches the analytic optimum of a one-feature squared-hinge SVM', () => {
    // x = +1 (class 0) twice and −1 (class 1) twice: every example has margin w in either binary problem, so
    // min ½w² + 4C·(1 − w)² for w < 1 gives w = 8C / (1 + 8C) = 2/3 at C = 1/4
    const X = { ptr: Int32Array.from([0, 1, 2, 3, 4]), rows: new Int32Array(4), vals: Float64Array.from([1, 1, -1, -1]) };
    const { W, b } = fitOvrSvm(X, Int32Array.from([0, 0, 1, 1]), 2, 1, Float64Array.from([1, 1]), options);
    expect(W[0]).toBeCloseTo(2 / 3, 6);
    expect(W[1]).toBeCloseTo(-2 / 3, 6);
    expect(Array.from(b)).toEqual([0, 0]);
  });

  it('weights the positive examples of a class by its class weight', () => {
    const X = { ptr: Int32Array.from([0, 1, 2]), rows: new Int32Array(2), vals: Float64Array.from([1, -1]) };
    const plain = fitOvrSvm(X, Int32Array.from([0, 1]), 2, 1, Float64Array.from([1, 1]), options);
    const weighted = fitOvrSvm(X, Int32Array.from([0, 1]), 2, 1, Float64Array.from([4, 1]), options);
    // class 0's positive example counts more: its weight grows towards the margin
    expect(weighted.W[0] as number).toBeGreaterThan(plain.W[0] as number);
  });
});

describe("trainClassifier with solver 'dcd'", () => {
  const examples: LabeledExample[] = ['улица Ленина', 'улица Мира', 'посёлок', 'двор'].flatMap((place) => [
    { text: `яма на дороге ${place}`, category: 'Ремонт дорог' },
    { text: `разбит асфальт ${place}`, category: 'Ремонт дорог' },
    { text: `нет горячей воды ${place}`, category: 'ЖКХ' },
    { text: `холодные батареи ${place}`, category: 'ЖКХ' },
  ]);
  const train = (seed: number) => trainClassifier(examples, { seed, solver: 'dcd', C: 0.5, calibrationFraction: 0 });

  it('is deterministic and classifies', () => {
    const model = serializeModel(train(5));
    expect(serializeModel(train(5)).equals(model)).toBe(true);
    const c = loadModel(model);
    expect(c.predict('огромная яма на дороге')).toBe('Ремонт дорог');
    expect(c.predict('в квартире холодные батареи')).toBe('ЖКХ');
  });
});
