import { moderate } from './moderate.ts';
import { findRepeat, jaccard, shingles } from './repeat.ts';

const NOW = Date.parse('2025-06-10T12:00:00Z');
const DAY = 24 * 3600 * 1000;
const previous = [
  { id: 'm1', text: 'Во дворе дома 5 на улице Ленина сломаны качели на детской площадке', at: NOW - 3 * DAY },
  { id: 'm2', text: 'Нет горячей воды в доме 12 по улице Мира', at: new Date(NOW - 40 * DAY) },
  { id: 'm3', text: 'Нет горячей воды в доме 12 по улице Мира уже неделю!', at: new Date(NOW - 2 * DAY).toISOString() },
];

describe('findRepeat', () => {
  it('computes Jaccard similarity over char shingles', () => {
    expect(shingles('Яма, яма!', 4)).toEqual(new Set(['яма ', 'ма я', 'а ям', ' яма']));
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3, 10);
  });

  it('finds a near duplicate inside the window', () => {
    expect(findRepeat('во дворе дома 5 на ул. Ленина сломаны качели на детской площадке!!', previous, 30 * DAY, { now: NOW })).toEqual({
      repeatOf: 'm1',
      similarity: 0.862,
    });
  });

  it('ignores messages outside the window and dissimilar ones', () => {
    expect(findRepeat('Нет горячей воды в доме 12 по улице Мира', previous, 30 * DAY, { now: NOW })?.repeatOf).toBe('m3');
    expect(findRepeat('Нет горячей воды в доме 12 по улице Мира', previous, DAY, { now: NOW })).toBeNull();
    expect(findRepeat('Яма на дороге у школы номер 3', previous, 30 * DAY, { now: NOW })).toBeNull();
  });

  it('moderate holds a repeat and links it', () => {
    expect(moderate('Нет горячей воды в доме 12 по улице Мира уже неделю', { previous, now: NOW })).toEqual({
      decision: 'hold',
      reasons: ['repeat'],
      repeatOf: 'm3',
    });
  });
});
