import type { Page } from './types.ts';

/**
 * One screenful of a cursor-paged list: follows `nextCursor` until at least `want` items have come (whole API
 * pages, so possibly more) or `maxRequests` requests have been made. A filtered inbox page may hold fewer items than
 * asked (the API filters what one query read), and an official should not see "no messages" while more exist.
 */
export const fillPage = async <T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  cursor: string | undefined,
  { want, maxRequests }: { want: number; maxRequests: number },
): Promise<Page<T>> => {
  const items: T[] = [];
  let next = cursor;
  for (let request = 0; request < maxRequests; request++) {
    const page = await fetchPage(next);
    items.push(...page.items);
    next = page.nextCursor;
    if (!next || items.length >= want) break;
  }
  return { items, ...(next ? { nextCursor: next } : {}) };
};
