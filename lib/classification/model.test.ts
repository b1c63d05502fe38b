import { fitTemperature, trainClassifier } from './train.ts';
import { deserializeModel, loadModel, serializeModel, softmax } from './model.ts';
import { suggestSubcategory } from './subcategories.ts';
import type { LabeledExample } from './types.ts';

const PLACES = ['на улице Ленина', 'на улице Мира', 'в Курске', 'у дома 5', 'в посёлке', 'на Садовой', 'около школы', 'на проспекте'];
const TOPICS: Record<string, string[]> = {
  'Ремонт дорог': ['яма на дороге', 'разбит асфальт', 'не работает светофор', 'нет разметки на дороге'],
  ЖКХ: ['нет горячей воды', 'холодные батареи', 'не работает лифт', 'течёт крыша в подъезде'],
  Транспорт: ['автобус не ходит', 'нет расписания автобуса', 'сломан павильон остановки', 'маршрутка переполнена'],
};
const examples: LabeledExample[] = Object.entries(TOPICS).flatMap(([category, topics]) =>
  topics.flatMap((t) => PLACES.map((p) => ({ text: `${t} ${p}`, category }))),
);

describe('trainClassifier', () => {
  const model = trainClassifier(examples, { seed: 7, epochs: 8 });

  it('is deterministic: same data and seed → byte-identical serialized model', () => {
    const again = serializeModel(trainClassifier(examples, { seed: 7, epochs: 8 }));
    expect(again.equals(serializeModel(model))).toBe(true);
    expect(serializeModel(trainClassifier(examples, { seed: 8, epochs: 8 })).equals(again)).toBe(false);
  });

  it('round-trips through serialization', () => {
    const back = deserializeModel(serializeModel(model));
    expect(back.categories).toEqual(['ЖКХ', 'Ремонт дорог', 'Транспорт']);
    expect(Array.from(back.q)).toEqual(Array.from(model.q));
    expect(back.temperature).toBe(model.temperature);
    expect(() => deserializeModel(Buffer.from('nope'))).toThrow('bad magic');
  });

  it('classifies with calibrated confidences and alternatives', () => {
    const c = loadModel(serializeModel(model));
    expect(c.classify('огромная яма на дороге у магазина').category).toBe('Ремонт дорог');
    expect(c.classify('в квартире холодные батареи').category).toBe('ЖКХ');
    expect(c.predict('автобус опять не пришёл')).toBe('Транспорт');
    for (const text of ['яма', 'автобус и лифт', '', 'qwerty']) {
      const r = c.classify(text);
      const all = [r.confidence, ...r.alternatives.map((a) => a.confidence)];
      expect(r.alternatives).toHaveLength(2);
      for (const p of all) {
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }
      expect(all.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
      expect(r.confidence).toBeGreaterThanOrEqual(r.alternatives[0]?.confidence ?? 0);
    }
  });

  it('rejects unknown categories and single-class data', () => {
    expect(() => trainClassifier([{ text: 'a', category: 'Погода' }], { seed: 1 })).toThrow('unknown category: "Погода"');
    expect(() => trainClassifier([{ text: 'яма', category: 'ЖКХ' }], { seed: 1 })).toThrow('at least two categories');
  });
});

describe('calibration', () => {
  it('softmax sums to 1 and the temperature flattens or sharpens it', () => {
    const p = softmax([2, 1, 0]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p[0]).toBeCloseTo(0.6652, 4);
    expect(softmax([2, 1, 0], 10)[0]).toBeCloseTo(0.3672, 4);
  });

  it('fits a higher temperature to overconfident wrong logits than to confident right ones', () => {
    const right = [Float64Array.from([5, 0]), Float64Array.from([0, 5])];
    const mixed = [Float64Array.from([5, 0]), Float64Array.from([5, 0])];
    expect(fitTemperature(right, [0, 1])).toBeLessThan(0.2);
    expect(fitTemperature(mixed, [0, 1])).toBeGreaterThan(5);
  });
});

describe('suggestSubcategory', () => {
  it('picks the subcategory with the most keyword hits, within the category', () => {
    expect(suggestSubcategory('Ремонт дорог', 'Не работает светофор на перекрёстке')).toEqual({ id: 'roads.traffic-lights', name: 'Светофоры' });
    expect(suggestSubcategory('ЖКХ', 'В квартире холодные батареи, отопление не включили')).toEqual({ id: 'housing.heating', name: 'Отопление' });
    expect(suggestSubcategory('ЖКХ', 'Просто жалоба')).toBeUndefined();
    expect(suggestSubcategory('Нет такой', 'светофор')).toBeUndefined();
  });
});

describe('Scorer (fast prediction path)', () => {
  it('gives the same logits as the reference sparse TF-IDF scoring', async () => {
    const { Featurizer } = await import('./features.ts');
    const { modelScores } = await import('./train.ts');
    const { Scorer, rowIndex } = await import('./scorer.ts');
    const model = trainClassifier(examples, { seed: 3, epochs: 5, features: { wordNgrams: [1, 3] } });
    const scorer = new Scorer(model);
    const featurizer = new Featurizer(model.features);
    const rowOf = rowIndex(model.slots, model.features.hashBits);
    for (const text of ['Яма на дороге у дома 5, автобус не ходит!', 'нет горячей воды нет горячей воды', '', 'qwerty']) {
      const fast = new Float64Array(model.categories.length);
      const ref = new Float64Array(model.categories.length);
      scorer.score(text, fast);
      modelScores(model, rowOf, featurizer.features(text), ref);
      for (let k = 0; k < ref.length; k++) expect(fast[k]).toBeCloseTo(ref[k] as number, 4);
    }
  });
});
