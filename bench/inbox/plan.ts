/**
 * The shape of the benchmark organization's 100,000 messages, decided without touching any service: which status,
 * category, municipality and dates each message has. Deterministic (seeded), so that every run measures the same
 * inbox relative to its own `now`.
 */

export const DAY_MS = 86_400_000;

/** The organization whose inbox is measured: the city administration of Kursk (region 38), see demo-data.ts. */
export const BENCH_ORGANIZATION = {
  id: 'adm-kursk-city',
  name: 'Администрация города Курска',
  regionCode: '38',
  oktmo: '38701000',
  timeZone: 'Europe/Moscow',
  officialId: 'official-kursk-city',
} as const;

/**
 * Statuses an organization's own inbox holds. `reopened` is not among them: an unsatisfied citizen's message goes to
 * the answering organization's supervisor or the region's ЦУР (lib/messages/rate.ts), not back to the city.
 */
export type PlannedStatus = 'routed' | 'in_progress' | 'answered' | 'closed';

/** A city administration after about two years: a fifth still to do, most of it closed. */
export const STATUS_SHARES: readonly (readonly [PlannedStatus, number])[] = [
  ['routed', 0.07],
  ['in_progress', 0.13],
  ['answered', 0.15],
  ['closed', 0.65],
];

/** The categories the city is competent for by the demo routing rules, with the subcategories it gets. */
export const CATEGORY_SHARES: readonly (readonly [categoryId: string, subcategoryIds: readonly string[], share: number])[] = [
  ['improvement', ['playgrounds', 'greenery', 'waste-sites', 'parks', 'courtyards', 'courtyard-potholes', 'outdoor-lighting', 'stray-animals'].map((s) => `improvement.${s}`), 0.45],
  ['roads', ['potholes', 'markings', 'signs', 'traffic-lights', 'sidewalks', 'snow', 'parking', 'lighting', 'crossings', 'traffic-management'].map((s) => `roads.${s}`), 0.4],
  ['housing', ['housing.management-companies'], 0.12],
  ['transport', ['transport.bus-stops'], 0.03],
];

/**
 * Municipalities: the city's own, and a few messages sent from neighbouring municipalities that their first
 * organization redirected to the city (the redirect is in their history).
 */
export const MUNICIPALITY_SHARES: readonly (readonly [oktmo: string, share: number])[] = [
  ['38701000', 0.96],
  ['38620000', 0.03],
  ['38705000', 0.01],
];

export interface MessagePlan {
  index: number;
  status: PlannedStatus;
  categoryId: string;
  subcategoryId: string;
  oktmo: string;
  /** epoch ms of each step that happened; every one is before `now` and after the previous one */
  createdAt: number;
  routedAt: number;
  redirectedAt?: number;
  takenAt?: number;
  answeredAt?: number;
  closed?: { at: number; by: 'rating'; score: number } | { at: number; by: 'auto_close' };
  /** the message's author among `authorCount` citizens */
  authorIndex: number;
}

const pick = <T>(shares: readonly (readonly [T, ...unknown[]])[], weight: (row: readonly [T, ...unknown[]]) => number, r: number) => {
  let acc = 0;
  for (const row of shares) {
    acc += weight(row);
    if (r < acc) return row;
  }
  return shares[shares.length - 1]!;
};

/** Plans message `index`; `random` is consumed in a fixed order so that a seed gives the same inbox every time. */
export const planMessage = (index: number, random: () => number, now: number, authorCount = 30_000): MessagePlan => {
  const u = (a: number, b: number) => a + (b - a) * random();
  const status = pick(STATUS_SHARES, (row) => row[1] as number, random())[0];
  const [categoryId, subcategories] = pick(CATEGORY_SHARES, (row) => row[2] as number, random()) as (typeof CATEGORY_SHARES)[number];
  const subcategoryId = subcategories[Math.floor(random() * subcategories.length)]!;
  const oktmo = pick(MUNICIPALITY_SHARES, (row) => row[1] as number, random())[0];
  const authorIndex = Math.floor(random() * authorCount);

  let createdAt: number;
  let answeredAt: number | undefined;
  if (status === 'routed' || status === 'in_progress') {
    // most within the 10 working days, some overdue
    createdAt = now - (random() < 0.85 ? u(0.02, 14) : u(14, 40)) * DAY_MS;
  } else if (status === 'answered') {
    // answered within the last 30 days (older answers are auto-closed)
    answeredAt = now - u(0.01, 29.5) * DAY_MS;
    createdAt = answeredAt - u(1, 14) * DAY_MS;
  } else {
    createdAt = now - u(45, 700) * DAY_MS;
    answeredAt = createdAt + u(1, 14) * DAY_MS;
  }
  const routedAt = createdAt + u(1_000, 5_000);
  const end = answeredAt ?? now;
  // a step somewhere between the last one and the next (or now)
  let last = routedAt;
  const after = (from: number, to: number, f: number) => from + (to - from) * f;
  const redirectedAt = oktmo !== BENCH_ORGANIZATION.oktmo ? (last = after(last, end, u(0.05, 0.3))) : undefined;
  const takenAt = status === 'routed' ? undefined : (last = after(last, end, u(0.05, 0.5)));
  void last;
  const closed =
    status !== 'closed'
      ? undefined
      : random() < 0.7
        ? { at: answeredAt! + u(0.05, 10) * DAY_MS, by: 'rating' as const, score: 3 + Math.floor(random() * 3) }
        : { at: answeredAt! + 30 * DAY_MS + u(0, 0.04) * DAY_MS, by: 'auto_close' as const };
  return {
    index,
    status,
    categoryId,
    subcategoryId,
    oktmo,
    createdAt,
    routedAt,
    ...(redirectedAt !== undefined ? { redirectedAt } : {}),
    ...(takenAt !== undefined ? { takenAt } : {}),
    ...(answeredAt !== undefined ? { answeredAt } : {}),
    ...(closed ? { closed } : {}),
    authorIndex,
  };
};

/** Counts of a sample by a key, e.g. plans by status. */
export const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};
