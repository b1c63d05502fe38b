import { fillPage } from './paging.ts';
import type { Page } from './types.ts';

/** A list of numbers served `perPage` read at a time, keeping only the even ones (a filter), with cursors. */
const filteredList = (values: number[], perPage: number) => {
  const requests: (string | undefined)[] = [];
  const fetchPage = async (cursor: string | undefined): Promise<Page<number>> => {
    requests.push(cursor);
    const start = cursor ? Number(cursor) : 0;
    const read = values.slice(start, start + perPage);
    const end = start + read.length;
    return { items: read.filter((v) => v % 2 === 0), ...(end < values.length ? { nextCursor: String(end) } : {}) };
  };
  return { fetchPage, requests };
};

describe('fillPage', () => {
  it('follows cursors past short and empty pages until it has enough items', async () => {
    const { fetchPage, requests } = filteredList([1, 3, 5, 7, 2, 9, 4, 6, 8, 10, 12], 3);
    const page = await fillPage(fetchPage, undefined, { want: 3, maxRequests: 10 });
    // whole API pages only: the third brings 4, 6 and 8, one more than wanted (the cursor cannot start inside a page)
    expect(page).toEqual({ items: [2, 4, 6, 8], nextCursor: '9' });
    expect(requests).toEqual([undefined, '3', '6']);
  });

  it('stops after maxRequests with the cursor to go on', async () => {
    const { fetchPage, requests } = filteredList([1, 3, 5, 7, 9, 11, 13, 2], 2);
    const page = await fillPage(fetchPage, undefined, { want: 5, maxRequests: 2 });
    expect(page).toEqual({ items: [], nextCursor: '4' });
    expect(requests).toHaveLength(2);
  });

  it('starts from the given cursor and ends without a cursor at the end of the list', async () => {
    const { fetchPage } = filteredList([2, 4, 6, 8], 3);
    expect(await fillPage(fetchPage, '3', { want: 10, maxRequests: 5 })).toEqual({ items: [8] });
  });
});
