import type { RouteOutcome } from './route.ts';
import { sweepUnrouted } from './sweep.ts';

describe('sweepUnrouted', () => {
  it('routes what waited longer than the grace period and survives a failing message', async () => {
    const asked: { cutoff: string; limit: number }[] = [];
    const routed: string[] = [];
    const result = await sweepUnrouted(
      {
        listUnroutedSince: async (cutoff, limit) => {
          asked.push({ cutoff, limit });
          return ['11111111110', '22222222226', '33333333332'];
        },
        route: async (id): Promise<RouteOutcome> => {
          if (id === '22222222226') throw new Error('region missing');
          routed.push(id);
          return id === '33333333332' ? 'already_routed' : 'routed';
        },
        now: () => new Date('2026-12-04T12:10:00Z'),
      },
      { graceMs: 5 * 60_000, limitPerShard: 50 },
    );
    expect(asked).toEqual([{ cutoff: '2026-12-04T12:05:00.000Z', limit: 50 }]);
    expect(routed).toEqual(['11111111110', '33333333332']);
    expect(result).toEqual({ found: 3, routed: 1, failed: 1 });
  });
});
