import { allRoutingShards, routingShardOf } from './routing-shards.ts';

describe('routing shards', () => {
  it('takes the last random digit of the number', () => {
    expect(routingShardOf('12345678903')).toBe('UNROUTED#0');
    expect(routingShardOf('12345678974')).toBe('UNROUTED#7');
  });

  it('lists every shard a message can fall in', () => {
    expect(allRoutingShards()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => `UNROUTED#${d}`));
  });
});
