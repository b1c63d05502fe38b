/**
 * The integration tests' stack, run as a child process of jest's global setup (jest transpiles
 * setup files to CommonJS; the stack is ESM and stays out of jest's module system).
 * Writes `.local/test-stack.json` ({ pid, env, urls }) once ready; stops on SIGTERM/SIGINT.
 */
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { LOCAL_STATE_DIR } from '../config.ts';
import { startStack, type Stack } from '../stack.ts';

export const STATE_FILE = path.join(LOCAL_STATE_DIR, 'test-stack.json');

let stack: Stack | undefined;
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  try { await stack?.stop(); } finally {
    rmSync(STATE_FILE, { force: true });
    process.exit(code);
  }
};
process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));
process.on('disconnect', () => void stop(0)); // the parent jest process went away

try {
  stack = await startStack({ stage: 'test', seed: true, quiet: process.env.POS_STACK_VERBOSE !== '1', log: (l) => { if (process.env.POS_STACK_VERBOSE === '1') process.stderr.write(`${l}\n`); } });
  mkdirSync(LOCAL_STATE_DIR, { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify({ pid: process.pid, env: stack.env, urls: stack.urls }, null, 2));
  process.send?.({ ready: true, env: stack.env, urls: stack.urls });
} catch (err) {
  process.stderr.write(`test stack failed to start: ${(err as Error).stack ?? err}\n`);
  process.send?.({ ready: false, error: (err as Error).message });
  await stop(1);
}
