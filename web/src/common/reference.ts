import { api } from './api.ts';
import type { Category, Territory } from './types.ts';

let categories: Promise<Category[]> | undefined;
let territories: Promise<Territory[]> | undefined;

export const loadCategories = (): Promise<Category[]> => {
  categories ??= api<{ items: Category[] }>('/v1/categories').then((page) => page.items);
  return categories;
};

export const loadTerritories = (): Promise<Territory[]> => {
  territories ??= api<{ items: Territory[] }>('/v1/territories').then((page) => page.items);
  return territories;
};
