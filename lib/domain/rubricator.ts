import type { Category, Subcategory } from './types.ts';

/** The 15 categories of the ПОС rubricator, exact names, in the official order. */
export const CATEGORY_NAMES = [
  'Благоустройство',
  'ЖКХ',
  'Здравоохранение',
  'Культура',
  'Лесное хозяйство',
  'Образование',
  'Предпринимательство и экономика',
  'Ремонт дорог',
  'Связь и телевидение',
  'Сельское хозяйство',
  'Социальное обслуживание и защита',
  'Строительство',
  'Транспорт',
  'Физическая культура и спорт',
  'Экология',
] as const;

export type CategoryName = (typeof CATEGORY_NAMES)[number];

export type CategoryLookup =
  | { ok: true; category: Category; subcategory?: Subcategory }
  | { ok: false; reason: 'unknown_category' | 'unknown_subcategory' };

export function findCategory(
  categories: readonly Category[],
  categoryId: string,
  subcategoryId?: string,
): CategoryLookup {
  const category = categories.find((c) => c.id === categoryId);
  if (!category) return { ok: false, reason: 'unknown_category' };
  if (subcategoryId === undefined) return { ok: true, category };
  const subcategory = category.subcategories.find((s) => s.id === subcategoryId);
  if (!subcategory) return { ok: false, reason: 'unknown_subcategory' };
  return { ok: true, category, subcategory };
}
