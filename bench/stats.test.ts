import { percentile, runConcurrently } from './stats.ts';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('runConcurrently', () => {
  it('runs every index once, never more than the limit at a time', async () => {
    let inFlight = 0;
    let peak = 0;
    const seen: number[] = [];
    await runConcurrently(20, 3, async (index) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      seen.push(index);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
    });
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(peak).toBe(3);
  });
});
