/** JSON with object keys sorted at every depth, so equal values always give the same text (and hash). */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, current: unknown) =>
    current && typeof current === 'object' && !Array.isArray(current)
      ? Object.fromEntries(Object.entries(current).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : current,
  );
