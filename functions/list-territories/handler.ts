import { listTerritories } from '#lib/db/reference-data.ts';
import { publicHttpHandler } from '#lib/http/handler.ts';

export const handler = publicHttpHandler({}, async () => {
  const territories = await listTerritories();
  return {
    statusCode: 200,
    headers: { 'cache-control': 'public, max-age=300' },
    body: { items: territories.map(({ oktmo, name, regionCode, timeZone }) => ({ oktmo, name, regionCode, timeZone })) },
  };
});
