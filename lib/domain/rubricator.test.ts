import { CATEGORY_NAMES, findCategory } from './rubricator.ts';
import type { Category } from './types.ts';

const categories: Category[] = [
  {
    id: 'roads',
    name: 'Ремонт дорог',
    subcategories: [
      { id: 'roads.potholes', name: 'Ямы и выбоины' },
      { id: 'roads.snow', name: 'Уборка снега' },
    ],
    deadline: { workingDays: 10 },
  },
  { id: 'culture', name: 'Культура', subcategories: [], deadline: { workingDays: 30 } },
];

describe('CATEGORY_NAMES', () => {
  it('holds the 15 rubricator names in order', () => {
    expect(CATEGORY_NAMES).toHaveLength(15);
    expect(CATEGORY_NAMES[0]).toBe('Благоустройство');
    expect(CATEGORY_NAMES[6]).toBe('Предпринимательство и экономика');
    expect(CATEGORY_NAMES[10]).toBe('Социальное обслуживание и защита');
    expect(CATEGORY_NAMES[14]).toBe('Экология');
    expect(new Set(CATEGORY_NAMES).size).toBe(15);
  });
});

describe('findCategory', () => {
  it('finds a category without a subcategory', () => {
    const result = findCategory(categories, 'culture');
    expect(result).toEqual({ ok: true, category: categories[1] });
  });

  it('finds a category with its subcategory', () => {
    const result = findCategory(categories, 'roads', 'roads.snow');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.category.name).toBe('Ремонт дорог');
      expect(result.subcategory).toEqual({ id: 'roads.snow', name: 'Уборка снега' });
    }
  });

  it('rejects an unknown category', () => {
    expect(findCategory(categories, 'space')).toEqual({ ok: false, reason: 'unknown_category' });
  });

  it('rejects a subcategory of another category', () => {
    expect(findCategory(categories, 'culture', 'roads.snow')).toEqual({
      ok: false,
      reason: 'unknown_subcategory',
    });
  });
});
