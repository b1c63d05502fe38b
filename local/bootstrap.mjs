#!/usr/bin/env node
// node local/bootstrap.mjs <npm-script> [args…]
// Runs on a fresh clone (no dependencies): installs node_modules from the lockfile when missing or stale,
// makes sure Java (for DynamoDB Local) and, for the tests, Chromium are there, then runs `npm run -s <script> -- [args]`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node local/bootstrap.mjs <npm-script> [args…]');
  process.exit(2);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd, argv, opts = {}) => spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', ...opts });

// 1. dependencies match the lockfile (stamp = hash of package-lock.json, kept inside node_modules)
const lockfile = path.join(root, 'package-lock.json');
const stamp = path.join(root, 'node_modules', '.pos-bootstrap-lock-hash');
const lockHash = existsSync(lockfile) ? createHash('sha256').update(readFileSync(lockfile)).digest('hex') : '';
const npmHidden = path.join(root, 'node_modules', '.package-lock.json'); // written by npm on every install
const fresh = () => existsSync(npmHidden) && existsSync(lockfile) && statSync(npmHidden).mtimeMs >= statSync(lockfile).mtimeMs;
const installed = existsSync(path.join(root, 'node_modules')) && (existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() === lockHash : fresh());
if (installed && !existsSync(stamp)) writeFileSync(stamp, `${lockHash}\n`);
if (!installed) {
  if (!existsSync(path.join(root, 'node_modules')) || !existsSync(stamp)) {
    console.error('[bootstrap] installing dependencies (npm ci)…');
  } else {
    console.error('[bootstrap] package-lock.json changed: reinstalling dependencies (npm ci)…');
  }
  const r = run(npm, ['ci', '--no-audit', '--no-fund']);
  if (r.status !== 0) {
    console.error('[bootstrap] npm ci failed');
    process.exit(r.status ?? 1);
  }
  mkdirSync(path.dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${lockHash}\n`);
}

// 2. system programs from Debian's packages: Java for DynamoDB Local; Chromium for the browser tests
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let aptUpdated = false;
const ensureProgram = ({ name, check, debianPackage, hint }) => {
  if (check()) return;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.error(`[bootstrap] ${name} not found: installing ${debianPackage}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (!aptUpdated) aptUpdated = run('apt-get', ['update'], { env }).status === 0;
    if (!aptUpdated || run('apt-get', ['install', '-y', '--no-install-recommends', debianPackage], { env }).status !== 0 || !check()) {
      console.error(`[bootstrap] could not install ${name}; install it (e.g. apt-get install ${debianPackage}) and retry`);
      process.exit(1);
    }
    return;
  }
  console.error(`[bootstrap] ${name} is required but was not found.\n  ${hint}`);
  process.exit(1);
};
ensureProgram({
  name: 'Java 17+ (for DynamoDB Local)',
  check: () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0,
  debianPackage: 'openjdk-17-jre-headless',
  hint: 'Install it, e.g. `sudo apt-get install -y openjdk-17-jre-headless` (Debian/Ubuntu) or `brew install openjdk@17` (macOS).',
});
if (script === 'test:all') {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  ensureProgram({
    name: `Chromium at ${chromium} (for the browser tests)`,
    check: () => existsSync(chromium),
    debianPackage: 'chromium',
    hint: 'Install Debian\'s chromium (`sudo apt-get install -y chromium`) or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  });
}

// 3. the script itself. Ctrl-C reaches the whole process group: the script stops what it started, and this
// process waits for it instead of dying first and handing the terminal back mid-cleanup.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
const r = run(npm, ['run', '-s', script, '--', ...args]);
if (r.signal) process.kill(process.pid, r.signal);
process.exit(r.status ?? 1);
