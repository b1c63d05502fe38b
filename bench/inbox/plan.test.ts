import { seededRandom } from '#lib/random.ts';
import { BENCH_ORGANIZATION, countBy, planMessage, STATUS_SHARES } from './plan.ts';

const NOW = Date.parse('2026-12-04T12:00:00Z');
const plans = (count: number, seed = 7) => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => planMessage(index, random, NOW));
};

describe('planMessage', () => {
  const sample = plans(20_000);

  it('spreads the statuses by their shares', () => {
    const counts = countBy(sample, (p) => p.status);
    for (const [status, share] of STATUS_SHARES) expect(Math.abs((counts[status] ?? 0) / sample.length - share)).toBeLessThan(0.01);
  });

  it('puts every step in order and before now', () => {
    const wrong = sample.filter((p) => {
      const steps = [p.createdAt, p.routedAt, p.redirectedAt, p.takenAt, p.answeredAt, p.closed?.at].filter((t): t is number => t !== undefined);
      return steps.some((t, i) => i > 0 && t < steps[i - 1]!) || steps.at(-1)! >= NOW;
    });
    expect(wrong).toEqual([]);
  });

  it('gives each status the steps it implies', () => {
    const wrong = sample.filter((p) =>
      (p.takenAt === undefined) !== (p.status === 'routed') ||
      (p.answeredAt !== undefined) !== (p.status === 'answered' || p.status === 'closed') ||
      (p.closed !== undefined) !== (p.status === 'closed') ||
      (p.redirectedAt !== undefined) !== (p.oktmo !== BENCH_ORGANIZATION.oktmo) ||
      !p.subcategoryId.startsWith(`${p.categoryId}.`));
    expect(wrong).toEqual([]);
  });

  it('keeps answers inside the rating window until they are closed', () => {
    expect(sample.filter((q) => q.status === 'answered' && NOW - q.answeredAt! >= 30 * 86_400_000)).toEqual([]);
  });

  it('is the same for the same seed', () => {
    expect(plans(50, 3)).toEqual(plans(50, 3));
    expect(plans(50, 3)).not.toEqual(plans(50, 4));
  });
});
