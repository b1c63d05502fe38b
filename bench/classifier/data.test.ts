import { labeled, ownCorpus } from './data.ts';

describe('benchmark data', () => {
  it('keeps the finer source label (Kursk topic, SPB reason) as subLabel', () => {
    expect(
      labeled([
        { text: 'a', category: 'ЖКХ', topic: 'Отопление' },
        { text: 'b', category: 'ЖКХ', reason: 'Кровля' },
        { text: 'c', category: 'ЖКХ', topic: null },
        { text: 'd', category: null, topic: 'x' },
      ]),
    ).toEqual([
      { text: 'a', category: 'ЖКХ', subLabel: 'Отопление' },
      { text: 'b', category: 'ЖКХ', subLabel: 'Кровля' },
      { text: 'c', category: 'ЖКХ' },
    ]);
  });

  it('takes the first n examples of each asked category from the project’s own corpus', () => {
    const rows = ownCorpus(new Set(['ЖКХ', 'Транспорт']), 3);
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.category === 'ЖКХ')).toHaveLength(3);
    expect(ownCorpus(new Set(['ЖКХ', 'Транспорт']), 3)).toEqual(rows);
  });
});
