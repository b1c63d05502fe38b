import { CATEGORY_NAMES } from '#lib/domain/rubricator.ts';
import { api } from '#test/support/http.ts';

interface CategoriesBody { items: { id: string; name: string; subcategories: { id: string; name: string }[] }[] }
interface TerritoriesBody { items: { oktmo: string; name: string; regionCode: string; timeZone: string }[] }

describe('public reference data', () => {
  it('GET /v1/categories lists the 15 categories of the rubricator, named exactly, with subcategories', async () => {
    const { status, json, headers } = await api<CategoriesBody>('/v1/categories');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(json.items.map((item) => item.name)).toEqual([...CATEGORY_NAMES]);
    for (const category of json.items) {
      expect(category.subcategories.length).toBeGreaterThan(0);
      for (const sub of category.subcategories) expect(Object.keys(sub).sort()).toEqual(['id', 'name']);
    }
  });

  it('GET /v1/territories lists municipalities of at least two regions with ОКТМО and time zones', async () => {
    const { status, json } = await api<TerritoriesBody>('/v1/territories');
    expect(status).toBe(200);
    expect(new Set(json.items.map((item) => item.regionCode)).size).toBeGreaterThanOrEqual(2);
    expect(json.items).toContainEqual({ oktmo: '38701000', name: expect.any(String), regionCode: '38', timeZone: 'Europe/Moscow' });
    expect(json.items).toContainEqual(expect.objectContaining({ regionCode: '50', timeZone: 'Asia/Novosibirsk' }));
    for (const item of json.items) expect(item.oktmo).toMatch(/^\d{8}$/);
  });

  it('needs no token but answers unknown routes with 404', async () => {
    expect((await api('/v1/no-such-thing')).status).toBe(404);
  });
});
