/**
 * The local embedded AWS stack: DynamoDB Local, fauxqs (SQS + S3), MailDev, the OIDC provider,
 * resources created from the resolved CloudFormation, serverless-offline for the HTTP API and the
 * Lambda invoke endpoint, and the event source mappings (SQS, DynamoDB streams) as pollers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { portsFor, REGION, resolveServiceConfig, ROOT_DIR, type Ports, type ServiceConfig, type Stage } from './config.ts';
import { startDynamoDbLocal } from './emulators/dynamodb.ts';
import { startFauxqsEmulator } from './emulators/fauxqs.ts';
import { startS3CorsShim } from './emulators/s3-cors.ts';
import { startMailDev } from './emulators/maildev.ts';
import { assertPortFree, sleep, waitForPort, type EmulatorHandle } from './emulators/net.ts';
import { eventSourcesOf, startEventSources, type RunningEventSources } from './event-sources/index.ts';
import { startOidcProvider } from './oidc/provider.ts';
import { createResources, type LocalResources } from './resources.ts';
import { buildWeb } from '../web/build.ts';

export interface StackOptions {
  stage: Stage;
  ports?: Partial<Ports>;
  seed?: boolean;
  quiet?: boolean;
  /** 'ok' (default): wait until GET /v1/categories answers 200; 'any': until it answers at all */
  waitForApi?: 'ok' | 'any';
  log?: (line: string) => void;
  /**
   * Runs once the tables, queues and serverless-offline are up, before the event source pollers start: what it
   * writes is not delivered to the stream consumers (they start at LATEST), e.g. a benchmark's bulk seed.
   */
  beforeEventSources?: (env: Record<string, string>) => Promise<void>;
}

export interface StackUrls {
  api: string;
  lambda: string;
  dynamodb: string;
  sqs: string;
  s3: string;
  smtp: string;
  maildev: string;
  /** `GET ${maildevApi}/email` lists the received e-mails */
  maildevApi: string;
  oidcIssuer: string;
}

export interface Stack {
  stage: Stage;
  ports: Ports;
  env: Record<string, string>;
  urls: StackUrls;
  config: ServiceConfig;
  resources: LocalResources;
  stop(): Promise<void>;
}

const offlineBin = () => path.join(ROOT_DIR, 'node_modules', 'osls', 'bin', 'serverless.js');

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid) return;
  try { process.kill(-child.pid, signal); } catch { /* already gone */ }
}

