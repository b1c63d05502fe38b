/**
 * npm run bench:inbox — an organization's inbox with 100,000 messages on the local stack (stage `bench`, its own
 * ports). Not a test: it prints figures and asserts nothing.
 *
 * The messages of `adm-kursk-city` are written straight into DynamoDB Local before the stream pollers start (so the
 * pipeline does not re-route them), built with the project's own entity and key functions (bench/inbox/seed.ts).
 * Then: inbox pages over HTTP with an official's token (first page, every page of the active inbox, filters), the
 * same pages through the list-org-messages handler in this process, where the SDK middleware counts DynamoDB
 * requests, against a bare Query of the same index page; transitions (`take`, `answer`) over HTTP and in-process
 * against a bare conditional UpdateItem of the same change.
 *
 *   npm run bench:inbox [-- --count 100000 --repeat 30 --transitions 100]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startStack } from '#local/stack.ts';
import { tokenFor } from '#local/testing/clients.ts';
import { BENCH_ORGANIZATION } from './inbox/plan.ts';
import { inboxScenarios } from './inbox/scenarios.ts';
import type { SeedFigures } from './inbox/seed.ts';
import { ms } from './stats.ts';

const ROOT = process.cwd();

const argument = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};

const int = (value: number) => Math.round(value).toLocaleString('en-US');
const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const n2 = (value: number) => value.toFixed(2);
const pct = (part: number | undefined, whole: number) => `${(((part ?? 0) / whole) * 100).toFixed(1)} %`;

const main = async () => {
  // this machine runs Node 20; the SDK's notice about it is noise in the figures (Lambda runs nodejs22.x)
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';
  const count = argument('count', 100_000);
  const repeat = argument('repeat', 30);
  const transitions = argument('transitions', 100);
  const now = new Date();
  const log = (line: string) => process.stderr.write(`[bench:inbox] ${line}\n`);

  let seeded: SeedFigures | undefined;
  const stackStarted = performance.now();
  log(`starting the stack (stage bench) and seeding ${int(count)} messages of ${BENCH_ORGANIZATION.id}…`);
  const stack = await startStack({
    stage: 'bench',
    seed: true,
    quiet: true,
    beforeEventSources: async (env) => {
      Object.assign(process.env, env); // the data layer builds its clients from process.env
      const { seedInbox } = await import('./inbox/seed.ts');
      seeded = await seedInbox({ count, seed: 42, now: now.getTime() });
    },
  });
  try {
    const stackSeconds = (performance.now() - stackStarted) / 1000;
    if (!seeded) throw new Error('the stack started without the seed');
    const seed = seeded;
    log(`stack up in ${stackSeconds.toFixed(0)} s (seed ${seed.seconds.toFixed(0)} s); measuring…`);
    Object.assign(process.env, stack.env);
    const measure = await import('./inbox/measure.ts');
    const token = await tokenFor(BENCH_ORGANIZATION.officialId);
    const scenarios = inboxScenarios(now);

    // over HTTP, like a client; the first calls (JIT, token verification, connections) are not counted
    await measure.measureHttpScenario(token, scenarios[0]!, { repeat: 10, maxPages: 1 });
    const http: Awaited<ReturnType<typeof measure.measureHttpScenario>>[] = [];
    for (const scenario of scenarios) http.push(await measure.measureHttpScenario(token, scenario, { repeat, maxPages: 2_000 }));
    log('HTTP pages done; walking the whole active inbox…');
    const walk = await measure.measureHttpDeepWalk(token, { limit: 25 });

    // in this process: DynamoDB requests counted, against a bare Query of the same page
    log('in-process pages…');
    await measure.measureInProcessInbox(token, 'warm-up', {}, { rounds: 10 });
    const inProcess: Awaited<ReturnType<typeof measure.measureInProcessInbox>>[] = [];
    for (const scenario of scenarios) inProcess.push(await measure.measureInProcessInbox(token, scenario.name, scenario.query, { rounds: repeat }));
    const step = Math.max(1, Math.floor(walk.cursors.length / 40));
    const deepCursors = walk.cursors.filter((_, i) => i % step === step - 1);
    const deep = await measure.measureInProcessInbox(token, `active, ${deepCursors.length} deep pages`, {}, { rounds: Math.max(1, Math.round(repeat / 10)), cursors: deepCursors });

    // transitions on distinct messages, each used once
    log('transitions…');
    const messages = { routed: [...seed.byStatus.routed], inProgress: [...seed.byStatus.in_progress] };
    const httpTransitions = await measure.measureHttpTransitions(token, messages, transitions);
    const inProcessTransitions = await measure.measureInProcessTransitions(token, messages, transitions);

    const group = (name: string) => int(seed.counts.group[name] ?? 0);
    const shares = (counts: Record<string, number>) => Object.entries(counts).sort(([, a], [, b]) => b - a).map(([k, v]) => `${k} ${pct(v, seed.count)}`).join(', ');
    const w = 36;
    const lines = [
      `organization ${BENCH_ORGANIZATION.id} (region ${BENCH_ORGANIZATION.regionCode}): ${int(seed.count)} messages; inbox groups active ${group('active')}, answered ${group('answered')}, closed ${group('closed')}`,
      `  statuses: ${shares(seed.counts.status)}`,
      `  categories: ${shares(seed.counts.category)}; municipalities: ${shares(seed.counts.oktmo)}`,
      `seed: ${int(seed.count)} items by BatchWriteItem (25 a request) in ${seed.seconds.toFixed(1)} s, ${int(seed.perSecond)} items/s, ${int(seed.requests)} requests; stack up and seeded in ${stackSeconds.toFixed(0)} s`,
      '',
      `inbox page over HTTP (serverless-offline, official's token, limit 25; ${repeat} calls each, each followed by the bare Query of the same GSI3 page):`,
      ...http.map((f) =>
        `  ${f.name.padEnd(w)} p50 ${ms(f.firstPage.p50).padStart(8)}, p99 ${ms(f.firstPage.p99).padStart(8)} | Query p50 ${ms(f.bare.p50).padStart(8)}, p99 ${ms(f.bare.p99).padStart(8)} | ratio p50 ${x(f.firstPage.p50, f.bare.p50).padStart(6)} | ${String(f.firstPageItems).padStart(2)} items on page 1, ${f.pagesToFill} page(s) to get 25${f.exhausted ? ` (only ${f.itemsFound}: end of inbox)` : ''}`),
      `  every page of the active inbox, following nextCursor: ${int(walk.pages)} pages, ${int(walk.items)} items; p50 ${ms(walk.all.p50)}, p99 ${ms(walk.all.p99)} (pages 2-10 p50 ${ms(walk.shallow.p50)}; last tenth p50 ${ms(walk.deep.p50)}, p99 ${ms(walk.deep.p99)})`,
      `    bare Query of the same pages: p50 ${ms(walk.bareAll.p50)}, p99 ${ms(walk.bareAll.p99)} (last tenth p50 ${ms(walk.bareDeep.p50)}); ratio p50 ${x(walk.all.p50, walk.bareAll.p50)}, last tenth ${x(walk.deep.p50, walk.bareDeep.p50)}`,
      '',
      `inbox page in-process (list-org-messages handler vs the bare Query, alternating, ${repeat} each; DynamoDB requests as the SDK sent them):`,
      ...[...inProcess, deep].map((f) =>
        `  ${f.name.padEnd(w)} handler p50 ${ms(f.handler.p50).padStart(8)}, p99 ${ms(f.handler.p99).padStart(8)}; ${n2(f.handler.requests)} requests/page, ${n2(f.handler.rcu)} RCU, ${n2(f.items).padStart(5)} items | Query p50 ${ms(f.bare.p50).padStart(8)}; ${n2(f.bare.requests)} requests | ratio p50 ${x(f.handler.p50, f.bare.p50).padStart(6)} | to get 25 items: ${f.fill.requests} request(s), ${n2(f.fill.rcu)} RCU${f.fill.items < 25 ? ` (only ${f.fill.items})` : ''}`),
      '',
      `transitions over HTTP (${httpTransitions.take.count} each on distinct messages, expectedVersion; each followed by the bare conditional UpdateItem of the same change on another message):`,
      ...(['take', 'answer'] as const).map((a) => {
        const h = httpTransitions[a];
        const b = httpTransitions[a === 'take' ? 'bareTake' : 'bareAnswer'];
        return `  ${a.padEnd(6)} p50 ${ms(h.p50)}, p99 ${ms(h.p99)} | UpdateItem p50 ${ms(b.p50)}, p99 ${ms(b.p99)} | ratio p50 ${x(h.p50, b.p50)}`;
      }),
      `transitions in-process (act-on-message handler vs the bare conditional UpdateItem, alternating, ${inProcessTransitions.take.count} each):`,
      ...(['take', 'answer'] as const).map((a) => {
        const h = inProcessTransitions[a];
        const b = inProcessTransitions[a === 'take' ? 'bareTake' : 'bareAnswer'];
        return `  ${a.padEnd(6)} handler p50 ${ms(h.p50)}, p99 ${ms(h.p99)}; ${n2(h.requests)} DynamoDB requests/transition (${n2(h.readRequests)} reads, ${n2(h.writeRequests)} writes), ${n2(h.rcu)} RCU, ${n2(h.wcu)} WCU, ${n2(h.sqsRequests)} SQS requests | UpdateItem p50 ${ms(b.p50)}, p99 ${ms(b.p99)}; ${n2(b.requests)} requests, ${n2(b.wcu)} WCU | ratio p50 ${x(h.p50, b.p50)}`;
      }),
    ];
    console.log(`\n${lines.join('\n')}\n`);
    mkdirSync(path.join(ROOT, '.local'), { recursive: true });
    writeFileSync(
      path.join(ROOT, '.local', 'bench-inbox.json'),
      JSON.stringify({ at: now.toISOString(), seed: { ...seed, byStatus: undefined }, stackSeconds, http, walk: { ...walk, cursors: undefined }, inProcess, deep, httpTransitions, inProcessTransitions }, null, 2),
    );
  } finally {
    await stack.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
