import { macroF1 } from './quality.ts';

describe('macroF1', () => {
  it('is 1 for a perfect prediction and averages per-class F1 otherwise', () => {
    expect(macroF1(['a', 'b', 'b'], ['a', 'b', 'b'])).toBe(1);
    // a: tp 1, fn 0, fp 1 → 2/3; b: tp 1, fn 1, fp 0 → 2/3
    expect(macroF1(['a', 'b', 'b'], ['a', 'a', 'b'])).toBeCloseTo(2 / 3, 10);
    expect(macroF1([], [])).toBe(0);
  });
});
