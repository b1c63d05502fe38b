/**
 * Jest globalSetup for the integration tests: starts the stack (stage `test`, test ports, seeded) in a
 * child process and exposes its env to the test workers through process.env (inherited by workers)
 * and `.local/test-stack.json`. Uses Node built-ins only: jest loads this file as CommonJS.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

declare global {
  var __POS_TEST_STACK__: ChildProcess | undefined;
}

export default async function globalSetup(): Promise<void> {
  const root = process.cwd();
  const child = fork(path.join(root, 'local', 'jest', 'stack-process.ts'), [], {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const message = await new Promise<{ ready: boolean; env?: Record<string, string>; error?: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the test stack did not start within 240 s')), 240_000);
    child.once('message', (m) => { clearTimeout(timer); resolve(m as { ready: boolean }); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the test stack exited with code ${code} before it was ready`)); });
  });
  if (!message.ready || !message.env) {
    child.kill('SIGTERM');
    throw new Error(`the test stack failed to start: ${message.error ?? 'unknown error'}`);
  }
  child.channel?.unref();
  Object.assign(process.env, message.env, { POS_TEST_STACK: '1' });
  globalThis.__POS_TEST_STACK__ = child;
}
