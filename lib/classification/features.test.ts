import { Featurizer, charNgrams, featureSlot, hashString, wordNgrams } from './features.ts';

describe('features', () => {
  it('hashes stably (FNV-1a)', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('яма')).toBe(hashString('яма'));
    expect(featureSlot('яма', 7, 18)).toBe(featureSlot('яма', 7, 18));
    expect(featureSlot('яма', 7, 18)).toBeLessThan(1 << 18);
  });

  it('builds char_wb and word n-grams', () => {
    expect(charNgrams('яма', 2, 3)).toEqual([' я', 'ям', 'ма', 'а ', ' ям', 'яма', 'ма ']);
    expect(charNgrams('я', 2, 5)).toEqual([' я', 'я ', ' я ']);
    expect(wordNgrams(['нет', 'горяч', 'вод'], 1, 2)).toEqual(['нет', 'горяч', 'вод', 'нет горяч', 'горяч вод']);
  });

  it('hashes char n-grams into the slots of their strings', () => {
    const f = new Featurizer({ hashBits: 18, wordNgrams: [1, 1], charNgrams: [2, 5] });
    const expected = [...new Set(charNgrams('яма', 2, 5).map((g) => featureSlot(g, 0x85ebca6b, 18)))].sort((a, b) => a - b);
    expect(Array.from(f.features('яма').char.indices)).toEqual(expected);
  });

  it('counts features per block, same text → same features', () => {
    const f = new Featurizer({ hashBits: 18, wordNgrams: [1, 2], charNgrams: [2, 5] });
    const a = f.features('Яма во дворе');
    // 3 unigrams + 2 bigrams; char n-grams: " яма " 4+3+2+1, " во " 3+2+1, " дворе " 6+5+4+3
    expect(a.word.indices.length).toBe(5);
    expect(Array.from(a.word.counts)).toEqual([1, 1, 1, 1, 1]);
    expect(a.char.counts.reduce((s, c) => s + c, 0)).toBe(10 + 6 + 18);
    const b = new Featurizer({ hashBits: 18, wordNgrams: [1, 2], charNgrams: [2, 5] }).features('ЯМА во   дворе!');
    expect(Array.from(b.word.indices)).toEqual(Array.from(a.word.indices));
    expect(Array.from(b.char.indices)).toEqual(Array.from(a.char.indices));
    expect(Array.from(a.word.indices)).toEqual([...a.word.indices].sort((x, y) => x - y));
    const twice = f.features('яма яма');
    expect(twice.word.counts.reduce((s, c) => s + c, 0)).toBe(3);
    expect(Math.max(...twice.word.counts)).toBe(2);
  });
});
