import { logger } from '#lib/observability/index.ts';
import type { RouteOutcome } from './route.ts';

export interface SweepDeps {
  listUnroutedSince(cutoff: string, limitPerShard: number): Promise<string[]>;
  route(messageId: string): Promise<RouteOutcome>;
  now(): Date;
}

export interface SweepOptions {
  /** how long a message may wait for the stream before the sweeper routes it */
  graceMs: number;
  limitPerShard: number;
}

export interface SweepResult {
  found: number;
  routed: number;
  failed: number;
}

/**
 * The safety net under the stream: routes messages that are still unrouted after the grace period (a stream record
 * that ended in the DLQ, reference data fixed since). One message failing does not stop the others.
 */
export const sweepUnrouted = async (deps: SweepDeps, options: SweepOptions): Promise<SweepResult> => {
  const cutoff = new Date(deps.now().getTime() - options.graceMs).toISOString();
  const ids = await deps.listUnroutedSince(cutoff, options.limitPerShard);
  const outcomes = await Promise.allSettled(ids.map((id) => deps.route(id)));
  outcomes.forEach((outcome, index) => {
    if (outcome.status === 'rejected') {
      logger.warn('sweep could not route a message', { messageId: ids[index], error: String(outcome.reason) });
    }
  });
  return {
    found: ids.length,
    routed: outcomes.filter((outcome) => outcome.status === 'fulfilled' && outcome.value === 'routed').length,
    failed: outcomes.filter((outcome) => outcome.status === 'rejected').length,
  };
};
