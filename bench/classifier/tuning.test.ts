import { stratifiedFolds } from './tuning.ts';

describe('stratifiedFolds', () => {
  it('puts every example in exactly one validation fold, spreading each class', () => {
    const rows = Array.from({ length: 23 }, (_, i) => ({ text: `t${i}`, category: i < 15 ? 'A' : 'B' }));
    const folds = stratifiedFolds(rows, 5, 1);
    expect(folds).toHaveLength(5);
    const seen = folds.flatMap((f) => f.validation.map((r) => r.text)).sort();
    expect(seen).toEqual(rows.map((r) => r.text).sort());
    for (const f of folds) {
      expect(f.train.length + f.validation.length).toBe(23);
      expect(f.validation.filter((r) => r.category === 'A')).toHaveLength(3);
    }
  });
});
