import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('is the same for objects whose keys come in another order, at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'т' } })).toBe(
      canonicalJson({ a: { c: 'т', d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: { y: 2, x: 1 } })).toBe('{"a":{"x":1,"y":2},"b":1}');
  });

  it('tells different values apart', () => {
    expect(canonicalJson({ location: { lat: 1, lon: 2 } })).not.toBe(canonicalJson({ location: { lat: 1, lon: 3 } }));
  });
});