async function waitForApi(url: string, mode: 'ok' | 'any', offline: ChildProcess, timeoutMs: number, tail: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (offline.exitCode !== null || offline.signalCode !== null) throw new Error(`serverless-offline exited (${offline.exitCode ?? offline.signalCode}):\n${tail()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (res.status === 200 || mode === 'any') return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await sleep(300);
  }
  throw new Error(`the API did not answer 200 at ${url} within ${timeoutMs} ms (last: ${last})`);
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const { stage, quiet = false } = options;
  const log = options.log ?? ((line: string) => { if (!quiet) process.stdout.write(`${line}\n`); });
  const ports = portsFor(stage, options.ports);
  const started: { name: string; stop: () => Promise<void> }[] = [];
  let offline: ChildProcess | undefined;
  let eventSources: RunningEventSources | undefined;
  let stopping: Promise<void> | undefined;
  const javaPids: number[] = [];

  // last resort if this process exits without stop(): no orphaned Java or serverless-offline
  const onExit = () => {
    if (offline) killGroup(offline, 'SIGKILL');
    for (const pid of javaPids) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
  };
  process.once('exit', onExit);

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      const errors: string[] = [];
      const attempt = async (name: string, fn: () => Promise<void>) => {
        try { await fn(); } catch (err) { errors.push(`${name}: ${(err as Error).message}`); }
      };
      if (eventSources) await attempt('pollers', () => eventSources!.stop());
      if (offline) {
        const child = offline;
        await attempt('serverless-offline', async () => {
          if (child.exitCode === null && child.signalCode === null) {
            const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
            killGroup(child, 'SIGTERM');
            const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
            if (!done) { killGroup(child, 'SIGKILL'); await exited; }
          }
          killGroup(child, 'SIGKILL'); // stray grandchildren, if any
        });
      }
      for (const s of [...started].reverse()) await attempt(s.name, s.stop);
      process.removeListener('exit', onExit);
      if (errors.length) log(`stack stop: ${errors.join('; ')}`);
    })();
    return stopping;
  };

  try {
    await Promise.all([
      assertPortFree(ports.http, 'HTTP API'),
      assertPortFree(ports.lambda, 'Lambda invoke endpoint'),
      assertPortFree(ports.oidc, 'OIDC provider'),
    ]);
    const issuer = `http://localhost:${ports.oidc}`;
    const track = <T extends { stop(): Promise<void> }>(name: string, p: Promise<T>) => p.then((h) => { started.push({ name, stop: () => h.stop() }); return h; });
    const configPromise = resolveServiceConfig(stage, { OIDC_ISSUER: issuer, WEB_ORIGIN: `http://localhost:${ports.http}` });
    // the pages (web/dist) are files the serve-web handler reads: built before serverless-offline serves them
    const webBuilt = buildWeb();
    const [dynamo, fauxqs, maildev, oidc] = await Promise.all([
      track('dynamodb', startDynamoDbLocal({ port: ports.dynamodb })).then((h) => { javaPids.push(h.pid); return h; }),
      track('fauxqs', startFauxqsEmulator({ port: ports.fauxqs })),
      track('maildev', startMailDev({ smtpPort: ports.smtp, webPort: ports.maildevWeb })),
      track('oidc', startOidcProvider({ port: ports.oidc, issuer, apiPort: ports.http })),
    ]) as [EmulatorHandle, EmulatorHandle, Awaited<ReturnType<typeof startMailDev>>, Awaited<ReturnType<typeof startOidcProvider>>];
    const config = await configPromise;
    await webBuilt;
    log(`emulators up: dynamodb ${dynamo.url}, sqs/s3 ${fauxqs.url}, maildev ${maildev.url}, oidc ${oidc.issuer}`);

    const region = config.provider.region ?? REGION;
    const endpoints = { dynamodb: dynamo.url, sqs: fauxqs.url, s3: fauxqs.url, region };
    const resources = await createResources(config, endpoints, (line) => log(`  ${line}`));
    const s3 = await track('s3-cors', startS3CorsShim({ port: ports.s3, target: fauxqs.url, rules: resources.bucketCors }));

    const urls: StackUrls = {
      api: `http://localhost:${ports.http}`,
      lambda: `http://localhost:${ports.lambda}`,
      dynamodb: dynamo.url,
      sqs: fauxqs.url,
      s3: s3.url,
      smtp: `smtp://127.0.0.1:${ports.smtp}`,
      maildev: maildev.url,
      maildevApi: maildev.apiUrl,
      oidcIssuer: issuer,
    };
    const providerEnv = resources.resolve<Record<string, unknown>>(config.provider.environment ?? {});
    const env: Record<string, string> = {
      ...Object.fromEntries(Object.entries(providerEnv).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
      STAGE: stage,
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.url,
      AWS_ENDPOINT_URL_DYNAMODB_STREAMS: dynamo.url,
      AWS_ENDPOINT_URL_SQS: fauxqs.url,
      AWS_ENDPOINT_URL_S3: s3.url,
      AWS_ENDPOINT_URL_LAMBDA: urls.lambda,
      S3_FORCE_PATH_STYLE: 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(ports.smtp),
      MAILDEV_API_URL: maildev.apiUrl,
      OIDC_ISSUER: issuer,
      API_URL: urls.api,
      POWERTOOLS_TRACE_ENABLED: 'false',
      POWERTOOLS_DEV: 'true',
      PORT: String(ports.http),
      LAMBDA_PORT: String(ports.lambda),
    };
    for (const r of Object.values(resources.physical)) {
      if (r.type === 'AWS::SQS::Queue' && r.attributes.QueueName === env.NOTIFICATIONS_QUEUE_NAME) env.NOTIFICATIONS_QUEUE_URL = r.ref;
    }

    // serverless-offline, in its own process group so that stop() ends its whole tree
    let tail = '';
    const keep = (chunk: Buffer) => { tail = (tail + chunk.toString()).slice(-8000); };
    offline = spawn(process.execPath, [
      offlineBin(), 'offline', 'start', '--stage', stage,
      '--httpPort', String(ports.http), '--lambdaPort', String(ports.lambda), '--websocketPort', String(ports.websocket),
      '--host', '127.0.0.1',
    ], {
      cwd: ROOT_DIR,
      env: {
        ...process.env,
        ...env,
        SLS_TELEMETRY_DISABLED: '1',
        SLS_NOTIFICATIONS_MODE: 'off',
        FORCE_COLOR: '0',
        // the SDK's notice that Node 20 is leaving its support, once per function; Lambda runs nodejs22.x
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    offline.stdout!.on('data', (c: Buffer) => { keep(c); if (!quiet) process.stdout.write(c); });
    offline.stderr!.on('data', (c: Buffer) => { keep(c); if (!quiet) process.stderr.write(c); });
    const offlineChild = offline;
    await Promise.race([
      waitForPort(ports.lambda, { timeoutMs: 180_000, what: 'serverless-offline (Lambda endpoint)' }),
      new Promise((_, reject) => offlineChild.once('exit', (code) => reject(new Error(`serverless-offline exited with ${code}:\n${tail}`)))),
    ]);

    if (options.beforeEventSources) await options.beforeEventSources(env);

    const sources = eventSourcesOf(config, resources, region);
    eventSources = await startEventSources(sources, {
      region,
      lambdaEndpoint: urls.lambda,
      dynamodbEndpoint: dynamo.url,
      sqsEndpoint: fauxqs.url,
      log,
    });
    for (const p of eventSources.pollers) log(`  event source: ${p.name}`);

    if (options.seed) {
      Object.assign(process.env, env); // the seeder builds its clients from process.env
      let seedModule: { seedDemoData?: () => Promise<unknown> } | undefined;
      try {
        seedModule = (await import('./seed/seed.ts')) as typeof seedModule;
      } catch (err) {
        log(`seed: local/seed/seed.ts cannot be loaded (${(err as Error).message}); the stack runs without demo data`);
      }
      if (seedModule?.seedDemoData) {
        const summary = await seedModule.seedDemoData();
        log(`seeded demo data: ${JSON.stringify(summary)}`);
      } else if (seedModule) {
        log('seed: local/seed/seed.ts exports no seedDemoData(); skipped');
      }
    }

    await waitForApi(`${urls.api}/v1/categories`, options.waitForApi ?? 'ok', offlineChild, 180_000, () => tail);
    return { stage, ports, env, urls, config, resources, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
