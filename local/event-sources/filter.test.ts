import { matchesAnyPattern, matchesPattern, parsePatterns, type FilterPattern } from './filter.ts';

const record = (eventName: string, et?: string, extra: Record<string, unknown> = {}) => ({
  eventName,
  dynamodb: { NewImage: { ...(et ? { _et: { S: et } } : {}), ...extra } },
});

describe('filter patterns (Lambda event filtering)', () => {
  const routePattern: FilterPattern = { eventName: ['INSERT'], dynamodb: { NewImage: { _et: { S: ['message'] } } } };

  it('matches nested objects with arrays of exact values', () => {
    expect(matchesPattern(record('INSERT', 'message'), routePattern)).toBe(true);
    expect(matchesPattern(record('MODIFY', 'message'), routePattern)).toBe(false);
    expect(matchesPattern(record('INSERT', 'category'), routePattern)).toBe(false);
    expect(matchesPattern(record('INSERT'), routePattern)).toBe(false);
    expect(matchesPattern({ eventName: 'INSERT' }, routePattern)).toBe(false);
  });

  it('ORs the values of an array and the patterns of a list; no patterns means everything', () => {
    const p: FilterPattern = { eventName: ['INSERT', 'MODIFY'] };
    expect(matchesPattern(record('MODIFY'), p)).toBe(true);
    expect(matchesPattern(record('REMOVE'), p)).toBe(false);
    expect(matchesAnyPattern(record('REMOVE'), [p, { eventName: ['REMOVE'] }])).toBe(true);
    expect(matchesAnyPattern(record('REMOVE'), [])).toBe(true);
    expect(matchesAnyPattern(record('REMOVE'), undefined)).toBe(true);
  });

  it('supports exists true/false', () => {
    const p: FilterPattern = { dynamodb: { NewImage: { assignedTo: [{ exists: true }] } } };
    const q: FilterPattern = { dynamodb: { NewImage: { assignedTo: [{ exists: false }] } } };
    expect(matchesPattern(record('INSERT', 'message', { assignedTo: { S: 'org' } }), p)).toBe(true);
    expect(matchesPattern(record('INSERT', 'message'), p)).toBe(false);
    expect(matchesPattern(record('INSERT', 'message'), q)).toBe(true);
    expect(matchesPattern(record('INSERT', 'message', { assignedTo: { S: 'org' } }), q)).toBe(false);
    // a missing parent object still matches exists:false
    expect(matchesPattern({ eventName: 'REMOVE', dynamodb: {} }, q)).toBe(true);
  });

  it('supports prefix, suffix, anything-but, numeric and equals-ignore-case', () => {
    const r = record('INSERT', 'message', { PK: { S: 'MSG#01H' }, votes: { N: '7' } });
    expect(matchesPattern(r, { dynamodb: { NewImage: { PK: { S: [{ prefix: 'MSG#' }] } } } })).toBe(true);
    expect(matchesPattern(r, { dynamodb: { NewImage: { PK: { S: [{ prefix: 'CAT#' }] } } } })).toBe(false);
    expect(matchesPattern(r, { dynamodb: { NewImage: { PK: { S: [{ suffix: '01H' }] } } } })).toBe(true);
    expect(matchesPattern(r, { eventName: [{ 'anything-but': ['REMOVE'] }] })).toBe(true);
    expect(matchesPattern(r, { eventName: [{ 'anything-but': 'INSERT' }] })).toBe(false);
    expect(matchesPattern(r, { eventName: [{ 'equals-ignore-case': 'insert' }] })).toBe(true);
    expect(matchesPattern(r, { dynamodb: { NewImage: { votes: { N: [{ numeric: ['>', 5, '<=', 7] }] } } } })).toBe(true);
    expect(matchesPattern(r, { dynamodb: { NewImage: { votes: { N: [{ numeric: ['>', 7] }] } } } })).toBe(false);
  });

  it('matches an array field when any element matches', () => {
    expect(matchesPattern({ tags: ['a', 'b'] }, { tags: ['b'] })).toBe(true);
    expect(matchesPattern({ tags: ['a', 'b'] }, { tags: ['c'] })).toBe(false);
    expect(matchesPattern({ items: [{ k: 1 }, { k: 2 }] }, { items: { k: [2] } })).toBe(true);
  });

  it('distinguishes types and null', () => {
    expect(matchesPattern({ a: 1 }, { a: ['1'] })).toBe(false);
    expect(matchesPattern({ a: null }, { a: [null] })).toBe(true);
    expect(matchesPattern({ a: true }, { a: [true] })).toBe(true);
  });

  it('parses CloudFormation-style JSON string patterns', () => {
    expect(parsePatterns([{ Pattern: '{"eventName":["INSERT"]}' }])).toEqual([{ eventName: ['INSERT'] }]);
    expect(parsePatterns(['{"a":[1]}'])).toEqual([{ a: [1] }]);
    expect(parsePatterns(undefined)).toBeUndefined();
  });

  it('rejects unknown operators loudly', () => {
    expect(() => matchesPattern({ a: 'x' }, { a: [{ wildcard: 'x*' }] })).toThrow(/unsupported filter operator/);
  });
});
