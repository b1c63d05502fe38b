import { waitFor } from '#local/testing/clients.ts';
import { api, validMessage } from '#test/support/http.ts';

interface Item { id: string; status: string; deadline: string; organization: { id: string } | null; regionCode: string; categoryId?: string; version: number }
interface Page { items: Item[]; nextCursor?: string }

const submitAndRoute = async (body: Record<string, unknown>): Promise<Item> => {
  const { json } = await api<Item>('/v1/messages', { as: 'citizen-2', body });
  return waitFor(async () => {
    const { json: current } = await api<Item>(`/v1/messages/${json.id}`, { as: 'citizen-2' });
    return current.status === 'routed' ? current : undefined;
  }, { timeoutMs: 20_000 });
};

describe('officials’ inboxes', () => {
  let kursk1: Item;
  let kursk2: Item;
  let novosibirsk: Item;

  beforeAll(async () => {
    kursk1 = await submitAndRoute(validMessage());
    kursk2 = await submitAndRoute(validMessage());
    novosibirsk = await submitAndRoute(validMessage({ oktmo: '50701000', address: 'г. Новосибирск, Красный проспект, 1' }));
  });

  const ids = (page: Page) => page.items.map((item) => item.id);

  /** Every page of an inbox view (other suites may have filled it), each page checked for deadline order. */
  const everything = async (path: string, as: string): Promise<Page> => {
    const items: Item[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 40; page++) {
      const separator = path.includes('?') ? '&' : '?';
      const { status, json } = await api<Page>(`${path}${separator}limit=100${cursor ? `&cursor=${cursor}` : ''}`, { as });
      expect(status).toBe(200);
      const deadlines = json.items.map((item) => item.deadline);
      expect(deadlines).toEqual([...deadlines].sort());
      items.push(...json.items);
      cursor = json.nextCursor;
      if (!cursor) break;
    }
    return { items };
  };

  it('shows an official the organization’s messages, soonest deadline first', async () => {
    expect(kursk1.organization?.id).toBe('adm-kursk-city');
    const json = await everything('/v1/org/messages', 'official-kursk-city');
    expect(ids(json)).toEqual(expect.arrayContaining([kursk1.id, kursk2.id]));
    expect(ids(json)).not.toContain(novosibirsk.id);
    expect(json.items.every((item) => item.organization?.id === 'adm-kursk-city' && typeof item.version === 'number')).toBe(true);
  });

  it('shows a coordinator the whole region and nothing of another region', async () => {
    const region38 = await everything('/v1/org/messages', 'coordinator-38');
    expect(ids(region38)).toEqual(expect.arrayContaining([kursk1.id, kursk2.id]));
    expect(ids(region38)).not.toContain(novosibirsk.id);
    const region50 = await everything('/v1/org/messages', 'coordinator-50');
    expect(ids(region50)).toContain(novosibirsk.id);
    expect(ids(region50)).not.toContain(kursk1.id);
  });

  it('filters by category and municipality and pages with a cursor', async () => {
    const housing = await everything('/v1/org/messages?categoryId=housing', 'official-kursk-city');
    expect(ids(housing)).not.toContain(kursk1.id);
    const byOktmo = await everything('/v1/org/messages?oktmo=38701000&categoryId=roads', 'coordinator-38');
    expect(ids(byOktmo)).toEqual(expect.arrayContaining([kursk1.id, kursk2.id]));
    const due = await everything(`/v1/org/messages?dueBefore=${encodeURIComponent(kursk1.deadline)}`, 'official-kursk-city');
    expect(due.items.every((item) => item.deadline < kursk1.deadline)).toBe(true);
    const first = await api<Page>('/v1/org/messages?limit=1', { as: 'official-kursk-city' });
    expect(first.json.items).toHaveLength(1);
    const second = await api<Page>(`/v1/org/messages?limit=1&cursor=${first.json.nextCursor}`, { as: 'official-kursk-city' });
    expect(second.json.items).toHaveLength(1);
    expect(second.json.items[0]?.id).not.toBe(first.json.items[0]?.id);
    const foreignCursor = await api('/v1/org/messages?limit=1&cursor=' + first.json.nextCursor, { as: 'official-min-health-38' });
    expect(foreignCursor.status).toBe(400);
  });

  it('keeps one organization’s messages from another and from citizens', async () => {
    const other = await everything('/v1/org/messages', 'official-min-health-38');
    expect(ids(other)).not.toContain(kursk1.id);
    expect((await api(`/v1/org/messages/${kursk1.id}`, { as: 'official-min-health-38' })).status).toBe(404);
    expect((await api(`/v1/org/messages/${kursk1.id}`, { as: 'coordinator-50' })).status).toBe(404);
    const own = await api<Item>(`/v1/org/messages/${kursk1.id}`, { as: 'official-kursk-city' });
    expect(own.json).toMatchObject({ id: kursk1.id, regionCode: '38', version: expect.any(Number) });
    expect((await api('/v1/org/messages', { as: 'citizen-2' })).status).toBe(403);
    expect((await api('/v1/org/messages?status=flying', { as: 'official-kursk-city' })).status).toBe(422);
  });
});
