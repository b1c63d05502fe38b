/**
 * Ports, stage defaults and the resolved service configuration (`sls print`), the single source of truth
 * for the local stack: functions with their events and the CloudFormation resources.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export type Stage = 'local' | 'test' | 'bench';

export interface Ports {
  http: number;
  lambda: number;
  websocket: number;
  dynamodb: number;
  fauxqs: number;
  smtp: number;
  maildevWeb: number;
  oidc: number;
  /** S3 as the functions and browsers see it: fauxqs behind the CORS shim */
  s3: number;
}

export const DEFAULT_PORTS: Record<Stage, Ports> = {
  local: { http: 3000, lambda: 3002, websocket: 3001, dynamodb: 8000, fauxqs: 4566, smtp: 1025, maildevWeb: 1080, oidc: 4000, s3: 4567 },
  test: { http: 3100, lambda: 3102, websocket: 3101, dynamodb: 8100, fauxqs: 4666, smtp: 1125, maildevWeb: 1180, oidc: 4100, s3: 4667 },
  // the benchmarks (npm run bench:inbox), so that they can run while `npm start` and `npm test` are up
  bench: { http: 3200, lambda: 3202, websocket: 3201, dynamodb: 8200, fauxqs: 4766, smtp: 1225, maildevWeb: 1280, oidc: 4200, s3: 4767 },
};

/** Default ports of a stage; for `local`, the `PORT` env var overrides the HTTP API port. */
export function portsFor(stage: Stage, overrides: Partial<Ports> = {}, env: NodeJS.ProcessEnv = process.env): Ports {
  const base = { ...DEFAULT_PORTS[stage] };
  if (stage === 'local' && env.PORT && /^\d+$/.test(env.PORT)) base.http = Number(env.PORT);
  return { ...base, ...overrides };
}

export const REGION = 'eu-central-1';
export const ACCOUNT_ID = '000000000000';

/** The project root (this file lives in `<root>/local`). */
export const ROOT_DIR = path.resolve(process.env.POS_ROOT_DIR ?? process.cwd());
export const LOCAL_STATE_DIR = path.join(ROOT_DIR, '.local');

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
}

export interface FunctionEvent {
  httpApi?: unknown;
  stream?: Record<string, unknown> | string;
  sqs?: Record<string, unknown> | string;
  [other: string]: unknown;
}

export interface FunctionConfig {
  handler: string;
  name?: string;
  timeout?: number;
  events?: FunctionEvent[];
  environment?: Record<string, string>;
}

export interface ServiceConfig {
  service: string;
  provider: { stage: string; region: string; environment?: Record<string, string>; timeout?: number };
  functions: Record<string, FunctionConfig>;
  resources?: { Resources?: Record<string, CfnResource> };
  custom?: Record<string, unknown>;
}

/** `sls print --stage <stage> --format json`, run with the given extra env (e.g. OIDC_ISSUER). */
export async function resolveServiceConfig(stage: Stage, env: Record<string, string> = {}): Promise<ServiceConfig> {
  const bin = path.join(ROOT_DIR, 'node_modules', 'osls', 'bin', 'serverless.js');
  const { stdout } = await execFileAsync(process.execPath, [bin, 'print', '--stage', stage, '--format', 'json'], {
    cwd: ROOT_DIR,
    env: { ...process.env, ...env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' },
    maxBuffer: 32 * 1024 * 1024,
  });
  const start = stdout.indexOf('{');
  if (start < 0) throw new Error(`sls print --stage ${stage} printed no JSON:\n${stdout.slice(0, 2000)}`);
  return JSON.parse(stdout.slice(start)) as ServiceConfig;
}

/** The deployed Lambda name of a function: its resolved `name`, else `<service>-<stage>-<key>`. */
export function lambdaName(config: ServiceConfig, functionKey: string): string {
  return config.functions[functionKey]?.name ?? `${config.service}-${config.provider.stage}-${functionKey}`;
}
