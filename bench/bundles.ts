import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median } from './stats.ts';

export interface BundleFigures {
  name: string;
  zipBytes: number;
  handlerBytes: number;
  loadMs: number;
}

const LOAD_RUNS = 5;

// Environment a handler module reads while it loads (clients are built, nothing is called).
const LOAD_ENV = {
  TABLE_NAME: 'bench',
  IDEMPOTENCY_TABLE_NAME: 'bench',
  NOTIFICATIONS_QUEUE_NAME: 'bench',
  ATTACHMENTS_BUCKET: 'bench',
  OIDC_ISSUER: 'http://127.0.0.1:9',
  OIDC_AUDIENCE: 'pos-api',
  MAIL_TRANSPORT: 'smtp',
  MAIL_FROM: 'bench@example.ru',
  AWS_REGION: 'eu-central-1',
  POWERTOOLS_TRACE_ENABLED: 'false',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

/** Cold import time of one bundle in a fresh Node process, as a Lambda init would pay it. */
const loadTime = (file: string): number => {
  const script = `const t = performance.now(); await import(${JSON.stringify(file)}); process.stdout.write(String(performance.now() - t));`;
  const runs = Array.from({ length: LOAD_RUNS }, () =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, ...LOAD_ENV } }).toString()),
  );
  return median(runs);
};

/** Packages the service exactly as `sls deploy` would (esbuild, one zip per function) and measures each bundle. */
export const measureBundles = (rootDir: string): BundleFigures[] => {
  execFileSync(process.execPath, [path.join(rootDir, 'node_modules/osls/bin/serverless.js'), 'package', '--stage', 'prod'], {
    cwd: rootDir,
    stdio: 'ignore',
    env: { ...process.env, SLS_TELEMETRY_DISABLED: '1' },
  });
  const outDir = path.join(rootDir, '.serverless');
  return readdirSync(outDir)
    .filter((file) => file.endsWith('.zip'))
    .map((zip) => {
      const name = zip.replace(/\.zip$/, '');
      const unpacked = mkdtempSync(path.join(tmpdir(), `pos-bundle-${name}-`));
      execFileSync('unzip', ['-q', path.join(outDir, zip), '-d', unpacked]);
      const handler = path.join(unpacked, 'functions', name, 'handler.mjs');
      return { name, zipBytes: statSync(path.join(outDir, zip)).size, handlerBytes: statSync(handler).size, loadMs: loadTime(handler) };
    });
};
