import { listCategories } from '#lib/db/reference-data.ts';
import { publicHttpHandler } from '#lib/http/handler.ts';

export const handler = publicHttpHandler({}, async () => {
  const categories = await listCategories();
  return {
    statusCode: 200,
    headers: { 'cache-control': 'public, max-age=300' },
    body: {
      items: categories.map(({ id, name, subcategories }) => ({
        id,
        name,
        subcategories: subcategories.map((sub) => ({ id: sub.id, name: sub.name })),
      })),
    },
  };
});
