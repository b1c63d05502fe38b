import { macroF1 } from './quality.ts';

export interface TimedExample {
  text: string;
  category: string;
  confirmedAt: string;
}

export interface Predictor {
  predict(text: string): string;
}

export interface Candidate extends Predictor {
  serialize(): Buffer;
}

export interface RetrainDeps {
  confirmedExamples(): Promise<TimedExample[]>;
  shippedCorpus(): Promise<{ text: string; category: string }[]>;
  currentModel(): Promise<{ predictor: Predictor; version: string }>;
  train(examples: { text: string; category: string }[]): Candidate;
  publish(version: string, model: Buffer): Promise<void>;
  now(): Date;
}

export interface RetrainOptions {
  /** the newest share of confirmed examples held back to compare the models on */
  heldOutFraction: number;
  /** fewer held-back examples than this say nothing: keep the current model */
  minHeldOut: number;
}

export type RetrainResult =
  | { outcome: 'not_enough_examples'; examples: number }
  | { outcome: 'kept_current' | 'published'; version: string; candidateF1: number; currentF1: number; heldOut: number };

const score = (predictor: Predictor, examples: readonly TimedExample[]): number =>
  macroF1(
    examples.map((example) => example.category),
    examples.map((example) => predictor.predict(example.text)),
  );

/**
 * Retrains on the shipped corpus plus the platform's confirmed examples, and publishes the new model only if it
 * is at least as good as the current one on the newest confirmed examples, which neither was trained on.
 */
export const retrain = async (deps: RetrainDeps, options: RetrainOptions): Promise<RetrainResult> => {
  const confirmed = (await deps.confirmedExamples()).sort((a, b) => a.confirmedAt.localeCompare(b.confirmedAt));
  const heldOutCount = Math.floor(confirmed.length * options.heldOutFraction);
  if (heldOutCount < options.minHeldOut) return { outcome: 'not_enough_examples', examples: confirmed.length };
  const heldOut = confirmed.slice(confirmed.length - heldOutCount);
  const training = [...(await deps.shippedCorpus()), ...confirmed.slice(0, confirmed.length - heldOutCount)];

  const candidate = deps.train(training.map(({ text, category }) => ({ text, category })));
  const current = await deps.currentModel();
  const candidateF1 = score(candidate, heldOut);
  const currentF1 = score(current.predictor, heldOut);
  if (candidateF1 < currentF1) {
    return { outcome: 'kept_current', version: current.version, candidateF1, currentF1, heldOut: heldOutCount };
  }
  const version = deps.now().toISOString().replace(/[:.]/g, '-');
  await deps.publish(version, candidate.serialize());
  return { outcome: 'published', version, candidateF1, currentF1, heldOut: heldOutCount };
};
