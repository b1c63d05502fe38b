import { moderate } from '#lib/moderation/index.ts';
import { listMessagesByAuthor, type MessageRecord } from '#lib/db/messages.ts';
import { listCategories } from '#lib/db/reference-data.ts';
import { TtlCache } from '#lib/db/cache.ts';
import { currentClassifier } from './classifier-source.ts';
import type { Screening } from './screening.ts';

const setting = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);

const REPEAT_WINDOW_MS = setting('REPEAT_WINDOW_DAYS', 30) * 24 * 3600 * 1000;
const PREVIOUS_MESSAGES_CHECKED = 20;

const categoryIds = new TtlCache<Map<string, string>>(60_000);
const categoryIdsByName = () =>
  categoryIds.get('all', async () => new Map((await listCategories()).map((category) => [category.name, category.id])));

const previousOf = async (message: MessageRecord) => {
  const page = await listMessagesByAuthor(message.authorId, { limit: PREVIOUS_MESSAGES_CHECKED + 1 });
  return page.items
    .filter((earlier) => earlier.id !== message.id && earlier.createdAt <= message.createdAt)
    .map((earlier) => ({ id: earlier.id, text: earlier.text, at: earlier.createdAt }));
};

/** Moderation and classification as the pipeline runs them, with thresholds from the function's settings. */
export const screeningFromEnv = (): Screening => ({
  previousOf,
  moderate: (text, previous) => moderate(text, { previous, repeatWindowMs: REPEAT_WINDOW_MS }),
  async classify(text) {
    const [{ classifier, version }, ids] = await Promise.all([currentClassifier(), categoryIdsByName()]);
    const result = classifier.classify(text);
    const categoryId = ids.get(result.category);
    if (!categoryId) return undefined;
    const subcategoryId = result.subcategory?.id;
    return { categoryId, confidence: result.confidence, modelVersion: version, ...(subcategoryId ? { subcategoryId } : {}) };
  },
  autoRouteThreshold: setting('CLASSIFIER_AUTO_ROUTE_THRESHOLD', 0.55),
  suggestThreshold: setting('CLASSIFIER_SUGGEST_THRESHOLD', 0.8),
});
